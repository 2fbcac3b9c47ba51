import { delimiter, join, dirname } from 'node:path';
import { accessSync, constants, statSync } from 'node:fs';
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

/** The helm a run will use: the one on PATH, a verified one in the tool cache, or an exact version to install. */
export type HelmChoice =
  | { use: 'path'; path: string; version: HelmVersion }
  | { use: 'cached'; path: string; dir: string; seen: string; spec: HelmVersionSpec }
  | { use: 'install'; exact: string; seen: string; spec: HelmVersionSpec };

/**
 * Which helm a run will use, decided by read-only probes (PATH, `helm version`, the tool cache).
 * Refuses a spec that cannot be met, so a caller can decide before anything is created or
 * recorded (a GitHub deployment, say).
 */
export async function chooseHelm(
  options: Omit<ResolveHelmOptions, 'downloadBaseUrl' | 'cacheDir' | 'onInstalled'> & { cacheDir?: string },
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
  if (exact) return { use: 'install', exact, seen, spec };
  // A range cannot be downloaded, but the tool cache may hold a verified helm inside it.
  const range = `${spec.major}.${spec.minor ?? 'x'}.x`;
  const cached = options.cacheDir
    ? await findCachedTool({
        tool: 'helm',
        versionSpec: range,
        binary: 'helm',
        cacheRoot: options.cacheDir,
        logger: options.logger,
      })
    : undefined;
  if (!cached) {
    throw new ConfigError(
      `${setIn}: ${seen}, which does not satisfy "${spec.text}"; give an exact version such as "${spec.major}.${spec.minor ?? 0}.0" to install one (the tool cache holds no verified helm ${range})`,
    );
  }
  return {
    use: 'cached',
    path: cached.path,
    dir: cached.dir,
    seen: `${seen}; using helm v${cached.version} from the tool cache (${cached.dir}), files verified`,
    spec,
  };
}

/** Each choice's helm, resolved once in a run: the chart's render for the verification policy and the session share it. */
const resolvedChoices = new WeakMap<HelmChoice, Promise<ResolvedHelm>>();

/**
 * helm on PATH when it satisfies the spec; else the exact version the spec names, downloaded
 * and verified. Never another major: a spec names one, and a binary of another major is refused.
 * `choice` is chooseHelm's answer when the caller asked first: it is resolved once (one install,
 * one version probe), and a second resolveHelm with the same choice gets the same helm.
 */
export function resolveHelm(options: ResolveHelmOptions & { choice?: HelmChoice }): Promise<ResolvedHelm> {
  const { choice } = options;
  if (!choice) return chooseHelm(options).then((chosen) => resolveChoice(chosen, options));
  let resolved = resolvedChoices.get(choice);
  if (!resolved) {
    resolved = resolveChoice(choice, options);
    resolvedChoices.set(choice, resolved);
  }
  return resolved;
}

async function resolveChoice(choice: HelmChoice, options: ResolveHelmOptions): Promise<ResolvedHelm> {
  const { logger } = options;
  if (choice.use === 'path') {
    logger.info(`Using helm ${formatHelmVersion(choice.version)} from PATH (${choice.path})`);
    return { path: choice.path, version: choice.version, source: 'path' };
  }
  const { spec } = choice;
  let path: string;
  if (choice.use === 'cached') {
    logger.info(choice.seen);
    path = choice.path;
  } else {
    logger.info(`${choice.seen}; installing helm v${choice.exact}`);
    const installed = await installHelm({
      version: choice.exact,
      baseUrl: options.downloadBaseUrl,
      cacheDir: options.cacheDir,
      logger,
      signal: options.signal,
    });
    path = installed.path;
  }
  const version = await helmVersionOf(path, options.signal);
  if (!satisfies(version, { ...spec, patch: version.patch === undefined ? undefined : spec.patch })) {
    const wanted = choice.use === 'install' ? `v${choice.exact}` : `"${spec.text}"`;
    throw new ConfigError(
      `The downloaded helm reports ${formatHelmVersion(version)}, not ${wanted}: refusing to use it (check 'helm-download-url')`,
    );
  }
  options.onInstalled?.(dirname(path));
  return { path, version, source: 'installed' };
}
