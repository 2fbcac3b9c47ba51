import type { Logger } from '@slipway/kit';
import type { DeployReport, DeployRequest } from '@slipway/helm';
import type { DeploymentEnd, DeploymentSettings } from '@slipway/github';
import type { DeploymentStart } from './deployment-payload';
import { withGitHubDeployment, type RecordedOptions, type RecordedRun } from './github-deployment';
import type { FleetWhere } from './record-release';

/**
 * The GitHub deployment around one helm-deploy run (mode: deploy and rollback; plan changes
 * nothing), through withGitHubDeployment like the canary and the root action. A rollback is a
 * deployment of the environment too, recorded against the run's commit (the revision helm
 * restores maps to no commit we know) with `kind: rollback` and the target revision in its payload.
 * `where` (a fleet's service and cluster) goes into the payload, so that delivery-metrics counts a
 * stage rollback's clusters as one restore of the service, as it counts the fleet's deliveries.
 */
export async function recordedDeploy(
  settings: DeploymentSettings | undefined,
  request: DeployRequest,
  options: RecordedOptions & { logger: Logger; where?: FleetWhere },
  work: () => Promise<DeployReport>,
): Promise<RecordedRun<DeployReport>> {
  if (!settings || request.mode === 'plan') {
    if (settings) options.logger.info(`GitHub Deployments: not recorded for mode ${request.mode}`);
    return { result: await work(), deploymentId: undefined };
  }
  return withGitHubDeployment(settings, deployStart(request, options.where), options, work, deploymentEnd);
}

/** The payload's `kind` is what delivery-metrics (packages/records) reads the deployment as. */
function deployStart(request: DeployRequest, where: FleetWhere = {}): DeploymentStart {
  const { image } = request;
  return {
    kind: request.mode === 'rollback' ? 'rollback' : 'deploy',
    release: request.release,
    namespace: request.namespace,
    strategy: request.strategy,
    chart: request.chart,
    image: image
      ? `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`
      : undefined,
    revision: request.revision,
    service: where.service,
    cluster: where.cluster,
  };
}

/** success with the revision (and colour) now live; failure with the reason and what was rolled back. */
export function deploymentEnd(report: DeployReport): DeploymentEnd {
  if (report.mode === 'rollback') return rollbackEnd(report);
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

/** mode: rollback: success says from → to; failure says why, and where the release stays. */
function rollbackEnd(report: DeployReport): DeploymentEnd {
  const bg = report.blueGreen;
  if (report.status === 'rolled-back' && !report.failure) {
    if (bg)
      return {
        state: 'success',
        description: `Switched ${report.release} back from ${bg.from ?? '?'} to ${bg.to} (revision ${report.revision ?? '?'})`,
      };
    return {
      state: 'success',
      description: `Rolled back ${report.release} from revision ${report.previousRevision ?? '?'} to ${report.restoredRevision ?? '?'} (now revision ${report.revision ?? '?'})`,
    };
  }
  return {
    state: 'failure',
    description: `Rollback of ${report.release} failed: ${report.failure?.reason ?? report.status}`,
  };
}
