import { CancelledError, ConfigError, errorMessage, errorName } from './errors';
import { isDebug } from './runner/logger';
import { issueCommand } from './runner/workflow-command';

/**
 * Runs an action's main function: one `::error::` line on failure, the stack only under
 * debug, exit code 1. Nothing thrown is lost, whatever its type.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (thrown) {
    reportFailure(thrown);
    process.exitCode = 1;
  }
}

export function reportFailure(thrown: unknown): void {
  const message = errorMessage(thrown);
  const cancelled = thrown instanceof CancelledError || errorName(thrown) === 'AbortError';
  const title = thrown instanceof ConfigError ? 'Configuration error' : cancelled ? 'Cancelled' : undefined;
  issueCommand('error', message, { title });
  if (isDebug() && thrown instanceof Error && thrown.stack) {
    issueCommand('debug', thrown.stack);
    if (thrown.cause !== undefined) issueCommand('debug', `cause: ${errorMessage(thrown.cause)}`);
  }
}
