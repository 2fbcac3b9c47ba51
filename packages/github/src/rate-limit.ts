import { parseRetryAfter } from '@slipway/kit';

/** GitHub's words for a secondary rate limit (its answers are 403 or 429). */
const SECONDARY = /secondary rate limit|abuse detection/i;
/** "Otherwise, wait for at least one minute before retrying" (GitHub's rate-limit guidance). */
export const SECONDARY_WAIT_MS = 60_000;

/**
 * How GitHub asks a client to wait: Retry-After first, else a spent rate limit's reset time,
 * else a minute for a secondary rate limit that names neither.
 */
export function retryDelayMs(
  status: number,
  headers: { get(name: string): string | null },
  now = Date.now(),
  message = '',
): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headers.get('x-ratelimit-reset');
  const spent = headers.get('x-ratelimit-remaining') === '0' || status === 429;
  if (spent && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  if ((status === 403 || status === 429) && SECONDARY.test(message)) return SECONDARY_WAIT_MS;
  return undefined;
}

/**
 * 5xx and 429 are worth another attempt; so is a 403 that is a rate limit: a spent primary limit
 * (x-ratelimit-remaining: 0), or a secondary one (Retry-After, or GitHub's message says so).
 * Any other 403 is a refusal (no permission) and is not retried.
 */
export function isRetryableStatus(
  status: number,
  headers: { get(name: string): string | null },
  message = '',
): boolean {
  if (status >= 500 || status === 429) return true;
  if (status !== 403) return false;
  return headers.get('x-ratelimit-remaining') === '0' || headers.get('retry-after') !== null || SECONDARY.test(message);
}
