import { runnerLogger, type SummaryBuilder } from '@slipway/kit';
import { verifyImage, type VerifiedImage } from '@slipway/image';
import { splitImageRef } from '@slipway/helm';
import type { HelmDeployInputs } from './inputs';

/**
 * The verification policy, applied before helm is chosen, a GitHub deployment is created or the
 * cluster is touched: the image's tag is resolved once, that digest verified, and the request
 * changed to deploy exactly that digest. A refusal throws (one ConfigError line).
 */
export async function verifyBeforeDeploy(
  inputs: HelmDeployInputs,
  tempDir: string,
  signal: AbortSignal,
): Promise<VerifiedImage | undefined> {
  const { verify: policy, request } = inputs;
  if (!policy) return undefined;
  if (!request.image) {
    runnerLogger.info(`verify-key: mode ${request.mode} deploys no new image; nothing to verify`);
    return undefined;
  }
  const given = `${request.image.repository}${request.image.digest ? `@${request.image.digest}` : `:${request.image.tag ?? 'latest'}`}`;
  const verified = await runnerLogger.group('Verify the image', () =>
    verifyImage(given, policy, { logger: runnerLogger, env: process.env, tempDir, signal }),
  );
  request.image = splitImageRef(verified.digestRef);
  return verified;
}

/** What was verified, added to the deploy summary. */
export function verifiedSummary(summary: SummaryBuilder, verified: VerifiedImage | undefined): SummaryBuilder {
  if (!verified) return summary;
  summary.heading('Image verified', 3);
  summary.table(
    ['', ''],
    [
      ['Image', { raw: `\`${verified.given}\`` }],
      ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
      ['Policy', verified.policy],
      ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
      ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ],
  );
  return summary;
}
