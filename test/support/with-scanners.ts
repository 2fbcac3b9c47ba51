import { it } from '@jest/globals';
import type { TOOL_VERSIONS } from '@slipway/scan';
import { hasScanner } from './scanners';

// Apart from scanners.ts so that the benchmarks can use that one outside Jest.
/**
 * `it` when what the tests need is installed, else `it.skip` — except under CI (CI=true), where
 * a missing tool must fail the test rather than hide behind a skip.
 */
export function whenInstalled(installed: boolean): typeof it | typeof it.skip {
  return process.env['CI'] || installed ? it : it.skip;
}

/** whenInstalled for the pinned scanners scripts/install-scanners.sh installs. */
export function withScanners(...tools: Array<keyof typeof TOOL_VERSIONS>): typeof it | typeof it.skip {
  return whenInstalled(tools.every(hasScanner));
}
