import { verifyBeforeChange, type VerifiedChange, type VerifyBeforeChangeOptions } from '@slipway/helm';
import type { DeliveryPlan } from './plan-delivery';
import { deliverDigest, planReleases, planRunsHelm } from './plan-releases';

/**
 * verifyBeforeChange for a delivery: slipway.yml's verification policy goes first (a refused image
 * leaves no helm process, message or deployment, and the plan then delivers exactly the verified
 * digest); then helm is chosen (a deploy or canary stage) and every other image the releases would run verified.
 */
export function verifyBeforeDelivery(
  plan: DeliveryPlan,
  options: Omit<
    VerifyBeforeChangeOptions,
    'image' | 'verify' | 'what' | 'onVerified' | 'releases' | 'runsHelm' | 'helmVersion' | 'helmDownloadUrl'
  >,
): Promise<VerifiedChange> {
  return verifyBeforeChange({
    ...plan, // its image, verify block, helm version and download URL
    ...options,
    what: `the stages ${plan.stages.join(', ')}`,
    onVerified: (digestRef) => deliverDigest(plan, digestRef),
    releases: () => planReleases(plan),
    runsHelm: planRunsHelm(plan),
  });
}
