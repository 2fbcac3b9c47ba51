import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(packageDir, '..', '..');

/** Where the sandbox keeps its state (pids, logs, certs, data, env file). */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SLIPWAY_SANDBOX_DIR'] || join(repoRoot, '.sandbox'));
}

/** Where built binaries and the Go caches live, shared by every checkout on the machine. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SLIPWAY_CACHE'] || join(homedir(), '.cache', 'slipway'));
}

export function envFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'env');
}

export interface SandboxPaths {
  state: string;
  cache: string;
  envFile: string;
  logs: string;
  pids: string;
  certs: string;
  data: string;
  config: string;
  bin: string;
  log(name: string): string;
  pid(name: string): string;
  /** A versioned folder for built binaries, e.g. <cache>/bin/helm-v3.22.0. */
  cachedBin(name: string, version: string): string;
  goModCache: string;
  goBuildCache: string;
}

export function sandboxPaths(env: NodeJS.ProcessEnv = process.env): SandboxPaths {
  const state = stateDir(env);
  const cache = cacheDir(env);
  const logs = join(state, 'logs');
  const pids = join(state, 'pids');
  return {
    state,
    cache,
    envFile: envFilePath(env),
    logs,
    pids,
    certs: join(state, 'certs'),
    data: join(state, 'data'),
    config: join(state, 'config'),
    bin: join(state, 'bin'),
    log: (name) => join(logs, `${name}.log`),
    pid: (name) => join(pids, `${name}.pid`),
    cachedBin: (name, version) => join(cache, 'bin', `${name}-${version}`),
    goModCache: join(cache, 'go', 'mod'),
    goBuildCache: join(cache, 'go', 'build'),
  };
}
