import { verifyBeforeChange, type VerifiedChange, type VerifyBeforeChangeOptions } from '@slipway/helm';
import type { CanaryConfig } from './canary-session';
import { canaryReleaseRequests } from './helm-releases';

/**
 * verifyBeforeChange for a canary run, before a helm process, a canary release, a traffic change
 * or state: a start's image verified (config.image becomes its digest, which the canary then runs),
 * helm chosen, every other image the canary and the promoted release would run verified.
 */
export function verifyBeforeCanary(
  config: CanaryConfig,
  options: Omit<VerifyBeforeChangeOptions, 'image' | 'what' | 'onVerified' | 'releases'>,
): Promise<VerifiedChange> {
  const start = config.action === 'start';
  return verifyBeforeChange({
    ...options,
    image: start ? config.image : undefined,
    what: `action ${config.action}`,
    onVerified: (digestRef) => (config.image = digestRef),
    releases: () => (start && config.image ? canaryReleaseRequests(config, config.image) : []),
  });
}
