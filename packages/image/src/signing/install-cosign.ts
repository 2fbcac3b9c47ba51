import { chmod, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError, exec as kitExec, goPlatform, installTool, type Logger } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { findCosign, type FoundTool } from './find-cosign';
import { COSIGN_PIN } from './tool-pins';

export interface CosignResolution {
  /** The `cosign-version` input (exact, "3.1.3"); undefined: cosign on PATH, else the pin. */
  version: string | undefined;
  /** Base of the release downloads (the `cosign-download-url` input); default GitHub's releases. */
  downloadUrl?: string;
  /** RUNNER_TOOL_CACHE: cosign lands in cosign/<version>/<arch>. */
  cacheDir: string;
  /** Told the directory of a cosign taken from the tool cache or downloaded (the action puts it on PATH). */
  onInstalled?: (dir: string) => void;
  env: NodeJS.ProcessEnv;
  exec?: Exec;
  platform?: string;
  arch?: string;
  logger: Logger;
  signal?: AbortSignal;
}

/** cosign's release asset for a platform: cosign-linux-amd64, cosign-darwin-arm64, … */
export function cosignAssetName(platform: string = process.platform, arch: string = process.arch): string {
  return `cosign-${goPlatform(platform, arch)}`;
}

/**
 * The cosign a step uses, as helm's is chosen: the one on PATH when it is at least the minimum
 * (and the asked version, when `cosign-version` is set); else the release binary of that version,
 * or of the pin, downloaded from GitHub's releases through kit's one installer, held to the pinned
 * SHA-256 (the pin) or to the release's published cosign_checksums.txt (another version), and
 * cached in the tool cache.
 */
export async function resolveCosign(options: CosignResolution): Promise<FoundTool> {
  const exec = options.exec ?? kitExec;
  const wanted = options.version?.replace(/^v/, '');
  const onPath = await findCosign(exec, options.env).catch((error: unknown) => {
    if (error instanceof ConfigError) return undefined;
    throw error;
  });
  if (onPath && (!wanted || onPath.version === wanted)) {
    options.logger.info(`Using cosign ${onPath.version} from PATH`);
    return onPath;
  }
  const version = wanted ?? COSIGN_PIN.version;
  const seen = onPath ? `cosign on PATH is ${onPath.version}` : 'no usable cosign on PATH';
  options.logger.info(`${seen}; using cosign v${version} from its release`);
  const base = `${(options.downloadUrl ?? COSIGN_PIN.releasesUrl).replace(/\/+$/, '')}/v${version}`;
  const asset = cosignAssetName(options.platform, options.arch);
  const pinned = version === COSIGN_PIN.version ? COSIGN_PIN.sha256[asset.replace(/^cosign-/, '')] : undefined;
  const binary = options.platform === 'win32' ? 'cosign.exe' : 'cosign';
  const installed = await installTool({
    tool: 'cosign',
    version,
    binary,
    url: `${base}/${asset}`,
    sha256: pinned ?? { checksumsUrl: `${base}/cosign_checksums.txt` },
    // The release asset is the bare binary.
    unpack: async (file, dir) => {
      await copyFile(file, join(dir, binary));
      await chmod(join(dir, binary), 0o755);
    },
    cacheRoot: options.cacheDir,
    ...(options.arch ? { arch: options.arch } : {}),
    label: 'cosign',
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  options.onInstalled?.(dirname(installed.path));
  return { file: installed.path, version };
}
