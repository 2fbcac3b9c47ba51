import { chmodSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where an installed tool lives: <cacheDir>/<binary>/<version>/<binary>. */
export function cachedToolPath(cacheDir: string, binary: string, version: string): string {
  return join(cacheDir, binary, version, binary);
}

/** Runs `fill` in a fresh work directory beside `target`, removed afterwards whatever happens. */
export async function inWorkDir<T>(target: string, fill: (work: string) => Promise<T>): Promise<T> {
  const work = `${target}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    return await fill(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Makes `file` the executable `<target>/<binary>`, replacing whatever `target` held. */
export function placeExecutable(file: string, target: string, binary: string): string {
  chmodSync(file, 0o755);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  renameSync(file, join(target, binary));
  return join(target, binary);
}
