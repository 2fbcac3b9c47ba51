import { splitImageRef, type DeployRequest } from '@slipway/helm';
import { canaryReleaseRequests } from '@slipway/canary';
import type { DeliveryPlan } from './plan-delivery';

/** Every release the plan would make (the deploy, or the canary and its promotion), for what must be checked first. */
export function planReleases(plan: DeliveryPlan): DeployRequest[] {
  if (!plan.image) return [];
  return [
    ...(plan.stages.includes('deploy') ? [plan.deploy] : []),
    ...(plan.canary ? canaryReleaseRequests(plan.canary, plan.image) : []),
  ];
}

/** The plan changed to deliver exactly the verified digest (deploy and canary). */
export function deliverDigest(plan: DeliveryPlan, digestRef: string): void {
  plan.image = digestRef;
  plan.deploy.image = splitImageRef(digestRef);
  if (plan.canary) plan.canary.image = digestRef;
}

/** Whether a stage of the plan runs helm (deploy or canary): only then is one chosen. */
export function planRunsHelm(plan: DeliveryPlan): boolean {
  return plan.stages.some((stage) => stage === 'deploy' || stage === 'canary');
}
