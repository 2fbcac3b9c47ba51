import { describe, expect, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { osvDatabase } from '../../support/osv-database';
import { fixtureRepo } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { found, gate } from './gate-helpers';

jest.setTimeout(180_000);

/*
 * osv-scanner offline on lockfiles of five ecosystems (npm, PyPI requirements, Go; Maven's pom.xml
 * and Gradle's gradle.lockfile, both the Maven database; Cargo.lock, crates.io's), against a
 * local OSV database laid out as osv-scanner reads it (test/support/osv-database.ts).
 */

describe('osv-scanner on test/fixtures/scan/deps-*', () => {
  const maybe = withScanners('osv-scanner');

  maybe('finds exactly the advisories of the vulnerable versions, one per lockfile, at the package line', async () => {
    const { root } = fixtureRepo('deps-bad');
    const result = await gate(root, ['osv-scanner'], { osvDatabase: osvDatabase() });
    // CVSS 9.8 (minimist), 6.1 (requests); the Go database rates nothing: medium.
    expect(result.counts).toEqual({ 'osv-scanner': { critical: 1, medium: 2 } });
    expect(result.passed).toBe(false);
    expect(found(result)).toEqual([
      'GHSA-j8r2-6x86-q33q:medium:requirements.txt:1',
      'GHSA-xvch-5gv4-984h:critical:package-lock.json:14',
      'GO-2021-0113:medium:go.mod:5',
    ]);
    const minimist = result.findings.find((f) => f.ruleId === 'GHSA-xvch-5gv4-984h');
    expect(minimist?.message).toBe(
      'npm minimist 1.2.5: Prototype Pollution in minimist (CVE-2021-44906); fixed in 0.2.4, 1.2.6',
    );
    expect(minimist?.securitySeverity).toBe(9.8);
  });

  maybe('passes the clean twin: the fixed versions', async () => {
    const { root } = fixtureRepo('deps-clean');
    const result = await gate(root, ['osv-scanner'], { osvDatabase: osvDatabase() });
    expect(result.counts).toEqual({ 'osv-scanner': {} });
    expect(result.passed).toBe(true);
  });

  maybe('a missing, partial or corrupt database fails the gate: never a clean result', async () => {
    const { root } = fixtureRepo('deps-clean');
    await expect(gate(root, ['osv-scanner'])).rejects.toThrow(/Input 'osv-database'/);
    const empty = mkdtempSync(join(tmpdir(), 'slipway-osv-empty-'));
    await expect(gate(root, ['osv-scanner'], { osvDatabase: empty })).rejects.toThrow(/holds no osv-scalibr/);
    // The PyPI and Go databases absent: the requirements and go.mod cannot be checked.
    await expect(gate(root, ['osv-scanner'], { osvDatabase: osvDatabase(['npm']) })).rejects.toThrow(
      /osv-scanner failed \(exit 127\)/,
    );
    const corrupt = osvDatabase();
    const zip = join(corrupt, 'osv-scalibr', 'PyPI', 'all.zip');
    rmSync(zip);
    writeFileSync(zip, 'not a zip archive');
    await expect(gate(root, ['osv-scanner'], { osvDatabase: corrupt })).rejects.toThrow(
      /osv-scanner failed \(exit 127\): .*zip/,
    );
  });
});

/** Each JVM and Rust fixture: its lockfile, the findings and message the bad one plants. */
const ECOSYSTEMS: Array<{
  fixture: string;
  lockfile: string;
  counts: Record<string, number>;
  found: string[];
  message: string;
}> = [
  {
    // The version from a <properties> entry: osv-scanner's offline pom.xml reader interpolates it.
    fixture: 'deps-maven',
    lockfile: 'pom.xml',
    counts: { critical: 1 },
    found: ['GHSA-599f-7c49-w659:critical:pom.xml:16'],
    message:
      'Maven org.apache.commons:commons-text 1.9: Arbitrary code execution in Apache Commons Text (CVE-2022-42889); fixed in 1.10.0',
  },
  {
    fixture: 'deps-gradle',
    lockfile: 'gradle.lockfile',
    counts: { medium: 1, low: 1 },
    found: ['GHSA-5mg8-w23w-74h3:low:gradle.lockfile:5', 'GHSA-7g45-4rm6-3mm3:medium:gradle.lockfile:5'],
    message:
      'Maven com.google.guava:guava 31.1-jre: Guava vulnerable to insecure use of temporary directory (CVE-2023-2976); fixed in 32.0.0-android',
  },
  {
    // At the package's `name = "smallvec"`, not the dependency list that names it first.
    fixture: 'deps-cargo',
    lockfile: 'Cargo.lock',
    counts: { critical: 1 },
    found: ['RUSTSEC-2021-0003:critical:Cargo.lock:13'],
    message:
      'crates.io smallvec 1.6.0: Buffer overflow in SmallVec::insert_many (CVE-2021-25900, GHSA-43w2-9j62-hq99); fixed in 0.6.14, 1.6.1',
  },
];

describe.each(ECOSYSTEMS)(
  'osv-scanner on test/fixtures/scan/$fixture-* ($lockfile)',
  ({ fixture, counts, found: expected, message }) => {
    const maybe = withScanners('osv-scanner');

    maybe('finds exactly the advisories of the vulnerable version, at the line declaring the package', async () => {
      const { root } = fixtureRepo(`${fixture}-bad`);
      const result = await gate(root, ['osv-scanner'], { osvDatabase: osvDatabase() });
      expect(result.counts).toEqual({ 'osv-scanner': counts });
      expect(result.passed).toBe(false);
      expect(found(result)).toEqual(expected);
      expect(result.findings.map((f) => f.message)).toContain(message);
    });

    maybe('passes the clean twin: the fixed version', async () => {
      const { root } = fixtureRepo(`${fixture}-clean`);
      const result = await gate(root, ['osv-scanner'], { osvDatabase: osvDatabase() });
      expect(result.counts).toEqual({ 'osv-scanner': {} });
      expect(result.passed).toBe(true);
    });

    maybe('without its ecosystem in the database the gate fails: never a clean result', async () => {
      const { root } = fixtureRepo(`${fixture}-clean`);
      await expect(gate(root, ['osv-scanner'], { osvDatabase: osvDatabase(['npm']) })).rejects.toThrow(
        /osv-scanner failed \(exit 127\)/,
      );
    });
  },
);
