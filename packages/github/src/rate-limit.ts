import { parseRetryAfter } from '@slipway/kit';

/** How GitHub asks a client to wait: Retry-After first, else a spent rate limit's reset time. */
export function retryDelayMs(
  status: number,
  headers: { get(name: string): string | null },
  now = Date.now(),
): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headers.get('x-ratelimit-reset');
  const spent = headers.get('x-ratelimit-remaining') === '0' || status === 429;
  if (spent && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

/**
 * 5xx and 429 are worth another attempt; so is a 403 whose rate limit is spent (GitHub answers
 * a primary rate limit with 403 and x-ratelimit-remaining: 0).
 */
export function isRetryableStatus(status: number, headers: { get(name: string): string | null }): boolean {
  if (status >= 500 || status === 429) return true;
  return status === 403 && headers.get('x-ratelimit-remaining') === '0';
}
