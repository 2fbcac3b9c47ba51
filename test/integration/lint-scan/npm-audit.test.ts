import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransientError } from '@slipway/kit';
import { NpmRegistryFake, type NpmRegistryData } from '../../support/npm-registry-fake';
import { repoRoot } from '../../support/run-action';
import { fixtureRepo, scannerPath } from '../../support/scanners';
import { gate } from './gate-helpers';

jest.setTimeout(120_000);

/**
 * The real `npm audit` (the npm on PATH) through the real npm-audit adapter and the gate. The
 * public registry's advisories endpoint answers 405 to this machine (POST not allowed), so npm is
 * pointed with `--registry` (the adapter's `npmRegistry`) at NpmRegistryFake, which serves the
 * bulk advisory contract and the packument with the planted advisories of
 * test/fixtures/scan/npm-registry.json.
 */
const data = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'scan', 'npm-registry.json'), 'utf8'));
const registry = new NpmRegistryFake(data as NpmRegistryData);
beforeAll(() => registry.start());
afterAll(() => registry.stop());
afterEach(() => {
  expect(registry.violations).toEqual([]);
  registry.requests.length = 0;
});

/** npm's own cache is fresh per run, so every test asks the registry. */
const env = (extra: NodeJS.ProcessEnv = {}) => ({
  ...process.env,
  PATH: scannerPath(),
  npm_config_cache: mkdtempSync(join(tmpdir(), 'slipway-npm-cache-')),
  ...extra,
});
const audit = (root: string, extra: Parameters<typeof gate>[2] = {}) =>
  gate(root, ['npm-audit'], { npmRegistry: registry.url, env: env(), ...extra });
const bulkRequests = () => registry.requests.filter((r) => r.path === '/-/npm/v1/security/advisories/bulk');

describe('npm-audit (real npm) against the bulk advisory endpoint', () => {
  it('reports the critical advisory of minimist 1.2.5 at its lockfile entry; the gate fails', async () => {
    const { root } = fixtureRepo('npm-bad');
    const result = await audit(root);
    expect(result.counts).toEqual({ 'npm-audit': { critical: 1 } });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'GHSA-xvch-5gv4-984h',
      file: 'package-lock.json',
      line: 14,
      severity: 'critical',
      verdict: 'failing',
    });
    expect(result.passed).toBe(false);
    const [bulk] = bulkRequests();
    expect(bulkRequests()).toHaveLength(1);
    expect(bulk?.headers['content-encoding']).toBe('gzip');
    expect(bulk?.headers['npm-command']).toBe('audit');
    expect(bulk?.bulk).toEqual({ minimist: ['1.2.5'] });
    expect(registry.requests.filter((r) => r.path === '/minimist')).toHaveLength(1);
  });

  it('counts both advisories of minimist 1.2.0 by severity: critical 1, medium 1', async () => {
    const { root, commit } = fixtureRepo('npm-bad');
    const lock = join(root, 'package-lock.json');
    writeFileSync(lock, readFileSync(lock, 'utf8').replace('"version": "1.2.5"', '"version": "1.2.0"'));
    commit('minimist 1.2.0');
    const result = await audit(root, { failOn: 'critical' });
    expect(result.counts).toEqual({ 'npm-audit': { critical: 1, medium: 1 } });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.verdict]).sort()).toEqual([
      ['GHSA-vh95-rmgr-6w4m', 'medium', 'below-threshold'],
      ['GHSA-xvch-5gv4-984h', 'critical', 'failing'],
    ]);
    expect(result.failing).toBe(1);
    expect(bulkRequests()[0]?.bulk).toEqual({ minimist: ['1.2.0'] });
  });

  it('passes the clean twin (minimist 1.2.8): asked, no advisory answered', async () => {
    const { root } = fixtureRepo('npm-clean');
    const result = await audit(root);
    expect(result.counts).toEqual({ 'npm-audit': {} });
    expect(result.passed).toBe(true);
    expect(bulkRequests().map((r) => [r.bulk, r.status])).toEqual([[{ minimist: ['1.2.8'] }, 200]]);
  });

  it('a 405 from the endpoint (what the public registry answers here) is an error, never "clean"', async () => {
    const { root } = fixtureRepo('npm-clean');
    registry.fail(405);
    await expect(audit(root)).rejects.toThrow(
      new RegExp(
        String.raw`^npm audit got no advisories from the registry \(405 Method Not Allowed - POST ` +
          String.raw`http://127\.0\.0\.1:\d+/-/npm/v1/security/advisories/bulk\); the dependencies were not checked$`,
      ),
    );
  });

  it('a 503 is a transient error naming the status, with the planted vulnerability not counted as clean', async () => {
    const { root } = fixtureRepo('npm-bad');
    registry.fail(503);
    const failure = await audit(root).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransientError);
    expect(String(failure)).toContain('(503 Service Unavailable - POST');
    expect(String(failure)).toContain('the dependencies were not checked');
    expect(bulkRequests().map((r) => r.status)).toEqual([503]); // npm does not retry the POST
  });
});
