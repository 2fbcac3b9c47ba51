import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSIONS } from '@slipway/scan';
import { repoRoot } from './run-action';
import { scannerCache } from './scanners';

const source = join(repoRoot, 'scripts', 'grype-db');
const dir = join(scannerCache, `grype-db-${TOOL_VERSIONS.grype.version}`);

/** The sum scripts/install-scanners.sh stamps beside the builder: its sources, as they are now. */
function sourceSum(): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(source, file)));
  return hash.digest('hex');
}

/** True when scripts/install-scanners.sh has built scripts/grype-db from these very sources. */
export function hasGrypeDbBuilder(): boolean {
  const stamp = join(dir, 'source.sha256');
  return (
    existsSync(join(dir, 'bin', 'grype-db')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceSum()
  );
}

/**
 * A schema-v6 grype database (vulnerability.db and import.json) in `out`, built by the builder
 * scripts/install-scanners.sh compiled, from the GitHub advisory records in
 * test/fixtures/scan/grype-db. About a second; the builder itself is never compiled here.
 */
export function buildGrypeDatabase(out: string): string {
  if (!hasGrypeDbBuilder())
    throw new Error('no grype-db builder for these sources: run bash scripts/install-scanners.sh grype-db');
  execFileSync(join(dir, 'bin', 'grype-db'), [join(repoRoot, 'test', 'fixtures', 'scan', 'grype-db'), out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}
