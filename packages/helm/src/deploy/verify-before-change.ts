import { runnerDirs, type Logger } from '@slipway/kit';
import { verifyDeployImage, type CosignInputs, type VerifiedImage, type VerifyPolicy } from '@slipway/image';
import type { HelmVersionSpec } from '../helm-version';
import { chooseHelm, type HelmChoice } from '../resolve-helm';
import type { DeployRequest } from './deploy-types';
import { rendersChart, verifyReleaseImages } from './verify-release-images';

export interface VerifyBeforeChangeOptions {
  /** The step's new image (name:tag or name@digest); undefined when it deploys none. */
  image: string | undefined;
  /** The verification policy (verify-key, slipway.yml's verify block); undefined: nothing is verified. */
  verify: VerifyPolicy | undefined;
  /** What the step does, for the line when it deploys no new image: "mode rollback", "action resume". */
  what: string;
  cosign: CosignInputs;
  /** Told the verified digest (`repo@sha256:…`) at once: the caller deploys exactly that from then on. */
  onVerified: (digestRef: string) => void;
  /** Every release the step would make, read after onVerified (a canary makes two). */
  releases: () => DeployRequest[];
  /** false: the step runs no helm (a delivery without deploy or canary stage), so none is chosen. */
  runsHelm?: boolean;
  helmVersion: HelmVersionSpec | undefined;
  /** Where helmVersion was set, for the errors (default: the action input). */
  helmVersionSource?: string;
  helmDownloadUrl: string;
  onHelmInstalled?: (dir: string) => void;
  /** cosign's and helm's environment (RUNNER_TEMP, RUNNER_TOOL_CACHE, DOCKER_CONFIG). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  signal?: AbortSignal;
}

export interface VerifiedChange {
  /** The step's image as verified, when there was a policy and an image. */
  verified: VerifiedImage | undefined;
  /** Every other image the rendered charts run, verified. */
  chartImages: VerifiedImage[];
  /** Which helm the step runs, for its session (undefined when runsHelm is false). */
  helmChoice: HelmChoice | undefined;
}

/**
 * The one stage before helm-deploy, the canary or a delivery changes anything: the step's image
 * verified (cosign made ready first), helm chosen by read-only probes, then every other image the
 * releases' charts would run, rendered offline and verified against the same policy. A refused
 * image throws one ConfigError line and leaves no helm process, deployment, release or state.
 */
export async function verifyBeforeChange(options: VerifyBeforeChangeOptions): Promise<VerifiedChange> {
  const { verify: policy, helmVersion, helmVersionSource, logger, signal } = options;
  const env = options.env ?? process.env;
  const { temp: tempDir, toolCache } = runnerDirs(env);
  const verified = await verifyDeployImage(options.image, policy, {
    what: options.what,
    cosign: options.cosign,
    // Without a new image the chart may still run others (helm-deploy with values only): cosign is needed even so.
    chartImagesNext: Boolean(policy && !options.image && options.releases().some(rendersChart)),
    logger,
    env,
    tempDir,
    signal,
  });
  if (verified) options.onVerified(verified.digestRef);
  // Which helm runs is settled here, once: the charts render with it and the caller's session uses it.
  const helmChoice =
    options.runsHelm === false
      ? undefined
      : await chooseHelm({ spec: helmVersion, specSource: helmVersionSource, cacheDir: toolCache, logger, signal });
  const chartImages = policy
    ? await verifyReleaseImages(options.releases(), {
        policy,
        verified,
        helmVersion,
        helmVersionSource,
        helmChoice,
        helmDownloadUrl: options.helmDownloadUrl,
        onHelmInstalled: options.onHelmInstalled,
        env,
        logger,
        signal,
      })
    : [];
  return { verified, chartImages, helmChoice };
}
