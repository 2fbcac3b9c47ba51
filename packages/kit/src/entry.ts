import * as core from '@actions/core';
import { CancelledError, ConfigError, errorMessage, errorName } from './errors';
import { getState, saveState } from './runner/outputs';
import { summariesWritten } from './runner/summary';

/**
 * Runs an action's main function: one `::error::` line on failure, the stack only under
 * debug, exit code 1. Nothing thrown is lost, whatever its type. The job summary is written
 * before the action ends.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  const failures: unknown[] = [];
  try {
    await main();
  } catch (thrown) {
    failures.push(thrown);
  }
  try {
    await summariesWritten();
  } catch (thrown) {
    failures.push(thrown);
  }
  if (!failures.length) return;
  // The action's own failure is the one error line; a summary that could not be written after it is a warning.
  reportFailure(failures[0]);
  for (const later of failures.slice(1)) core.warning(`Job summary not written: ${errorMessage(later)}`);
  process.exitCode = core.ExitCode.Failure;
}

/** The state that tells an action's post run (`runs.post`, the same bundle) from its main run. */
export const PHASE_STATE = 'phase';

/**
 * Runs `main`, or `post` when the runner runs the bundle again as the action's post step. The
 * phase is saved before main does anything, so a main that failed early (a bad input, a refused
 * image, a helm that could not be had) is never run a second time as its own post step, which
 * then repeated its error, or delivered after all. `post` reads what main saved, and must cope
 * with main having saved nothing.
 */
export async function runMainOrPost(main: () => Promise<void>, post: () => Promise<void>): Promise<void> {
  if (getState(PHASE_STATE) === 'post') return runAction(post);
  saveState(PHASE_STATE, 'post');
  return runAction(main);
}

export function reportFailure(thrown: unknown): void {
  const message = errorMessage(thrown);
  const cancelled = thrown instanceof CancelledError || errorName(thrown) === 'AbortError';
  const title = thrown instanceof ConfigError ? 'Configuration error' : cancelled ? 'Cancelled' : undefined;
  core.error(message, title ? { title } : {});
  if (core.isDebug() && thrown instanceof Error && thrown.stack) {
    core.debug(thrown.stack);
    if (thrown.cause !== undefined) core.debug(`cause: ${errorMessage(thrown.cause)}`);
  }
}
