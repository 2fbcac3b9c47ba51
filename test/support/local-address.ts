import { execFileSync } from 'node:child_process';

/** A non-loopback address that only this machine answers, on a veth pair this process made. */
export interface LocalAddress {
  ip: string;
  /** Deletes the pair (and with it the address). */
  remove(): void;
}

const ip = (args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/**
 * The API server refuses loopback addresses in EndpointSlices, so backends a gateway reaches
 * through one listen on an address of a veth pair made here (gVisor has no dummy links), from
 * 198.18.0.0/15 (RFC 2544, benchmark tests: never routed on the internet). An address of a local
 * interface is delivered through loopback: nothing leaves the machine. Named and numbered by
 * process id, so concurrent runs do not share one; needs CAP_NET_ADMIN.
 */
export function makeLocalAddress(): LocalAddress {
  const id = process.pid % 65536;
  const name = `slw${id}`;
  const address = `198.18.${id >> 8}.${id & 255}`;
  removeLink(`${name}a`); // left by an earlier run with the same process id
  try {
    ip(['link', 'add', `${name}a`, 'type', 'veth', 'peer', 'name', `${name}b`]);
    ip(['addr', 'add', `${address}/32`, 'dev', `${name}a`]);
    ip(['link', 'set', `${name}a`, 'up']);
    ip(['link', 'set', `${name}b`, 'up']);
  } catch (error) {
    removeLink(`${name}a`);
    throw new Error(`cannot make a local address on a veth pair (needs CAP_NET_ADMIN): ${String(error)}`, {
      cause: error,
    });
  }
  if (!ip(['route', 'get', address]).startsWith(`local ${address} `))
    throw new Error(`${address} on ${name}a is not delivered locally`);
  return { ip: address, remove: () => removeLink(`${name}a`) };
}

function removeLink(name: string): void {
  try {
    ip(['link', 'del', name]);
  } catch {
    // already gone
  }
}
