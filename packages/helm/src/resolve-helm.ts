import { ConfigError, exec, type Logger } from '@slipway/kit';
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
  /** How it was found: on PATH, or downloaded and verified (possibly from the cache). */
  source: 'path' | 'installed';
}

export interface ResolveHelmOptions {
  /** undefined: whatever helm is on PATH. */
  spec: HelmVersionSpec | undefined;
  /** Where the spec was set, for the errors. Default: the action input. */
  specSource?: string;
  downloadBaseUrl: string;
  cacheDir: string;
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
  if (!exact) {
    throw new ConfigError(
      `${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one`,
    );
  }
  logger.info(`${seen}; installing helm v${exact}`);
  const path = await installHelm({
    version: exact,
    baseUrl: options.downloadBaseUrl,
    cacheDir: options.cacheDir,
    logger,
    signal: options.signal,
  });
  const version = await helmVersionOf(path, options.signal);
  if (!satisfies(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
    throw new ConfigError(
      `The downloaded helm reports ${formatHelmVersion(version)}, not v${exact}: refusing to use it (check 'helm-download-url')`,
    );
  }
  return { path, version, source: 'installed' };
}
