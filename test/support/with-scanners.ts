import { it } from '@jest/globals';
import type { TOOL_VERSIONS } from '@slipway/scan';
import { hasScanner } from './scanners';

// Apart from scanners.ts so that the benchmarks can use that one outside Jest.
/**
 * `it` when the scanners are installed, else `it.skip` — except under CI (CI=true), where a
 * missing scanner must fail the test rather than hide behind a skip.
 */
export function withScanners(...tools: Array<keyof typeof TOOL_VERSIONS>): typeof it | typeof it.skip {
  return process.env['CI'] || tools.every(hasScanner) ? it : it.skip;
}
