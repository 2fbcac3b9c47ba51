import { ConfigError, TransientError } from '../errors';
import type { ProxyRoute } from './proxy-route';

/** Network error codes worth another attempt: the peer may be restarting or overloaded. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);

/** Whether an HTTP status may pass on a later attempt: 5xx, 429 and 408. Never 401/403. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** A proxy that answered a CONNECT with anything but 200 (its ACL, a filter, auth): the user's to fix. */
export class ProxyRefusedError extends ConfigError {
  override name = 'ProxyRefusedError';
}

/** No answer within the request's timeout (named as the platform's own timeouts are). */
export class HttpTimeoutError extends TransientError {
  override name = 'TimeoutError';
}

/** A refused CONNECT as the tunnel agent (http-client's requests) and undici (Octokit's fetch) word it. */
const TUNNEL_REFUSED =
  /tunneling socket could not be established, statusCode=(\d+)|Proxy response \((\d+)\) !== 200 when HTTP Tunneling/;
const TUNNEL_UNREACHABLE = /tunneling socket could not be established, cause=(.*)/;

/**
 * A failed request as one line naming what was asked and, when one was used, the proxy and the
 * variable that chose it. Transient (TransientError) when another attempt may pass.
 */
export function networkError(what: string, error: NodeJS.ErrnoException, proxy: ProxyRoute | undefined): Error {
  const via = proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : '';
  const refused = TUNNEL_REFUSED.exec(error.message);
  if (proxy && refused)
    return new ProxyRefusedError(
      `${what}: the proxy ${proxy.shown} (${proxy.variable}) refused the connection: HTTP ${refused[1] ?? refused[2]}; check the proxy's rules or NO_PROXY`,
      { cause: error },
    );
  const unreachable = TUNNEL_UNREACHABLE.exec(error.message);
  if (proxy && unreachable)
    return new TransientError(
      `${what}: the proxy ${proxy.shown} (${proxy.variable}) is unreachable: ${unreachable[1]}`,
      {
        cause: error,
      },
    );
  const code = error.code ?? '';
  const detail = `${code || error.message}${code && error.message && !error.message.includes(code) ? ` (${error.message})` : ''}`;
  const text = `${what} failed${via}: ${detail}`;
  return TRANSIENT_CODES.has(code) || /timed? ?out/i.test(error.message)
    ? new TransientError(text, { cause: error })
    : new Error(text, { cause: error });
}
