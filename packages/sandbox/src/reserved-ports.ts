import { readFileSync, writeFileSync } from 'node:fs';
import type { Log } from './component';

const reservedPortsFile = '/proc/sys/net/ipv4/ip_local_reserved_ports';

/** "1000-1010,47100-47199" → the ranges, as [from, to] pairs. */
function ranges(list: string): Array<[number, number]> {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      return [from, to as number];
    });
}

/** The reserved-ports list with from..to added, or undefined when it is already reserved. */
export function withReservedRange(list: string, from: number, to: number): string | undefined {
  const current = ranges(list);
  if (current.some(([a, b]) => a <= from && to <= b)) return undefined;
  return [...current.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)), `${from}-${to}`].join(',');
}

/**
 * The sandbox's ports lie in the kernel's ephemeral range (32768–60999), so any client connection
 * on the machine (another sandbox's API server talking to its etcd) may take one of them as its
 * source port and hold it, and the component meant to listen there cannot bind it. Reserving the
 * block (net.ipv4.ip_local_reserved_ports) stops the kernel from handing its ports out; binding
 * them on purpose still works. Kept until reboot; where it cannot be written, a warning.
 */
export function reservePortBlock(from: number, to: number, log: Log, file = reservedPortsFile): void {
  try {
    const next = withReservedRange(readFileSync(file, 'utf8'), from, to);
    if (next === undefined) return;
    writeFileSync(file, next);
    log(`  reserved ports ${from}-${to} from the kernel's ephemeral range (${file})`);
  } catch (error) {
    log(
      `  warning: could not reserve ports ${from}-${to} (${error instanceof Error ? error.message : String(error)}): a client connection may take one`,
    );
  }
}
