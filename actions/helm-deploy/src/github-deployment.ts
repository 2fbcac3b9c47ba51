import { errorMessage, type Logger } from '@slipway/kit';
import type { DeployReport, DeployRequest } from '@slipway/helm';
import type { DeploymentEnd, DeploymentLifecycle, DeploymentSettings } from '@slipway/github';

/**
 * The GitHub deployment around one helm-deploy run (mode: deploy only; plan changes nothing and
 * a rollback run's GITHUB_SHA is not what it deploys): created and in_progress before anything
 * changes, then success or failure. A Deployments API failure is a warning unless
 * deployment-fail-on-error, and never hides the deploy's own error.
 */
export async function withGitHubDeployment(
  settings: DeploymentSettings | undefined,
  request: DeployRequest,
  options: { logger: Logger; signal?: AbortSignal; onCreated?: (id: number) => void },
  work: () => Promise<DeployReport>,
): Promise<{ report: DeployReport; deploymentId: number | undefined }> {
  if (!settings || request.mode !== 'deploy') {
    if (settings) options.logger.info(`GitHub Deployments: not recorded for mode ${request.mode}`);
    return { report: await work(), deploymentId: undefined };
  }
  const { DeploymentLifecycle } = await import('@slipway/github');
  const lifecycle: DeploymentLifecycle = new DeploymentLifecycle(settings, options);
  const image = request.image
    ? `${request.image.repository}${request.image.tag ? `:${request.image.tag}` : ''}${request.image.digest ? `@${request.image.digest}` : ''}`
    : undefined;
  // For delivery-metrics: what the record needs that the end status cannot say.
  const { commitTime } = await (await import('@slipway/records')).runnerCommit();
  await lifecycle.start({
    description: `${request.release}${image ? ` ${image}` : ''} (${request.strategy})`,
    payload: {
      release: request.release,
      namespace: request.namespace,
      chart: request.chart ?? null,
      image: image ?? null,
      strategy: request.strategy,
      kind: 'deploy',
      commit_time: commitTime,
    },
    transientEnvironment: false,
  });
  if (lifecycle.id !== undefined) options.onCreated?.(lifecycle.id);
  let report: DeployReport;
  try {
    report = await work();
  } catch (error) {
    await lifecycle
      .finish({ state: 'failure', description: `Deploy of ${request.release} failed: ${errorMessage(error)}` })
      .catch((e: unknown) => options.logger.warning(errorMessage(e)));
    throw error;
  }
  const end = deploymentEnd(report);
  if (end.state === 'success') await lifecycle.finish(end);
  else await lifecycle.finish(end).catch((e: unknown) => options.logger.warning(errorMessage(e)));
  return { report, deploymentId: lifecycle.id };
}

/** success with the revision (and colour) now live; failure with the reason and what was rolled back. */
export function deploymentEnd(report: DeployReport): DeploymentEnd {
  const bg = report.blueGreen;
  const where = bg ? `${bg.to}, revision ${report.revision ?? '?'}` : `revision ${report.revision ?? '?'}`;
  if (report.status === 'deployed' && !report.failure)
    return {
      state: 'success',
      description: `Deployed ${report.release} ${where}${bg?.from && bg.switched ? ` (switched from ${bg.from})` : ''}`,
    };
  const reason = report.failure?.reason ?? report.status;
  if (report.rolledBack) {
    const from = report.failedRevision ?? 'the new revision';
    const to =
      report.previousRevision === undefined ? 'nothing (first install removed)' : `revision ${report.previousRevision}`;
    return { state: 'failure', description: `Rolled back ${report.release} from ${from} to ${to}: ${reason}` };
  }
  if (bg && !bg.switched)
    return {
      state: 'failure',
      description: `${bg.to} failed; traffic stays on ${bg.from ?? 'no colour'}: ${reason}`,
    };
  return { state: 'failure', description: `Deploy of ${report.release} failed: ${reason}` };
}
