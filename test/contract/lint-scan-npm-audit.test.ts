import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NpmRegistryFake, type NpmRegistryData } from '../support/npm-registry-fake';
import { repoRoot, runAction } from '../support/run-action';
import { fixtureRepo, scannerPath } from '../support/scanners';

jest.setTimeout(120_000);

/** dist/lint-scan with `npm-registry` pointing the real npm audit at the bulk-advisory fake. */
const data = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'scan', 'npm-registry.json'), 'utf8'));
const registry = new NpmRegistryFake(data as NpmRegistryData);
beforeAll(() => registry.start());
afterAll(() => registry.stop());

const run = (fixture: string) =>
  runAction(
    'lint-scan',
    { scanners: 'npm-audit', path: fixtureRepo(fixture).root, 'npm-registry': registry.url, 'fail-on': 'high' },
    { env: { PATH: scannerPath(), npm_config_cache: mkdtempSync(join(tmpdir(), 'slipway-npm-cache-')) } },
  );

describe('dist/lint-scan npm-audit through npm-registry (Node 24)', () => {
  it('fails on the planted critical advisory, with the counts output and an annotation at the lockfile entry', async () => {
    const result = await run('npm-bad');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['counts'] as string)).toEqual({ 'npm-audit': { critical: 1 } });
    expect(result.errors).toEqual([
      '::error title=npm-audit%3A GHSA-xvch-5gv4-984h,file=package-lock.json,line=14::minimist <0.2.4 || >=1.0.0 <1.2.6: Prototype Pollution in minimist [npm-audit GHSA-xvch-5gv4-984h, critical]',
      '::error::1 findings at high or above: npm-audit',
    ]);
    expect(registry.violations).toEqual([]);
  });

  it('a registry that refuses the advisories request fails the step with its answer, no passed output', async () => {
    registry.fail(405);
    const result = await run('npm-clean');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^::error::npm audit got no advisories from the registry \(405 Method Not Allowed - POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk\); the dependencies were not checked$/,
    );
    expect(result.outputs['passed']).toBeUndefined();
  });
});
