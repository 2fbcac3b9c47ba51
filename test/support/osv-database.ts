import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-action';

/** The ecosystems test/fixtures/scan/osv-db holds records for. */
export const OSV_ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'Maven', 'crates.io'];

/**
 * A local OSV database laid out as osv-scanner 2.5.0 reads it offline
 * (<dir>/osv-scalibr/<ecosystem>/all.zip, OSV's per-ecosystem export), zipped (Python's zipfile)
 * from the real-format OSV records in test/fixtures/scan/osv-db, in `dir` or a fresh temporary one.
 */
export function osvDatabase(ecosystems = OSV_ECOSYSTEMS, dir = mkdtempSync(join(tmpdir(), 'slipway-osv-db-'))): string {
  for (const ecosystem of ecosystems) {
    const records = join(repoRoot, 'test', 'fixtures', 'scan', 'osv-db', ecosystem);
    mkdirSync(join(dir, 'osv-scalibr', ecosystem), { recursive: true });
    const zip = join(dir, 'osv-scalibr', ecosystem, 'all.zip');
    execFileSync('python3', ['-m', 'zipfile', '-c', zip, ...readdirSync(records)], { cwd: records });
  }
  return dir;
}
