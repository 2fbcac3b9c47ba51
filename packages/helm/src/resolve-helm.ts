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

/** The helm a run will use: the one on PATH, or an exact version to install. */
export type HelmChoice =
  | { use: 'path'; path: string; version: HelmVersion }
  | { use: 'install'; exact: string; seen: string; spec: HelmVersionSpec };

/**
 * Which helm a run will use, decided by read-only probes (PATH, `helm version`). Refuses a spec
 * that cannot be met, so a caller can decide before anything is created or recorded (a GitHub
 * deployment, say).
 */
export async function chooseHelm(
  options: Omit<ResolveHelmOptions, 'downloadBaseUrl' | 'cacheDir' | 'logger'>,
): Promise<HelmChoice> {
  const { spec } = options;
  const setIn = options.specSource ?? "Input 'helm-version'";
  const onPath = await findOnPath('helm', options.env);
  let found: HelmVersion | undefined;
  if (onPath) {
    found = await helmVersionOf(onPath, options.signal);
    if (!spec || satisfies(found, spec)) return { use: 'path', path: onPath, version: found };
  }
  const seen = onPath && found ? `helm on PATH is ${formatHelmVersion(found)}` : 'no helm on PATH';
  if (!spec) throw new ConfigError(`${setIn}: expected a version to install such as "3.19.0" (${seen})`);
  const exact = exactVersion(spec);
  if (!exact) {
    throw new ConfigError(
      `${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one`,
    );
  }
  return { use: 'install', exact, seen, spec };
}

/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 * `choice` is chooseHelm's answer when the caller asked first.
 */
export async function resolveHelm(options: ResolveHelmOptions & { choice?: HelmChoice }): Promise<ResolvedHelm> {
  const { logger } = options;
  const choice = options.choice ?? (await chooseHelm(options));
  if (choice.use === 'path') {
    logger.info(`Using helm ${formatHelmVersion(choice.version)} from PATH (${choice.path})`);
    return { path: choice.path, version: choice.version, source: 'path' };
  }
  const { exact, spec } = choice;
  logger.info(`${choice.seen}; installing helm v${exact}`);
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
