import { ProxyRefusedError, TransientError } from '@slipway/kit';

/** Slack refused the message for good (invalid_auth, channel_not_found, invalid_blocks, …). */
export class SlackError extends Error {
  override name = 'SlackError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Worth another attempt: 429, 5xx, network failures, Slack's internal_error. */
export class SlackTransientError extends TransientError {
  override name = 'SlackTransientError';
  constructor(
    readonly code: string,
    message: string,
    options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/** Web API error codes that say "try again later" rather than "fix your request". */
export const TRANSIENT_API_ERRORS = new Set([
  'internal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'rate_limited',
]);

/** Slack's error codes are snake_case words; anything else in a body is not echoed. */
export function errorCode(body: string, fallback: string): string {
  const word = body.trim();
  return /^[a-z][a-z0-9_]{0,79}$/.test(word) ? word : fallback;
}

/** kit's HTTP errors name the proxy a request went through; the words keep it. */
const PROXY_NAMED = /the proxy \S+ \([A-Za-z_]+\)/;

/**
 * A failed request as words, without the URL (which may hold the webhook's secret). A proxy
 * that refuses us is not worth another attempt: the user must fix its rules or NO_PROXY.
 */
export function networkFailure(error: unknown): SlackError | SlackTransientError {
  if (error instanceof ProxyRefusedError) return new SlackError('proxy_refused', error.message);
  const proxy = error instanceof Error ? PROXY_NAMED.exec(error.message)?.[0] : undefined;
  const via = proxy ? ` (through ${proxy})` : '';
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError') return new SlackTransientError('timeout', `no response in time${via}`, { cause: error });
  const code = typeof cause?.code === 'string' ? cause.code : 'network_error';
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    UND_ERR_SOCKET: 'connection closed',
  };
  const why = words[code] ?? (typeof cause?.message === 'string' && cause.message ? cause.message : code);
  return new SlackTransientError(code.toLowerCase(), `request failed: ${why}${via}`, { cause: error });
}
