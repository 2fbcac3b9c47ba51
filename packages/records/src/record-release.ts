import type { Logger } from '@slipway/kit';
import type { DeployContext, DeployReport, DeployRequest } from '@slipway/helm';
import { recordDelivery } from './record-delivery';
import { runnerCommit } from './commit-info';
import { digestOf, fleetFields, type DeliveryRecord, type DeliveryResult } from './record';

/** A fleet's service and cluster (the root action's, or helm-deploy's fleet-service and fleet-cluster), recorded for delivery-metrics. */
export interface FleetWhere {
  service?: string | undefined;
  cluster?: string | undefined;
}

/**
 * Adds a deploy or rollback (helm-deploy's, or the root action's deploy stage) to the release's delivery history in the cluster (plan
 * records nothing), for delivery-metrics to read with or without a GitHub token. The environment
 * is the GitHub environment when one is given, else the namespace.
 */
export async function recordRelease(
  request: DeployRequest,
  report: DeployReport,
  ctx: DeployContext,
  options: { startedAt: number; environment: string | undefined; logger: Logger } & FleetWhere,
): Promise<void> {
  if (request.mode === 'plan') return;
  const { commit, commitTime, runUrl, run } = await runnerCommit();
  const rollback = request.mode === 'rollback';
  // A deploy that failed and was rolled back reports status rolled-back with its failure.
  const result: DeliveryResult = rollback
    ? report.failure
      ? 'failure'
      : 'success'
    : report.status === 'rolled-back'
      ? 'rolled-back'
      : report.failure || report.status !== 'deployed'
        ? 'failure'
        : 'success';
  const restoredRevision = rollback
    ? (report.restoredRevision ?? null)
    : report.rolledBack
      ? (report.previousRevision ?? null)
      : undefined;
  await recordDelivery(
    { kube: ctx.kube, namespace: request.namespace, release: request.release },
    (history): DeliveryRecord => {
      const restoredImage =
        restoredRevision === undefined
          ? undefined
          : ([...history].reverse().find((r) => r.revision === restoredRevision && r.image)?.image ?? null);
      return {
        kind: rollback ? 'rollback' : 'deploy',
        environment: options.environment ?? request.namespace,
        release: request.release,
        revision: report.revision ?? null,
        // A rollback deploys nothing new: its image is the one it brought back.
        image: (rollback ? restoredImage : report.image) ?? null,
        imageDigest: digestOf(rollback ? restoredImage : report.image),
        commit: rollback ? null : commit,
        commitTime: rollback ? null : commitTime,
        startedAt: new Date(options.startedAt).toISOString(),
        finishedAt: new Date(options.startedAt + report.durationMs).toISOString(),
        result,
        ...(restoredRevision === undefined
          ? {}
          : { restored: { revision: restoredRevision, image: restoredImage ?? null } }),
        runUrl,
        ...fleetFields({ service: options.service, cluster: options.cluster, run }),
      };
    },
    options.logger,
  );
}
