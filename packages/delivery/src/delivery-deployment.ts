import { errorMessage, type Logger } from '@slipway/kit';
import type { DeploymentEnd, DeploymentSettings, RunContext } from '@slipway/github';
import type { DeliveryPlan } from './plan-delivery';
import type { DeliveryReport } from './delivery-report';

/** What recording the delivery needs of the run: the root action's github-token and deployment-fail-on-error. */
export interface DeliveryRecording {
  logger: Logger;
  signal?: AbortSignal;
  github?: Omit<DeploymentSettings, 'environment' | 'environmentUrl'>;
  /** Injected for tests: where GitHub is and what the run is (default: the GITHUB_* variables). */
  context?: RunContext;
}

/**
 * The stages as one GitHub deployment of the environment (when a deploy or canary stage changes
 * it), through the same lifecycle helm-deploy and the canary use: in_progress before the release
 * changes, success when every stage succeeded, failure with the first failure's words; a paused
 * canary leaves it in_progress, kept in the canary's state for the run that finishes it. A refused
 * success status fails the delivery under deployment-fail-on-error.
 */
export async function recordedDelivery(
  plan: DeliveryPlan,
  ctx: DeliveryRecording,
  report: DeliveryReport,
  work: (deploymentId: number | undefined) => Promise<void>,
): Promise<void> {
  if (!ctx.github || !plan.stages.some((stage) => stage === 'deploy' || stage === 'canary')) return work(undefined);
  // Records (and Octokit under it) load only when a deployment is recorded.
  const { withGitHubDeployment } = await import('@slipway/records');
  const via = plan.stages.includes('canary') ? 'canary' : 'rolling';
  const start = {
    kind: via === 'canary' ? ('canary' as const) : ('deploy' as const),
    release: plan.deploy.release,
    namespace: plan.namespace,
    strategy: via,
    chart: plan.deploy.chart,
    image: plan.image,
    stages: plan.stages,
    service: plan.service,
    cluster: plan.cluster,
  };
  const settings = { ...ctx.github, environment: plan.environment, environmentUrl: plan.environmentUrl };
  const options = {
    logger: ctx.logger,
    signal: ctx.signal,
    ...(ctx.context ? { context: ctx.context } : {}),
    onCreated: (id: number) => (report.deploymentId = id),
  };
  let worked = false;
  const stages = (id: number | undefined) => {
    worked = true;
    return work(id);
  };
  let failure: unknown;
  try {
    failure = (await withGitHubDeployment(settings, start, options, stages, () => deliveryEnd(report))).refused;
  } catch (error) {
    // A refused start throws before any stage (as a bad input would).
    if (!worked) throw error;
    failure = error;
  }
  // A refused success status (deployment-fail-on-error), or stages that threw, fail the delivery.
  if (failure !== undefined) {
    report.result = 'failed';
    report.failure ??= failure;
  }
}

/** success when every stage before notify succeeded; failure with the first failure's words; paused: none yet. */
export function deliveryEnd(report: DeliveryReport): DeploymentEnd | undefined {
  const failed = report.stages.find((s) => s.outcome === 'failed');
  if (failed || report.result === 'failed')
    return { state: 'failure', description: failed?.detail ?? errorMessage(report.failure) };
  if (report.result === 'paused') return undefined;
  return { state: 'success', description: `Delivered ${report.stages.map((s) => s.stage).join(', ')}` };
}
