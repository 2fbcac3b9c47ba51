import type { SummaryBuilder } from '@slipway/kit';
import { verifyImage, type VerifiedImage, type VerifyDeps } from './verify-image';
import type { VerifyPolicy } from './verify-policy';

/**
 * The one check before a deploy, a canary or a delivery changes anything: with a policy, the
 * image (name:tag or name@digest) is resolved to a digest once and that digest verified; the
 * caller deploys `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
export async function verifyDeployImage(
  image: string | undefined,
  policy: VerifyPolicy | undefined,
  deps: VerifyDeps & { what: string },
): Promise<VerifiedImage | undefined> {
  if (!policy) return undefined;
  if (!image) {
    deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
    return undefined;
  }
  return deps.logger.group('Verify the image', () => verifyImage(image, policy, deps));
}

/** What was verified, added to a summary (helm-deploy's, canary's, the delivery's). */
export function verifiedSummary(summary: SummaryBuilder, verified: VerifiedImage | undefined): SummaryBuilder {
  if (!verified) return summary;
  summary.heading('Image verified', 3);
  summary.table(
    ['', ''],
    [
      ['Image', { raw: `\`${verified.given.replace(/`/g, '')}\`` }],
      ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
      ['Policy', verified.policy],
      ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
      ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ],
  );
  return summary;
}
