import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { figuresDir } from './secret-scan.mjs';

/** A fault test calls this once its assertions held: `npm run bench` counts faults survived. */
export function faultSurvived(fault: string): void {
  const slug = fault.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  writeFileSync(join(figuresDir(), `fault-${slug}.json`), JSON.stringify({ fault, at: new Date().toISOString() }));
}
