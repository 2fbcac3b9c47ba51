import { ConfigError, TransientError, isTransientStatus } from '@slipway/kit';

export { isTransientStatus };

/**
 * A registry answer as an error naming the registry and the status; transient or not by the
 * status. The status rides along (`status`) for callers that word a 401 their own way.
 */
export function statusError(registry: string, status: number, what: string, retryAfterMs?: number): Error {
  const text = `${what} at ${registry} failed: HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
  const error = isTransientStatus(status)
    ? new TransientError(text, { retryAfterMs })
    : status === 401 || status === 403
      ? new ConfigError(`${text}: check the credentials for ${registry} (username/password or docker-config)`)
      : new Error(text);
  return Object.assign(error, { status });
}

/** The HTTP status a registry error carries, when a registry answered. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export interface PushFailure {
  transient: boolean;
  /** The HTTP status the tool reported, when it said. */
  status?: number;
  /** One line: what went wrong, as the tool put it. */
  reason: string;
}

/**
 * Reads the stderr of `docker push`, `docker buildx build --push` or `buildah push` and says
 * whether the failure is worth another attempt: 5xx, 429, connection resets/refusals and timeouts
 * are; authentication and authorisation (401/403, "denied", "unauthorized") never are.
 */
export function classifyPushFailure(output: string): PushFailure {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const reason = (
    lines.filter((l) => /error|denied|unauthorized|status|refused|reset|timeout|fail/i.test(l)).pop() ??
    lines.pop() ??
    'no output'
  ).slice(0, 300);
  const text = output.toLowerCase();
  const statusMatch =
    /(?:status(?: code)?:?|http status:?|response status code|unexpected status from [a-z]+ request to \S+:?)\s*(\d{3})/i.exec(
      output,
    ) ??
    /\bHTTP (\d{3})\b/.exec(output) ??
    /\b(\d{3}) (?:service unavailable|bad gateway|internal server error|gateway timeout|too many requests|unauthorized|forbidden)/i.exec(
      output,
    );
  let status = statusMatch ? Number(statusMatch[1]) : undefined;
  if (status === undefined && /\bunauthorized\b|authentication required|no basic auth credentials/.test(text))
    status = 401;
  if (status === undefined && /\bdenied\b|forbidden/.test(text)) status = 403;
  if (status === undefined && /toomanyrequests|too many requests/.test(text)) status = 429;
  if (status === 401 || status === 403) return { transient: false, status, reason };
  if (status !== undefined) return { transient: isTransientStatus(status), status, reason };
  const network =
    /connection reset|connection refused|broken pipe|i\/o timeout|tls handshake timeout|timeout exceeded|deadline exceeded|unexpected eof|\beof\b|no such host|server misbehaving|network is unreachable/.test(
      text,
    );
  return { transient: network, reason };
}
