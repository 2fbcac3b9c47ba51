import { isIP } from 'node:net';
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
  if (bypassed(target, env['no_proxy'] ?? env['NO_PROXY'] ?? '')) return undefined;
  const value = env[variable] as string;
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  return { url, variable, shown: `${url.protocol}//${url.host}` };
}

function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase().replace(/^\./, '');
    if (!entry) continue;
    if (entry === '*') return true;
    const [address, bits] = entry.replace(/^\[|\]$/g, '').split('/');
    if (isIP(host) && address && isIP(address)) {
      if (inRange(host, address, bits === undefined ? undefined : Number(bits))) return true;
    } else if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

function inRange(host: string, network: string, bits: number | undefined): boolean {
  const a = addressBits(host);
  const b = addressBits(network);
  if (!a || !b || a.length !== b.length) return false;
  const prefix = bits === undefined || Number.isNaN(bits) ? a.length : Math.min(bits, a.length);
  return a.slice(0, prefix) === b.slice(0, prefix);
}

/** An IPv4 or IPv6 address as a string of bits. */
function addressBits(address: string): string | undefined {
  if (isIP(address) === 4)
    return address
      .split('.')
      .map((n) => Number(n).toString(2).padStart(8, '0'))
      .join('');
  if (isIP(address) !== 6) return undefined;
  const [head = '', tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = address.includes('::') ? groups(tail) : [];
  const all = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return all.map((g: string) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}
