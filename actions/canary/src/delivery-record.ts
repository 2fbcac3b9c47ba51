import type { Logger } from '@slipway/kit';
import type { DeployContext } from '@slipway/helm';
import type { CanaryOutcome } from '@slipway/canary';

/**
 * Adds a canary decision (promoted → success, aborted) to the release's delivery history in the
 * cluster, for delivery-metrics; a pause decides nothing and records nothing.
 */
export async function recordCanary(outcome: CanaryOutcome, ctx: DeployContext, logger: Logger): Promise<void> {
  if (outcome.result === 'paused') return;
  const { state } = outcome;
  const { recordDelivery, runnerCommit, digestOf } = await import('@slipway/records');
  const { commit, commitTime, runUrl } = await runnerCommit();
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
    }),
    logger,
  );
}
