import { getProxyUrl } from '@actions/http-client/lib/proxy';

/** The proxy a request goes through, and the variable that chose it (for messages). */
export interface ProxyRoute {
  url: URL;
  /** e.g. `HTTPS_PROXY` or `http_proxy`: the one that was read. */
  variable: string;
  /** The proxy's origin, credentials left out: safe to print. */
  shown: string;
}

/**
 * The proxy `@actions/http-client` uses for `target`, or undefined for a direct connection:
 * `https_proxy || HTTPS_PROXY` for https, `http_proxy || HTTP_PROXY` for http; `no_proxy ||
 * NO_PROXY` entries (`*`, a host, a `.domain` suffix, `host:port`) and loopback hosts bypass it.
 */
export function proxyRouteFor(target: URL, env: NodeJS.ProcessEnv = process.env): ProxyRoute | undefined {
  const url = getProxyUrl(target);
  if (!url?.hostname) return undefined;
  const lower = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
  const variable = env[lower] ? lower : lower.toUpperCase();
  return { url, variable, shown: `${url.protocol}//${url.host}` };
}
