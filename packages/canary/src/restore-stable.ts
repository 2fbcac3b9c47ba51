import type { Logger } from '@slipway/kit';
import type { DeployContext } from '@slipway/helm';
import { canaryRun, type CanaryConfig } from './canary-session';
import { abortCanary, type CanaryOutcome } from './run-canary';

/** Why a canary the post step found mid-step was aborted (its state and the delivery history say so). */
export const STOPPED_MID_STEP = 'cancelled mid-step (post step)';

/**
 * The post step's safety net, for the canary action and the root action alike: when main stopped
 * while this job's canary was mid-step (cancelled, timed out, killed), every request goes back to
 * stable, the canary release is removed and its state recorded aborted. A canary another run
 * owns, or one already at a decision, is left alone (undefined). The caller records the outcome.
 */
export async function restoreStableAfterStop(
  config: CanaryConfig,
  ctx: DeployContext,
  logger: Logger,
  owner: string | undefined,
): Promise<CanaryOutcome | undefined> {
  const outcome = await abortCanary(canaryRun(config, ctx, logger), STOPPED_MID_STEP, { onlyOwner: owner });
  if (outcome)
    logger.warning('The job stopped mid-step: all traffic is back on stable; the canary is recorded aborted');
  return outcome;
}
