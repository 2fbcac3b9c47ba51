import { goPlatform, installTool, type InstalledTool, type Logger } from '@slipway/kit';

export interface InstallHelmOptions {
  /** Exact version without the v: "3.14.2". */
  version: string;
  /** Where helm-v<version>-<os>-<arch>.tar.gz and its .sha256sum are published. */
  baseUrl: string;
  /** The tool cache's root (RUNNER_TOOL_CACHE): helm lands in helm/<version>/<arch>. */
  cacheDir: string;
  platform?: string;
  arch?: string;
  logger: Logger;
  signal?: AbortSignal;
}

export function helmArchiveName(
  version: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  return `helm-v${version}-${goPlatform(platform, arch)}.tar.gz`;
}

/**
 * helm's release archive through kit's one installer: the verified copy in the tool cache, or the
 * archive downloaded, held to its published .sha256sum, extracted and cached as
 * azure/setup-helm lays it out (helm/<version>/<arch>/<os>-<arch>/helm).
 */
export async function installHelm(options: InstallHelmOptions): Promise<InstalledTool> {
  const archive = helmArchiveName(options.version, options.platform, options.arch);
  const url = `${options.baseUrl.replace(/\/+$/, '')}/${archive}`;
  return installTool({
    tool: 'helm',
    version: options.version,
    binary: options.platform === 'win32' ? 'helm.exe' : 'helm',
    url,
    sha256: { checksumsUrl: `${url}.sha256sum` },
    unpack: 'tar',
    cacheRoot: options.cacheDir,
    ...(options.arch ? { arch: options.arch } : {}),
    label: 'helm',
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
