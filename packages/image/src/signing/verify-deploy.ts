import type { SummaryBuilder } from '@slipway/kit';
import type { CosignInputs } from './cosign-inputs';
import { runnerCosign } from './runner-cosign';
import { verifyImage, type VerifiedImage, type VerifyDeps } from './verify-image';
import type { VerifyPolicy } from './verify-policy';

export interface DeployImageDeps extends VerifyDeps {
  /** What the step does, for the line when it deploys no new image: "mode rollback", "action resume". */
  what: string;
  /** The step's cosign inputs: cosign is found or installed (and put on PATH) first, when there is something to verify. */
  cosign?: CosignInputs;
  /** The step verifies its chart's other images next (helm-deploy without an image input): cosign is needed even so. */
  chartImagesNext?: boolean;
}

/**
 * The one check before a deploy, a canary or a delivery changes anything (helm-deploy, the
 * canary and the root action alike): with a policy, cosign is made ready, the image (name:tag
 * or name@digest) is resolved to a digest once and that digest verified; the caller deploys
 * `digestRef`. A refusal throws one ConfigError line. No policy: undefined.
 */
export async function verifyDeployImage(
  image: string | undefined,
  policy: VerifyPolicy | undefined,
  deps: DeployImageDeps,
): Promise<VerifiedImage | undefined> {
  if (!policy) return undefined;
  if (deps.cosign && (image || deps.chartImagesNext)) await runnerCosign(deps.cosign, deps.logger, deps.signal);
  if (!image) {
    deps.logger.info(`Verification policy: ${deps.what} deploys no new image; nothing to verify`);
    return undefined;
  }
  return deps.logger.group('Verify the image', () => verifyImage(image, policy, deps));
}

const code = (text: string) => ({ raw: `\`${text.replace(/`/g, '')}\`` });

/**
 * What was verified, added to a summary (helm-deploy's, canary's, the delivery's): the input's
 * image, then every other image the rendered chart runs (`others`).
 */
export function verifiedSummary(
  summary: SummaryBuilder,
  verified: VerifiedImage | undefined,
  others: VerifiedImage[] = [],
): SummaryBuilder {
  if (verified) inputImageSummary(summary, verified);
  chartImagesSummary(summary, others);
  return summary;
}

function inputImageSummary(summary: SummaryBuilder, verified: VerifiedImage): void {
  summary.heading('Image verified', 3);
  summary.table(
    ['', ''],
    [
      ['Image', code(verified.given)],
      ['Deployed digest', { raw: `\`${verified.digestRef}\`` }],
      ['Policy', verified.policy],
      ...verified.checks.map((c) => [c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`, '✅ verified']),
      ['Verifier', `cosign ${verified.cosignVersion} (key, offline: no transparency log)`],
    ],
  );
}

/**
 * The chart's other images, one row each. A digest-pinned image is what was verified and what
 * runs; a tag was resolved through the registry once, and its digest then verified, but the
 * cluster still pulls by the tag (the summary says so: pin by digest to close that gap).
 */
function chartImagesSummary(summary: SummaryBuilder, others: VerifiedImage[]): void {
  if (!others.length) return;
  summary.heading('Chart images verified', 3);
  summary.table(
    ['Image', 'Run by', 'Verified digest', 'Pinned by'],
    others.map((v) => [
      code(v.given),
      v.usedBy ?? '',
      code(v.digest),
      v.tag ? `tag ${v.tag}, resolved through the registry to this digest; the cluster pulls by the tag` : 'digest',
    ]),
  );
  const first = others[0] as VerifiedImage;
  const checks = first.checks.map((c) => (c.check === 'signature' ? 'signature' : `attestation ${c.check}`));
  summary.paragraph(`Each one ✅ verified against ${first.policy}: ${checks.join(', ')}.`);
}
