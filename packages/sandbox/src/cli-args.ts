import type { Purpose } from './binaries';
import { maxClusters } from './ports';

export interface UpArgs {
  purpose: Purpose;
  /** --clusters N; absent: the purpose's own number (clustersFor). */
  clusters?: number;
}

/** Bad command-line arguments: the one line the CLI prints before anything starts. */
export class CliArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliArgsError';
  }
}

/** `--name value` or `--name=value`; undefined when the flag is absent. */
function flagValue(args: string[], name: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === name) return args[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** `up`'s arguments: --for test|demo and --clusters N (1..maxClusters); anything else is refused. */
export function parseUpArgs(args: string[]): UpArgs {
  const known = new Set(['--for', '--clusters']);
  for (const [i, arg] of args.entries()) {
    const name = arg.split('=')[0] as string;
    const isValue = i > 0 && known.has(args[i - 1] as string);
    if (!isValue && !known.has(name)) {
      throw new CliArgsError(`up: unknown argument ${JSON.stringify(arg)} (expected --for test|demo, --clusters N)`);
    }
  }
  const purpose = flagValue(args, '--for') ?? 'test';
  if (purpose !== 'test' && purpose !== 'demo') {
    throw new CliArgsError(`up --for: expected "test" or "demo", got ${JSON.stringify(purpose)}`);
  }
  const clusters = flagValue(args, '--clusters');
  if (clusters === undefined) return { purpose };
  const count = /^\d+$/.test(clusters) ? Number(clusters) : NaN;
  if (!(count >= 1 && count <= maxClusters)) {
    throw new CliArgsError(
      `up --clusters: expected a whole number from 1 to ${maxClusters}, got ${JSON.stringify(clusters)}`,
    );
  }
  return { purpose, clusters: count };
}

/** `refuse-ready <i> [--off]`: which cluster (1..clusters), and whether the rule goes on or off. */
export function parseRefuseReadyArgs(args: string[], clusters: number): { index: number; refuse: boolean } {
  const [index = '', ...rest] = args;
  const off = rest.length === 1 && rest[0] === '--off';
  const number = /^\d+$/.test(index) ? Number(index) : NaN;
  if (!(number >= 1 && number <= clusters) || (rest.length > 0 && !off)) {
    throw new CliArgsError(
      `refuse-ready: expected a cluster number from 1 to ${clusters} and optionally --off, got ${JSON.stringify(args.join(' '))}`,
    );
  }
  return { index: number, refuse: !off };
}
