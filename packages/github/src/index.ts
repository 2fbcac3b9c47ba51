export { GitHubClient, API_VERSION, type GitHubClientOptions, type RouteParameters } from './github-client';
export { GitHubApiError, parseErrorBody } from './github-error';
export { retryDelayMs, isRetryableStatus, SECONDARY_WAIT_MS } from './rate-limit';
export { nextLink } from './link-header';
export { runContext, type RunContext } from './run-context';
export {
  createDeployment,
  createDeploymentStatus,
  listDeployments,
  repoParams,
  shortDescription,
  DESCRIPTION_LIMIT,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
  type NewDeployment,
  type NewStatus,
} from './deployments';
export {
  DeploymentLifecycle,
  type DeploymentSettings,
  type DeploymentStart,
  type DeploymentEnd,
  type LifecycleOptions,
} from './deployment-lifecycle';
export { readDeploymentSettings } from './deployment-inputs';
export {
  uploadSarif,
  type UploadTarget,
  type UploadOutcome,
  type UploadOptions,
  type Processing,
} from './sarif-upload';
export { checkSarifLimits, SARIF_LIMITS } from './sarif-limits';
