import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How long a step took the last time it ran on this machine, one JSON file per step under
 * <cache>/timings (scripts/lib/progress.sh writes the same files for the shell steps). Progress
 * lines show it; `npm run bench -- setup` reports it.
 */
export interface Timing {
  seconds: number;
  /** ISO time the step ended. */
  at: string;
  /** For a Go build: how many packages it compiled (the next build's progress shows n/total). */
  packages?: number;
  /** For a whole run (sandbox-up, demo): cold when something was built, CPU busy in per cent of all cores. */
  kind?: 'cold' | 'warm';
  cpuPercent?: number;
  /** For a Jest project (suite-<project>, by scripts/tally-reporter.cjs): its test files, summed. */
  files?: number;
  failed?: boolean;
  /** For a sandbox-up run: each component built, in seconds. */
  built?: Record<string, number>;
  /** For a sandbox-up run: how many Kubernetes clusters it brought up. */
  clusters?: number;
}

export function timingsDir(cache: string): string {
  return join(cache, 'timings');
}

export function readTiming(cache: string, key: string): Timing | undefined {
  try {
    return JSON.parse(readFileSync(join(timingsDir(cache), `${key}.json`), 'utf8')) as Timing;
  } catch {
    return undefined;
  }
}

/** Written through a rename, so a reader never sees half a file. */
export function writeTiming(cache: string, key: string, timing: Timing): void {
  const dir = timingsDir(cache);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(timing)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function readAllTimings(cache: string): Record<string, Timing> {
  const dir = timingsDir(cache);
  if (!existsSync(dir)) return {};
  const all: Record<string, Timing> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const key = name.slice(0, -'.json'.length);
    const timing = readTiming(cache, key);
    if (timing) all[key] = timing;
  }
  return all;
}

/** CPU seconds this process and every child it waited for (go, and go's compilers) have used. */
export function cpuSecondsSoFar(): number {
  // /proc/self/stat fields 14–17: utime, stime, cutime, cstime in clock ticks (100 per second on Linux).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  return ticks / 100;
}
