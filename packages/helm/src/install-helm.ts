import { ConfigError, exec, retry, type Logger } from '@slipway/kit';
import { downloadBytes } from './download-file';

export interface InstallHelmOptions {
  /** Exact version without the v: "3.14.2". */
  version: string;
  /** Where helm-v<version>-<os>-<arch>.tar.gz and its .sha256sum are published. */
  baseUrl: string;
  /** The folder versions are cached under (RUNNER_TOOL_CACHE or RUNNER_TEMP). */
  cacheDir: string;
  platform?: string;
  arch?: string;
  logger: Logger;
  signal?: AbortSignal;
}

const GO_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

export function helmArchiveName(
  version: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  const os = platform === 'win32' ? 'windows' : platform;
  return `helm-v${version}-${os}-${GO_ARCH[arch] ?? arch}.tar.gz`;
}

/** The first 64-hex word of a .sha256sum (`<hash>  <file>`) or .sha256 (`<hash>`) file. */
export function parseChecksumFile(text: string): string | undefined {
  return /^\s*([0-9a-fA-F]{64})\b/.exec(text)?.[1]?.toLowerCase();
}

/**
 * Downloads helm's release archive, verifies it against the published SHA-256, extracts it
 * with tar and returns the binary's path. A cached, already verified copy is reused.
 */
export async function installHelm(options: InstallHelmOptions): Promise<string> {
  const { createHash } = await import('node:crypto');
  const { existsSync, mkdirSync, writeFileSync, rmSync, renameSync } = await import('node:fs');
  const { join } = await import('node:path');
  const archive = helmArchiveName(options.version, options.platform, options.arch);
  const folder = archive.replace(/^helm-v[^-]+-/, '').replace(/\.tar\.gz$/, '');
  const home = join(options.cacheDir, 'helm', options.version, folder);
  const binary = join(home, 'helm');
  if (existsSync(join(home, '.verified')) && existsSync(binary)) {
    options.logger.info(`Using cached helm v${options.version} at ${binary}`);
    return binary;
  }
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchWithRetry = (url: string) =>
    retry(() => downloadBytes(url, { signal: options.signal }), {
      attempts: 4,
      baseDelayMs: 1000,
      signal: options.signal,
      onRetry: ({ attempt, delayMs, error }) =>
        options.logger.warning(
          `Download of ${url} failed (attempt ${attempt}): ${String(error)}; retrying in ${delayMs}ms`,
        ),
    });
  options.logger.info(`Downloading helm v${options.version} from ${base}/${archive}`);
  const sumText = (await fetchWithRetry(`${base}/${archive}.sha256sum`)).toString('utf8');
  const expected = parseChecksumFile(sumText);
  if (!expected) throw new ConfigError(`${base}/${archive}.sha256sum does not hold a SHA-256 checksum`);
  const bytes = await fetchWithRetry(`${base}/${archive}`);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new ConfigError(
      `Checksum mismatch for ${base}/${archive}: published sha256 ${expected}, downloaded ${actual}; not installed`,
    );
  }
  options.logger.info(`Verified sha256 ${actual}`);
  const staging = `${home}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const archivePath = join(staging, archive);
  writeFileSync(archivePath, bytes);
  await exec('tar', ['-xzf', archivePath, '-C', staging], { signal: options.signal });
  const extracted = join(staging, folder, 'helm');
  if (!existsSync(extracted)) throw new ConfigError(`${archive} does not contain ${folder}/helm`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, '..'), { recursive: true });
  renameSync(join(staging, folder), home);
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(join(home, '.verified'), `${actual}\n`);
  return binary;
}
