import type { GitHubClient } from './github-client';

/** owner/name, as GITHUB_REPOSITORY gives it. */
export type Repository = string;

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  payload: unknown;
  description: string | null;
  created_at: string;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment_url?: string;
  log_url?: string;
  created_at: string;
}

export interface NewDeployment {
  /** A branch, tag or SHA; Slipway passes GITHUB_SHA. */
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown>;
  transientEnvironment?: boolean;
  /** GitHub's default: true when the environment is named "production". */
  productionEnvironment?: boolean;
}

export interface NewStatus {
  state: DeploymentState;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /**
   * With a success status, GitHub marks the environment's earlier successful deployments
   * inactive (its default is true; we always say so explicitly).
   */
  autoInactive?: boolean;
}

/** GitHub caps a status description at 140 characters. */
export const DESCRIPTION_LIMIT = 140;

export function shortDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

/** Octokit's path parameters of a repository ("owner/name"). */
export function repoParams(repository: Repository): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo };
}

/**
 * POST /repos/{owner}/{repo}/deployments. auto_merge is off (a deploy must not merge the
 * default branch into the ref) and required_contexts empty (the workflow already gates on its
 * checks; GitHub would otherwise refuse while any check is pending).
 */
export async function createDeployment(
  client: GitHubClient,
  repository: Repository,
  deployment: NewDeployment,
): Promise<Deployment> {
  const created = await client.request<Deployment | { message?: string }>(
    'Create deployment',
    'POST /repos/{owner}/{repo}/deployments',
    {
      ...repoParams(repository),
      ref: deployment.ref,
      environment: deployment.environment,
      auto_merge: false,
      required_contexts: [],
      ...(deployment.description ? { description: shortDescription(deployment.description) } : {}),
      payload: deployment.payload ?? {},
      ...(deployment.transientEnvironment === undefined
        ? {}
        : { transient_environment: deployment.transientEnvironment }),
      ...(deployment.productionEnvironment === undefined
        ? {}
        : { production_environment: deployment.productionEnvironment }),
    },
  );
  // 202 "Auto-merged…" only happens with auto_merge: true; treat any other shape as a refusal.
  if (!created || typeof (created as Deployment).id !== 'number')
    throw new Error(`Create deployment: GitHub answered without a deployment (${JSON.stringify(created)})`);
  return created as Deployment;
}

export function createDeploymentStatus(
  client: GitHubClient,
  repository: Repository,
  deploymentId: number,
  status: NewStatus,
): Promise<DeploymentStatus> {
  return client.request<DeploymentStatus>(
    `Deployment status ${status.state}`,
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    {
      ...repoParams(repository),
      deployment_id: deploymentId,
      state: status.state,
      ...(status.description ? { description: shortDescription(status.description) } : {}),
      ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
      ...(status.logUrl ? { log_url: status.logUrl } : {}),
      ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
    },
  );
}

/** One page of the deployments (newest first); readers that need them all page with `client.pages`. */
export function listDeployments(
  client: GitHubClient,
  repository: Repository,
  filter: { environment?: string; sha?: string; perPage?: number; page?: number } = {},
): Promise<Deployment[]> {
  return client.request<Deployment[]>('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
    ...repoParams(repository),
    ...(filter.environment ? { environment: filter.environment } : {}),
    ...(filter.sha ? { sha: filter.sha } : {}),
    per_page: filter.perPage ?? 30,
    ...(filter.page ? { page: filter.page } : {}),
  });
}
