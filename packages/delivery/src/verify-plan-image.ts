import { tmpdir } from 'node:os';
import type { Logger } from '@slipway/kit';
import type { VerifiedImage } from '@slipway/image';
import type { DeliveryPlan } from './plan-delivery';

export interface VerifyPlanDeps {
  logger: Logger;
  env: Record<string, string | undefined>;
  /** RUNNER_TEMP: where the key file is written for cosign. Default: the OS's. */
  tempDir?: string;
  signal?: AbortSignal;
}

/**
 * The plan's image checked against slipway.yml's verify block, and the plan changed to deliver
 * exactly the verified digest (deploy and canary). A refusal throws one ConfigError line.
 */
export async function verifyPlanImage(plan: DeliveryPlan, deps: VerifyPlanDeps): Promise<VerifiedImage | undefined> {
  if (!plan.verify) return undefined;
  const { verifyDeployImage } = await import('@slipway/image');
  const { splitImageRef } = await import('@slipway/helm');
  const verified = await verifyDeployImage(plan.image, plan.verify, {
    what: `the stages ${plan.stages.join(', ')}`,
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
