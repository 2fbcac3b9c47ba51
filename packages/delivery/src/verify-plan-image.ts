import { tmpdir } from 'node:os';
import type { Logger } from '@slipway/kit';
import type { HelmChoice } from '@slipway/helm';
import type { CosignInputs, VerifiedImage } from '@slipway/image';
import type { DeliveryPlan } from './plan-delivery';

export interface VerifyPlanDeps {
  logger: Logger;
  env: Record<string, string | undefined>;
  /** RUNNER_TEMP: where the key file is written for cosign. Default: the OS's. */
  tempDir?: string;
  /** The root action's cosign inputs: cosign is made ready before the image is verified. */
  cosign?: CosignInputs;
  signal?: AbortSignal;
}

/**
 * The plan's image checked against slipway.yml's verify block, and the plan changed to deliver
 * exactly the verified digest (deploy and canary). A refusal throws one ConfigError line.
 */
export async function verifyPlanImage(plan: DeliveryPlan, deps: VerifyPlanDeps): Promise<VerifiedImage | undefined> {
  if (!plan.verify) return undefined;
  // image and helm load only when slipway.yml has a verification policy.
  const { verifyDeployImage } = await import('@slipway/image');
  const { splitImageRef } = await import('@slipway/helm');
  const verified = await verifyDeployImage(plan.image, plan.verify, {
    what: `the stages ${plan.stages.join(', ')}`,
    ...(deps.cosign ? { cosign: deps.cosign } : {}),
    logger: deps.logger,
    env: deps.env as NodeJS.ProcessEnv,
    tempDir: deps.tempDir ?? tmpdir(),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  if (!verified) return undefined;
  plan.image = verified.digestRef;
  plan.deploy.image = splitImageRef(verified.digestRef);
  if (plan.canary) plan.canary.image = verified.digestRef;
  return verified;
}

/**
 * Every other image the plan's releases would run (the deploy, or the canary and its promotion),
 * against the same policy, still before a message, a deployment or a release: see
 * verifyReleaseImages.
 */
export async function verifyPlanChartImages(
  plan: DeliveryPlan,
  verified: VerifiedImage | undefined,
  deps: VerifyPlanDeps & {
    helmChoice?: HelmChoice;
    helmVersionSource?: string;
    onHelmInstalled?: (dir: string) => void;
  },
): Promise<VerifiedImage[]> {
  if (!plan.verify || !plan.image) return [];
  // helm and canary load only when slipway.yml has a verification policy.
  const [{ verifyReleaseImages }, { canaryReleaseRequests }] = await Promise.all([
    import('@slipway/helm'),
    import('@slipway/canary'),
  ]);
  const requests = [
    ...(plan.stages.includes('deploy') ? [plan.deploy] : []),
    ...(plan.canary ? canaryReleaseRequests(plan.canary, plan.image) : []),
  ];
  return verifyReleaseImages(requests, {
    policy: plan.verify,
    verified,
    helmVersion: plan.helmVersion,
    ...(deps.helmVersionSource ? { helmVersionSource: deps.helmVersionSource } : {}),
    ...(deps.helmChoice ? { helmChoice: deps.helmChoice } : {}),
    helmDownloadUrl: plan.helmDownloadUrl,
    ...(deps.onHelmInstalled ? { onHelmInstalled: deps.onHelmInstalled } : {}),
    env: deps.env as NodeJS.ProcessEnv,
    logger: deps.logger,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
}
