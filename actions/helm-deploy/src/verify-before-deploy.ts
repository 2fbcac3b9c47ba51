import { addPath, runnerLogger } from '@slipway/kit';
import { verifyDeployImage, type VerifiedImage } from '@slipway/image';
import { splitImageRef, verifyReleaseImages, type HelmChoice } from '@slipway/helm';
import type { HelmDeployInputs } from './inputs';

/**
 * The verification policy, applied before helm is chosen, a GitHub deployment is created or the
 * cluster is touched: the request is changed to deploy exactly the verified digest.
 */
export async function verifyBeforeDeploy(
  inputs: HelmDeployInputs,
  tempDir: string,
  signal: AbortSignal,
): Promise<VerifiedImage | undefined> {
  const { verify: policy, request } = inputs;
  const image = request.image;
  const given = image && `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
  const verified = await verifyDeployImage(given, policy, {
    what: `mode ${request.mode}`,
    cosign: inputs.cosign,
    chartImagesNext: request.mode !== 'rollback' && Boolean(request.chart),
    logger: runnerLogger,
    env: process.env,
    tempDir,
    signal,
  });
  if (verified) request.image = splitImageRef(verified.digestRef);
  return verified;
}

/** Every other image the chart would run with these values, against the same policy, still before any change. */
export function verifyChartImages(
  inputs: HelmDeployInputs,
  verified: VerifiedImage | undefined,
  helmChoice: HelmChoice,
  signal: AbortSignal,
): Promise<VerifiedImage[]> {
  return verifyReleaseImages([inputs.request], {
    policy: inputs.verify,
    verified,
    helmVersion: inputs.helmVersion,
    helmChoice,
    helmDownloadUrl: inputs.helmDownloadUrl,
    onHelmInstalled: addPath,
    logger: runnerLogger,
    signal,
  });
}
