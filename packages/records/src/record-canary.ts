import type { Logger } from '@slipway/kit';
import type { DeployContext } from '@slipway/helm';
import type { CanaryOutcome } from '@slipway/canary';
import { recordDelivery } from './record-delivery';
import { runnerCommit } from './commit-info';
import { digestOf, fleetFields } from './record';
import type { FleetWhere } from './record-release';

/**
 * Adds a canary decision (promoted → success, aborted) to the release's delivery history in the
 * cluster, for delivery-metrics; a pause decides nothing and records nothing.
 */
export async function recordCanary(
  outcome: CanaryOutcome,
  ctx: DeployContext,
  logger: Logger,
  where: FleetWhere = {},
): Promise<void> {
  if (outcome.result === 'paused') return;
  const { state } = outcome;
  const { commit, commitTime, runUrl, run } = await runnerCommit();
  await recordDelivery(
    { kube: ctx.kube, namespace: state.namespace, release: state.release },
    () => ({
      kind: 'canary',
      environment: state.namespace,
      release: state.release,
      revision: null,
      image: state.image,
      imageDigest: digestOf(state.image),
      commit,
      commitTime,
      startedAt: new Date(state.startedAt).toISOString(),
      finishedAt: new Date(outcome.trafficRestoredAt ?? state.updatedAt).toISOString(),
      result: outcome.result === 'promoted' ? 'success' : 'aborted',
      runUrl,
      ...fleetFields({ service: where.service, cluster: where.cluster, run }),
    }),
    logger,
  );
}
