import { ConfigError, ExecError, TransientError, errorMessage, formatDuration, retry, type Logger } from '@slipway/kit';
import { classifyPushFailure } from './registry-errors';

export interface RetryPolicy {
  attempts: number;
  deadlineMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
}

/**
 * Runs one push (a tool invocation) with bounded, jittered retries on transient failures only:
 * 5xx, 429, connection resets/refusals, timeouts. 401/403 stop at once. Every retry is logged;
 * the final error names the registry, the status and the number of attempts.
 */
export async function pushWithRetry<T>(
  registry: string,
  what: string,
  run: (attempt: number, remainingMs: number) => Promise<T>,
  policy: RetryPolicy,
  logger: Logger,
): Promise<{ value: T; attempts: number }> {
  const now = policy.now ?? Date.now;
  const started = now();
  let attempts = 0;
  try {
    const value = await retry(
      async (attempt) => {
        attempts = attempt;
        try {
          return await run(attempt, Math.max(1000, policy.deadlineMs - (now() - started)));
        } catch (error) {
          throw classify(error, registry, what);
        }
      },
      {
        attempts: policy.attempts,
        deadlineMs: policy.deadlineMs,
        baseDelayMs: policy.baseDelayMs,
        maxDelayMs: policy.maxDelayMs,
        random: policy.random,
        sleep: policy.sleep,
        now,
        signal: policy.signal,
        onRetry: ({ attempt, delayMs, error }) =>
          logger.warning(
            `${what} to ${registry}: attempt ${attempt} of ${policy.attempts} failed (${errorMessage(error)}); retrying in ${formatDuration(delayMs)}`,
          ),
      },
    );
    return { value, attempts };
  } catch (error) {
    if (error instanceof TransientError) {
      const why =
        attempts >= policy.attempts
          ? `after ${attempts} attempts`
          : `after ${attempts} attempts within the ${formatDuration(policy.deadlineMs)} deadline`;
      throw new TransientError(`${errorMessage(error)} (gave up ${why})`, { cause: error });
    }
    throw error;
  }
}

function classify(error: unknown, registry: string, what: string): unknown {
  if (!(error instanceof ExecError)) return error;
  const failure = classifyPushFailure(`${error.result.stderr}\n${error.result.stdout}`);
  const status = failure.status ? `HTTP ${failure.status}` : 'error';
  const text = `${what} to ${registry} failed: ${status}: ${failure.reason}`;
  if (failure.status === 401 || failure.status === 403)
    return new ConfigError(`${text} (check the credentials for ${registry}: username/password or docker-config)`);
  return failure.transient ? new TransientError(text, { cause: error }) : new Error(text, { cause: error });
}
