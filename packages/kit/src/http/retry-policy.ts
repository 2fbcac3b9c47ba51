import type { RetryOptions } from '../retry';

/**
 * The one retry policy of the HTTP layer, for kit's `retry`: 3 attempts, full jitter from
 * 500 ms, at most 5 s apart. Transient means network failures, timeouts and 5xx/429/408
 * (`isTransientStatus`), never a refusing proxy or 401/403.
 */
export const HTTP_RETRY: Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs'> = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 5000,
};
