import { beforeAll, describe, expect, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllowList, type GateResult } from '@slipway/scan';
import { buildGrypeDatabase, hasGrypeDbBuilder, serveGrypeDatabase } from '../../support/grype-database';
import { fixtureRepo, hasScanner, scannerPath } from '../../support/scanners';
import { grypeRegistryEnv, pushScanImage, type ScanImageFixture } from '../../support/scan-images';
import { whenInstalled } from '../../support/with-scanners';
import { sandbox } from '../build-push/fixture';
import { found, gate } from './gate-helpers';

jest.setTimeout(600_000);

/**
 * grype on images in the sandbox's TLS registry, addressed by digest and pulled from the registry
 * (the local copies are removed after the push; grype gets no DOCKER_HOST), against a grype
 * database (schema v6) built here from the GitHub, Debian and NVD records in test/fixtures/scan/grype-db
 * by scripts/grype-db (grype's own database builder at the pinned grype version), which
 * scripts/install-scanners.sh compiles: the set-up only runs it.
 */
const work = mkdtempSync(join(tmpdir(), 'slipway-grype-'));
const tls = sandbox['SLIPWAY_REGISTRY_TLS'] as string;
const repo = `${tls}/issue-23-grype/image-${Date.now().toString(36)}`;
const images = { bad: '', clean: '', dpkgBad: '', dpkgClean: '' };
let database = '';

const pushImage = (fixture: ScanImageFixture, tag: string) => pushScanImage(fixture, repo, tag);

function grypeGate(ref: string, extra: Parameters<typeof gate>[2] = {}, db: string | undefined = database) {
  const { root } = fixtureRepo('image-bad');
  return gate(root, ['grype'], {
    image: { ref, ...(db ? { database: db } : {}), ignoreUnfixed: false },
    env: { ...grypeRegistryEnv(sandbox), PATH: scannerPath() },
    ...extra,
  });
}

/** The SARIF run of grype: results per rule and per level, as code scanning would read them. */
function sarifTally(result: GateResult) {
  const sarif = JSON.parse(readFileSync(result.sarifPath, 'utf8')) as {
    runs: Array<{
      tool: { driver: { name: string } };
      results: Array<{
        ruleId: string;
        level: string;
        locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
      }>;
    }>;
  };
  const run = sarif.runs.find((r) => r.tool.driver.name === 'grype');
  const byRule: Record<string, string> = {};
  const byLevel: Record<string, number> = {};
  for (const r of run?.results ?? []) {
    byRule[r.ruleId] = `${r.level}:${r.locations?.[0]?.physicalLocation.artifactLocation.uri}`;
    byLevel[r.level] = (byLevel[r.level] ?? 0) + 1;
  }
  return { byRule, byLevel };
}

describe('grype on an image by digest from the sandbox TLS registry', () => {
  const ready = hasScanner('grype') && hasGrypeDbBuilder();
  const maybe = whenInstalled(ready);

  beforeAll(() => {
    if (!process.env['CI'] && !ready) return;
    database = buildGrypeDatabase(join(work, 'db'));
    images.bad = pushImage('image-bad', 'bad');
    images.clean = pushImage('image-clean', 'clean');
    images.dpkgBad = pushImage('image-dpkg-bad', 'dpkg-bad');
    images.dpkgClean = pushImage('image-dpkg-clean', 'dpkg-clean');
  });

  maybe('finds exactly the advisories of the vulnerable packages in the image, in SARIF', async () => {
    const result = await grypeGate(images.bad);
    expect(result.counts).toEqual({ grype: { critical: 1, high: 2, medium: 1 } });
    expect(result.passed).toBe(false);
    expect(found(result)).toEqual([
      'GHSA-29mw-wpgm-hmr9:medium:app/node_modules/lodash/package.json:undefined',
      'GHSA-2p57-rm9w-gvfp:high:app/node_modules/ip/package.json:undefined',
      'GHSA-35jh-r3h4-6jhm:high:app/node_modules/lodash/package.json:undefined',
      'GHSA-xvch-5gv4-984h:critical:app/node_modules/minimist/package.json:undefined',
    ]);
    expect(sarifTally(result)).toEqual({
      byRule: {
        'GHSA-29mw-wpgm-hmr9': 'warning:app/node_modules/lodash/package.json',
        'GHSA-2p57-rm9w-gvfp': 'error:app/node_modules/ip/package.json',
        'GHSA-35jh-r3h4-6jhm': 'error:app/node_modules/lodash/package.json',
        'GHSA-xvch-5gv4-984h': 'error:app/node_modules/minimist/package.json',
      },
      byLevel: { error: 3, warning: 1 },
    });
    const minimist = result.findings.find((f) => f.ruleId === 'GHSA-xvch-5gv4-984h');
    expect(minimist?.message).toBe(
      `npm minimist 1.2.5 in ${images.bad}: Prototype Pollution in minimist (CVE-2021-44906); fixed in 1.2.6`,
    );
    expect(minimist?.securitySeverity).toBe(9.8);
    expect(result.runs[0]?.version).toBe('0.121.3');
  });

  maybe(
    'fail-on, ignore-unfixed (the advisory with no fixed version left out) and the allow list, as for every scanner',
    async () => {
      const result = await grypeGate(images.bad, { failOn: 'critical' });
      expect(result.failing).toBe(1);
      const fixedOnly = await grypeGate(images.bad, {
        image: { ref: images.bad, database, ignoreUnfixed: true },
        allow: parseAllowList(
          [{ rule: 'GHSA-xvch-5gv4-984h', tool: 'grype', reason: 'not reachable', expires: '2026-12-31' }],
          'allow',
        ),
        failOn: 'high',
      });
      expect(found(fixedOnly).map((f) => f.split(':')[0])).toEqual([
        'GHSA-29mw-wpgm-hmr9',
        'GHSA-35jh-r3h4-6jhm',
        'GHSA-xvch-5gv4-984h',
      ]);
      expect(fixedOnly.findings.map((f) => `${f.ruleId}:${f.verdict}`).sort()).toEqual([
        'GHSA-29mw-wpgm-hmr9:below-threshold',
        'GHSA-35jh-r3h4-6jhm:failing',
        'GHSA-xvch-5gv4-984h:allowed',
      ]);
    },
  );

  maybe('a baseline of the findings lets the same image pass: fingerprints survive a rebuild', async () => {
    const baselineFile = join(work, 'baseline.json');
    await grypeGate(images.bad, { writeBaseline: baselineFile });
    const { parseBaseline } = await import('@slipway/scan');
    const rebuilt = pushImage('image-bad', 'bad-again');
    const result = await grypeGate(rebuilt, {
      baseline: parseBaseline(readFileSync(baselineFile, 'utf8'), 'baseline'),
    });
    expect(result.findings.map((f) => f.verdict)).toEqual(['baselined', 'baselined', 'baselined', 'baselined']);
    expect(result.passed).toBe(true);
  });

  maybe('passes the clean twin: the fixed versions', async () => {
    const result = await grypeGate(images.clean);
    expect(result.counts).toEqual({ grype: {} });
    expect(result.passed).toBe(true);
  });

  maybe(
    "finds exactly the Debian CVEs of the image's package database (/var/lib/dpkg/status, Debian 12 by /etc/os-release)",
    async () => {
      const result = await grypeGate(images.dpkgBad);
      // Debian's tracker rates neither CVE: libssl3's takes NVD's CVSS 5.5 (its record in the
      // database), jq's is rated nowhere: medium, never let through as unrated.
      expect(result.counts).toEqual({ grype: { medium: 2 } });
      expect(found(result)).toEqual([
        'CVE-2024-0727:medium:var/lib/dpkg/status:undefined',
        'CVE-2025-48060:medium:var/lib/dpkg/status:undefined',
      ]);
      expect(sarifTally(result)).toEqual({
        byRule: { 'CVE-2024-0727': 'warning:var/lib/dpkg/status', 'CVE-2025-48060': 'warning:var/lib/dpkg/status' },
        byLevel: { warning: 2 },
      });
      const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f]));
      // libssl3 is openssl's binary package: matched through its Source: field.
      expect(byRule['CVE-2024-0727']?.message.replace(images.dpkgBad, '<image>')).toMatch(
        /^deb libssl3 3\.0\.11-1~deb12u2 in <image>: Issue summary: Processing a maliciously formatted PKCS12 file .*; fixed in 3\.0\.13-1~deb12u1$/,
      );
      expect(byRule['CVE-2024-0727']?.securitySeverity).toBe(5.5);
      expect(byRule['CVE-2025-48060']?.message).toMatch(/^deb jq 1\.6-2\.1 in .*; fixed in 1\.6-2\.1\+deb12u1$/);
      expect(byRule['CVE-2025-48060']?.helpUri).toBe('https://security-tracker.debian.org/tracker/CVE-2025-48060');
      // The threshold as for every scanner: nothing at high, both at medium.
      expect((await grypeGate(images.dpkgBad, { failOn: 'high' })).passed).toBe(true);
      expect((await grypeGate(images.dpkgBad, { failOn: 'medium' })).failing).toBe(2);
    },
  );

  maybe("passes the Debian image's clean twin: libssl3 3.0.13-1~deb12u1 and jq 1.6-2.1+deb12u1", async () => {
    const result = await grypeGate(images.dpkgClean);
    expect(result.counts).toEqual({ grype: {} });
    expect(result.passed).toBe(true);
  });

  maybe('the database as an archive, locally or from a mirror URL pinned by its SHA-256', async () => {
    const mirror = await serveGrypeDatabase(database, join(work, 'grype-db.tar.gz'));
    try {
      for (const db of [mirror.archive, mirror.pinned]) {
        const result = await grypeGate(images.bad, {}, db);
        expect(result.counts).toEqual({ grype: { critical: 1, high: 2, medium: 1 } });
      }
      await expect(grypeGate(images.bad, {}, `${mirror.url}?checksum=sha256:${'0'.repeat(64)}`)).rejects.toThrow(
        /^grype cannot import the database http:.*checksum/,
      );
    } finally {
      await mirror.close();
    }
  });

  maybe('a missing, absent or corrupt database fails the gate with one line: never a clean result', async () => {
    const oneLine = async (run: Promise<GateResult>, pattern: RegExp) => {
      const error = (await run.then(
        () => undefined,
        (e: unknown) => e,
      )) as Error | undefined;
      expect(error?.message).toMatch(pattern);
      expect(error?.message).not.toContain('\n');
    };
    await oneLine(grypeGate(images.clean, {}, ''), /^Input 'grype-database': grype runs offline only/);
    await oneLine(grypeGate(images.clean, {}, join(work, 'nowhere.db')), /^Input 'grype-database': .* does not exist$/);
    const empty = mkdtempSync(join(work, 'empty-'));
    await oneLine(grypeGate(images.clean, {}, empty), /^Input 'grype-database': .* holds no vulnerability.db$/);
    const corrupt = join(mkdtempSync(join(work, 'corrupt-')), 'vulnerability.db');
    writeFileSync(corrupt, 'not a sqlite database\n');
    await oneLine(grypeGate(images.clean, {}, corrupt), /^grype cannot import the database .*vulnerability\.db: /);
    const truncated = mkdtempSync(join(work, 'truncated-'));
    mkdirSync(truncated, { recursive: true });
    writeFileSync(
      join(truncated, 'vulnerability.db'),
      readFileSync(join(database, 'vulnerability.db')).subarray(0, 8192),
    );
    await oneLine(grypeGate(images.clean, {}, truncated), /^grype (cannot import|rejects) the database /);
  });
});
