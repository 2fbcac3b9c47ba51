import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { runningPid } from './process-manager';

export interface WaitOptions {
  /** What we are waiting for, for the error message. */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Fail early if the process recorded here dies while we wait. */
  pidFile?: string;
}

/** Polls check() until it returns true; throws with the last reason on timeout. */
export async function waitFor(check: () => Promise<boolean | string>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last: string;
  for (;;) {
    try {
      const result = await check();
      if (result === true) return;
      last = typeof result === 'string' ? result : '';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (options.pidFile && runningPid(options.pidFile) === undefined) {
      throw new Error(`process exited while waiting for ${options.what}${last ? ` (${last})` : ''}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${options.timeoutMs / 1000}s waiting for ${options.what}${last ? `: ${last}` : ''}`,
      );
    }
    await sleep(options.intervalMs ?? 250);
  }
}

/** The last lines of a log file, for error messages. */
export function logTail(path: string, lines = 15): string {
  if (!existsSync(path)) return '(no log yet)';
  const text = readFileSync(path, 'utf8').trimEnd().split('\n');
  return text.slice(-lines).join('\n');
}
