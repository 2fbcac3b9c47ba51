import { BlockList, isIP } from 'node:net';

/**
 * Whose reading of NO_PROXY to follow. The tools disagree, and each of ours imitates one peer:
 * - `curl` (smoke and canary checks): entries split on commas or spaces; a leading dot is ignored,
 *   so `example.com` and `.example.com` both match the host and its subdomains; IP addresses and
 *   CIDR ranges match IP hosts; loopback is not exempt; ports are not read.
 * - `go` (the Kubernetes client, as kubectl): entries split on commas; `name` matches the host and
 *   its subdomains, `.name` or `*.name` subdomains only; any entry may carry `:port`; localhost
 *   and loopback addresses never go through a proxy.
 * (Everything else follows `@actions/http-client`'s own reading, through its `getProxyUrl`.)
 */
export type NoProxyDialect = 'curl' | 'go';

type NoProxyEntry =
  | { kind: 'any' }
  | { kind: 'range'; network: string; bits: number }
  | { kind: 'address'; address: string; port: string | undefined }
  | { kind: 'name'; domain: string; subdomainsOnly: boolean; port: string | undefined };

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');
const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** NO_PROXY's entries as `dialect` reads them (empty entries dropped). */
export function parseNoProxy(value: string, dialect: NoProxyDialect): NoProxyEntry[] {
  const entries: NoProxyEntry[] = [];
  for (const raw of value.split(dialect === 'curl' ? /[,\s]+/ : ',')) {
    let entry = raw.trim().toLowerCase();
    if (dialect === 'curl') entry = entry.replace(/^\./, '');
    if (!entry) continue;
    if (entry === '*') {
      entries.push({ kind: 'any' });
      continue;
    }
    const cidr = /^(.+)\/(\d+)$/.exec(entry);
    const network = cidr ? unbracket(cidr[1] as string) : '';
    if (cidr && isIP(network)) {
      entries.push({ kind: 'range', network, bits: Number(cidr[2]) });
      continue;
    }
    const withPort = dialect === 'go' ? /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry) : null;
    const host = unbracket(withPort?.[1] ?? entry);
    const port = withPort?.[2];
    if (isIP(host)) entries.push({ kind: 'address', address: host, port });
    else if (dialect === 'curl') entries.push({ kind: 'name', domain: host, subdomainsOnly: false, port });
    else
      entries.push({
        kind: 'name',
        domain: host.replace(/^\*?\./, ''),
        subdomainsOnly: host.startsWith('.') || host.startsWith('*.'),
        port,
      });
  }
  return entries;
}

/** Whether a request to `hostname:port` skips the proxy under `noProxy`, read as `dialect` reads it. */
export function bypassesProxy(hostname: string, port: string, noProxy: string, dialect: NoProxyDialect): boolean {
  const host = unbracket(hostname.toLowerCase());
  const ip = isIP(host) !== 0;
  if (dialect === 'go' && (host === 'localhost' || (ip && inBlock(host, (b) => loopback(b))))) return true;
  return parseNoProxy(noProxy, dialect).some((entry) => {
    switch (entry.kind) {
      case 'any':
        return true;
      case 'range':
        return (
          ip &&
          isIP(entry.network) === isIP(host) &&
          inBlock(host, (b) => b.addSubnet(entry.network, entry.bits, family(host)))
        );
      case 'address':
        return (
          (entry.port === undefined || entry.port === port) &&
          ip &&
          isIP(entry.address) === isIP(host) &&
          inBlock(host, (b) => b.addAddress(entry.address, family(host)))
        );
      case 'name':
        return (
          (entry.port === undefined || entry.port === port) &&
          (host.endsWith(`.${entry.domain}`) || (!entry.subdomainsOnly && host === entry.domain))
        );
    }
  });
}

function loopback(block: BlockList): void {
  block.addSubnet('127.0.0.0', 8, 'ipv4');
  block.addAddress('::1', 'ipv6');
}

function inBlock(host: string, fill: (block: BlockList) => void): boolean {
  const block = new BlockList();
  fill(block);
  return block.check(host, family(host));
}
