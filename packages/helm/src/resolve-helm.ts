import { ConfigError, exec, findCachedTool, type Logger } from '@slipway/kit';
import {
  exactVersion,
  formatHelmVersion,
  parseHelmVersion,
  satisfies,
  type HelmVersion,
  type HelmVersionSpec,
} from './helm-version';
import { installHelm } from './install-helm';

export interface ResolvedHelm {
  path: string;
  version: HelmVersion;
  /** How it was found: on PATH, or downloaded and verified (possibly from the tool cache). */
  source: 'path' | 'installed';
}

export interface ResolveHelmOptions {
  /** undefined: whatever helm is on PATH. */
  spec: HelmVersionSpec | undefined;
  /** Where the spec was set, for the errors. Default: the action input. */
  specSource?: string;
  downloadBaseUrl: string;
  /** The tool cache's root (RUNNER_TOOL_CACHE). */
  cacheDir: string;
  /** Told the directory of a helm taken from the tool cache or installed (the action puts it on PATH). */
  onInstalled?: (dir: string) => void;
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  signal?: AbortSignal;
}

/** The first executable `helm` on PATH, without a shell. */
export async function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { accessSync, constants, statSync } = await import('node:fs');
  const { delimiter, join } = await import('node:path');
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export async function helmVersionOf(path: string, signal?: AbortSignal): Promise<HelmVersion> {
  const result = await exec(path, ['version', '--template', '{{.Version}}'], { signal, timeoutMs: 30_000 });
  const version = parseHelmVersion(result.stdout.trim());
  if (!version)
    throw new Error(`${path} printed no version we can read: ${JSON.stringify(result.stdout.slice(0, 80))}`);
  return version;
}

/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 */
export async function resolveHelm(options: ResolveHelmOptions): Promise<ResolvedHelm> {
  const { spec, logger } = options;
  const setIn = options.specSource ?? "Input 'helm-version'";
  const onPath = await findOnPath('helm', options.env);
  let found: HelmVersion | undefined;
  if (onPath) {
    found = await helmVersionOf(onPath, options.signal);
    if (!spec || satisfies(found, spec)) {
      logger.info(`Using helm ${formatHelmVersion(found)} from PATH (${onPath})`);
      return { path: onPath, version: found, source: 'path' };
    }
  }
  const seen = onPath && found ? `helm on PATH is ${formatHelmVersion(found)}` : 'no helm on PATH';
  if (!spec) throw new ConfigError(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
  const exact = exactVersion(spec);
  let path: string;
  if (exact) {
    logger.info(`${seen}; installing helm v${exact}`);
    const installed = await installHelm({
      version: exact,
      baseUrl: options.downloadBaseUrl,
      cacheDir: options.cacheDir,
      logger,
      signal: options.signal,
    });
    path = installed.path;
  } else {
    // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
    const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
    const cached = await findCachedTool({
      tool: 'helm',
      versionSpec: range,
      binary: 'helm',
      cacheRoot: options.cacheDir,
      logger,
    });
    if (!cached) {
      throw new ConfigError(
        `${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`,
      );
    }
    logger.info(`${seen}; using helm v${cached.version} from the tool cache (${cached.dir}), files verified`);
    path = cached.path;
  }
  const version = await helmVersionOf(path, options.signal);
  if (!satisfies(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
    throw new ConfigError(
      `The downloaded helm reports ${formatHelmVersion(version)}, not ${exact ? `v${exact}` : `"${spec.text}"`}: refusing to use it (check 'helm-download-url')`,
    );
  }
  const { dirname } = await import('node:path');
  options.onInstalled?.(dirname(path));
  return { path, version, source: 'installed' };
}
