import { HTTP_RETRY, retry, type Logger } from '@slipway/kit';

/** How a metric client retries one reading: kit's HTTP policy, with the overrides tests use. */
export interface RequestRetryOptions {
  /** Attempts per reading on transient errors (5xx, 429, timeouts, connection errors). */
  attempts?: number;
  baseDelayMs?: number;
  logger?: Logger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** `request` under kit's HTTP retry policy, each failed attempt logged under debug as `what`. */
export function retryRequest<T>(
  request: () => Promise<T>,
  what: string,
  options: RequestRetryOptions,
  signal?: AbortSignal,
): Promise<T> {
  return retry(request, {
    ...HTTP_RETRY,
    ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
    ...(options.baseDelayMs === undefined ? {} : { baseDelayMs: options.baseDelayMs }),
    signal,
    sleep: options.sleep,
    onRetry: ({ attempt, delayMs, error }) =>
      options.logger?.debug(`${what} attempt ${attempt} failed (${String(error)}); again in ${delayMs}ms`),
  });
}
