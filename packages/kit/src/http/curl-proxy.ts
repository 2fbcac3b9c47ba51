import { bypassesProxy } from './no-proxy';
import type { ProxyRoute } from './proxy-route';

/**
 * The proxy curl would use for `target`, for latency probes that keep their own sockets:
 * `http_proxy` / `HTTP_PROXY` for http (curl reads only the lower case; a runner's documented
 * upper case is read too), `https_proxy` / `HTTPS_PROXY` for https, then `all_proxy` /
 * `ALL_PROXY`. Unlike @actions/http-client, loopback is not exempt. `no_proxy` / `NO_PROXY`
 * bypasses as curl's does: `*`; a name matching the host or a domain containing it (a leading
 * dot ignored); an IP address or CIDR range (`10.0.0.0/8`, `::1`) matching an IP host.
 */
export function curlProxyFor(target: URL, env: NodeJS.ProcessEnv = process.env): ProxyRoute | undefined {
  const scheme = target.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
  const variable = [scheme, scheme.toUpperCase(), 'all_proxy', 'ALL_PROXY'].find((name) => env[name]);
  if (!variable) return undefined;
  if (bypassesProxy(target.hostname, target.port, env['no_proxy'] ?? env['NO_PROXY'] ?? '', 'curl')) return undefined;
  const value = env[variable] as string;
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  return { url, variable, shown: `${url.protocol}//${url.host}` };
}
