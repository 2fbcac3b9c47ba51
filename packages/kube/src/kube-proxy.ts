import { checkProxyUrl, type KubeAccess } from './kubeconfig';

/** The proxy requests to a cluster go through, and where that was said (for the errors). */
export interface ProxyChoice {
  url: URL;
  from: string;
}

function firstSet(env: NodeJS.ProcessEnv, names: string[]): [string, string] | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return [name, value];
  }
  return undefined;
}

/**
 * The proxy as kubectl picks it: the cluster's proxy-url whatever the host; else HTTPS_PROXY
 * (HTTP_PROXY for an http server; upper case first), unless the server is loopback or NO_PROXY
 * names it.
 */
export async function proxyFor(
  access: KubeAccess,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProxyChoice | undefined> {
  if (access.proxyUrl) return { url: new URL(access.proxyUrl), from: "the kubeconfig's proxy-url" };
  const server = new URL(access.server);
  const https = server.protocol === 'https:';
  const set = firstSet(env, https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']);
  if (!set) return undefined;
  const port = server.port || (https ? '443' : '80');
  if (await bypassesProxy(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '')) return undefined;
  const [name, value] = set;
  return { url: checkProxyUrl(value.includes('://') ? value : `http://${value}`, name), from: name };
}

/**
 * NO_PROXY as Go (and so kubectl) reads it: `*`; IP addresses and CIDR ranges, for IP hosts;
 * `name` for that host and its subdomains, `.name` or `*.name` for subdomains only; any entry
 * may carry `:port`. localhost and loopback addresses never go through a proxy.
 */
export async function bypassesProxy(hostname: string, port: string, noProxy: string): Promise<boolean> {
  const { BlockList, isIP } = await import('node:net');
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  const ipType = family === 6 ? 'ipv6' : 'ipv4';
  if (host === 'localhost') return true;
  if (family) {
    const loopback = new BlockList();
    loopback.addSubnet('127.0.0.0', 8, 'ipv4');
    loopback.addAddress('::1', 'ipv6');
    if (loopback.check(host, ipType)) return true;
  }
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const cidr = /^(.+)\/(\d+)$/.exec(entry);
    if (cidr) {
      const [, net, bits] = cidr as unknown as [string, string, string];
      if (!family || isIP(net) !== family) continue;
      const range = new BlockList();
      range.addSubnet(net, Number(bits), ipType);
      if (range.check(host, ipType)) return true;
      continue;
    }
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    const entryHost = (withPort?.[1] ?? entry).replace(/^\[(.*)\]$/, '$1');
    if (withPort && withPort[2] !== port) continue;
    const entryFamily = isIP(entryHost);
    if (entryFamily) {
      if (entryFamily !== family) continue;
      const address = new BlockList();
      address.addAddress(entryHost, ipType);
      if (address.check(host, ipType)) return true;
      continue;
    }
    const subdomainsOnly = entryHost.startsWith('.') || entryHost.startsWith('*.');
    const domain = entryHost.replace(/^\*?\./, '');
    if (host.endsWith(`.${domain}`) || (!subdomainsOnly && host === domain)) return true;
  }
  return false;
}
