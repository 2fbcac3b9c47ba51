import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, errorMessage, runnerDirs, type Logger } from '@slipway/kit';
import { parseImageRef, verifyImage, type VerifiedImage, type VerifyPolicy } from '@slipway/image';
import { HelmCli } from '../helm-cli';
import type { HelmVersionSpec } from '../helm-version';
import { resolveHelm, type HelmChoice } from '../resolve-helm';
import { upgradeRequest } from './deploy-release';
import type { DeployRequest } from './deploy-types';
import { podImages, type PodImage } from './release-content';

export interface ReleaseImagesOptions {
  policy: VerifyPolicy | undefined;
  /** The input's image, verified already: the chart's reference to the same digest is not checked twice. */
  verified: VerifiedImage | undefined;
  helmVersion: HelmVersionSpec | undefined;
  helmVersionSource?: string;
  /** chooseHelm's answer, when the caller settled which helm first. */
  helmChoice?: HelmChoice;
  helmDownloadUrl: string;
  onHelmInstalled?: (dir: string) => void;
  /** cosign's and helm's environment (DOCKER_CONFIG gives the registry login); default process.env. */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  signal?: AbortSignal;
}

/**
 * Every other image the release would run, verified against the policy before anything changes:
 * the chart rendered offline (`helm template`) with the release's values and image, every
 * container, init and ephemeral container image of every pod-bearing object collected, each
 * checked once. A tag is resolved through the registry to the digest that is verified. A refusal
 * throws one ConfigError line naming the image, where the chart runs it, the policy and what was
 * missing. `requests`: every release the step would make (a canary makes two). Rollbacks deploy
 * no new values: nothing to render.
 */
export async function verifyReleaseImages(
  requests: DeployRequest[],
  options: ReleaseImagesOptions,
): Promise<VerifiedImage[]> {
  const { policy, logger } = options;
  const env = options.env ?? process.env;
  // RUNNER_TEMP holds the values overrides and cosign's key file (removed); RUNNER_TOOL_CACHE helm.
  const dirs = runnerDirs(env);
  const resolved = { ...options, env, tempDir: dirs.temp, toolCacheDir: dirs.toolCache };
  const rendered = requests.filter(rendersChart);
  if (!policy || !rendered.length) return [];
  const images = await logger.group('Render the chart to list its images', () => renderedImages(rendered, resolved));
  const others = images.filter((p) => !sameDigest(p.image, options.verified));
  if (!others.length) {
    logger.info('The chart runs no image other than the one verified');
    return [];
  }
  return logger.group(`Verify the chart's other images (${others.length})`, async () => {
    const verified: VerifiedImage[] = [];
    for (const { image, usedBy } of others) {
      const deps = { logger, env, tempDir: dirs.temp, ...signalOf(options) };
      verified.push(await verifyImage(image, policy, deps, { where: `Chart image (${usedBy})`, usedBy }));
    }
    return verified;
  });
}

/** A release that deploys new values renders its chart; a rollback deploys none, nothing to render. */
export function rendersChart(request: DeployRequest): boolean {
  return request.mode !== 'rollback' && Boolean(request.chart);
}

type Resolved = ReleaseImagesOptions & { env: NodeJS.ProcessEnv; tempDir: string; toolCacheDir: string };

/** Each image once, with the first object that runs it (and how many more do). */
async function renderedImages(requests: DeployRequest[], options: Resolved): Promise<PodImage[]> {
  const helm = await resolveHelm({
    spec: options.helmVersion,
    ...(options.helmVersionSource ? { specSource: options.helmVersionSource } : {}),
    ...(options.helmChoice ? { choice: options.helmChoice } : {}),
    downloadBaseUrl: options.helmDownloadUrl,
    cacheDir: options.toolCacheDir,
    ...(options.onHelmInstalled ? { onInstalled: options.onHelmInstalled } : {}),
    logger: options.logger,
    ...signalOf(options),
  });
  const workDir = mkdtempSync(join(options.tempDir, 'slipway-render-'));
  try {
    const byImage = new Map<string, PodImage & { more: number }>();
    for (const request of requests) {
      const cli = new HelmCli(
        { path: helm.path, major: helm.version.major, namespace: request.namespace, env: options.env },
        options.logger,
        options.signal,
      );
      let manifest: string;
      try {
        manifest = await cli.template(await upgradeRequest(request, { workDir }));
      } catch (error) {
        throw new ConfigError(
          `The chart ${request.chart ?? ''} could not be rendered to list the images the verification policy must check: ${errorMessage(error)}`,
        );
      }
      for (const found of await podImages(manifest)) {
        const seen = byImage.get(found.image);
        if (seen) seen.more++;
        else byImage.set(found.image, { ...found, more: 0 });
      }
    }
    return [...byImage.values()].map(({ image, usedBy, more }) => ({
      image,
      usedBy: more ? `${usedBy} and ${more} more` : usedBy,
    }));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The chart's reference names the input's verified digest (with or without its tag). */
function sameDigest(image: string, verified: VerifiedImage | undefined): boolean {
  if (!verified) return false;
  try {
    const a = parseImageRef(image, 'Chart image');
    const b = parseImageRef(verified.digestRef, 'Verified image');
    return a.name === b.name && a.digest === b.digest;
  } catch {
    return false;
  }
}

function signalOf(options: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
