import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '@slipway/kit';
import { loadConfig, parseConfig } from './load-config';

const fixture = new URL('../../../test/fixtures/slipway/slipway.yml', import.meta.url).pathname;
const minimal = 'release: web\nchart: ./chart\nenvironments:\n  staging:\n    namespace: staging\n';

const prod = (lines: string) =>
  `chart: ./chart\nservices:\n  - name: api\nenvironments:\n  production:\n    namespace: prod\n${lines}`;
const clusters = '    clusters:\n      - name: eu-1\n      - name: eu-2\n      - name: us-1\n';

async function failure(text: string): Promise<string> {
  const error = await parseConfig(text, 'slipway.yml', '/repo').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('loadConfig', () => {
  it('reads the fixture and keeps its folder for relative paths', async () => {
    const config = await loadConfig(fixture, 'test/fixtures/slipway/slipway.yml');
    expect(config.file.release).toBe('web');
    expect(Object.keys(config.file.environments)).toEqual(['staging', 'production']);
    expect(config.dir).toBe(join(fixture, '..'));
  });

  it('names the input and the file when it cannot be read', async () => {
    await expect(loadConfig('/nonexistent/slipway.yml', 'deploy/slipway.yml')).rejects.toThrow(
      `Input 'config': expected a readable slipway.yml, got "deploy/slipway.yml" (ENOENT)`,
    );
  });

  it('names the file, the line, the path inside it and what was expected', async () => {
    const text = `${minimal}  production:\n    namespace: prod\n    canary:\n      count: 0\n`;
    expect(await failure(text)).toBe(
      'slipway.yml:9:14: environments.production.canary.count: expected an integer from 1 to 100, got 0',
    );
  });

  it('points at the map a required key is missing from', async () => {
    expect(await failure('release: web\nenvironments:\n  staging: { namespace: s }\n')).toBe(
      'slipway.yml:1:1: chart: expected a text such as "./chart" (required)',
    );
  });

  it('names an unknown key with the keys it knows', async () => {
    expect(await failure(`${minimal}    smoke: { checkz: [] }\n`)).toMatch(
      /^slipway\.yml:6:22: environments\.staging\.smoke\.checkz: expected no key "checkz" here \(known keys: base-url, checks,/,
    );
  });

  it('lists a few more problems after the first', async () => {
    const message = await failure('release: Web\nchart: 3\nenvironments: {}\nextra: 1\nmore: 2\n');
    expect(message).toMatch(/^slipway\.yml:1:10: release: expected a text such as "web", got "Web" \(also: /);
    expect(message).toContain('; and 1 more)');
  });

  it('reports YAML syntax with its line', async () => {
    expect(await failure('release: web\nchart: [\n')).toMatch(/^slipway\.yml:\d+:\d+: expected valid YAML, /);
    expect(await failure('release: web\nrelease: api\n')).toMatch(
      /^slipway\.yml:2:1: expected valid YAML, Map keys must be unique/,
    );
  });

  it('refuses an empty file as a map it needs', async () => {
    expect(await failure('')).toBe('slipway.yml: (top level): expected a map, got nothing');
  });
});

describe('slipway.yml fleet checks', () => {
  it('accepts a fleet with waves naming every cluster once', async () => {
    const config = await parseConfig(prod(`${clusters}    waves: [[eu-1], [eu-2, us-1]]\n`), 'slipway.yml', '/r');
    expect(config.file.environments['production']?.waves).toEqual([['eu-1'], ['eu-2', 'us-1']]);
  });

  it('refuses a cluster in waves that is not declared, at its place', async () => {
    expect(await failure(prod(`${clusters}    waves: [[eu-1], [eu-2, us-1, us-2]]\n`))).toBe(
      'slipway.yml:11:34: environments.production.waves[1][2]: expected a cluster of environments.production.clusters (eu-1, eu-2, us-1), got "us-2"',
    );
  });

  it('refuses a cluster in two waves, and one in none', async () => {
    expect(await failure(prod(`${clusters}    waves: [[eu-1], [eu-1, us-1]]\n`))).toBe(
      'slipway.yml:11:22: environments.production.waves[1][0]: expected a cluster in no other wave, got "eu-1" (also: slipway.yml:11:12: environments.production.waves: expected every cluster in one wave (missing: eu-2))',
    );
  });

  it('refuses two ways of making waves', async () => {
    expect(await failure(prod(`${clusters}    max-parallel: 2\n    wave-percent: 50\n`))).toBe(
      'slipway.yml:12:19: environments.production.wave-percent: expected only one of waves, max-parallel, wave-percent (max-parallel is set too)',
    );
  });

  it('refuses a cluster declared twice', async () => {
    expect(await failure(prod(`${clusters}      - name: eu-2\n`))).toBe(
      'slipway.yml:11:15: environments.production.clusters[3].name: expected a name no other cluster of the environment has, got "eu-2"',
    );
  });

  it('refuses services with the same name, or the same release', async () => {
    const text = `chart: ./c\nservices:\n  - name: api\n  - name: web\n    release: api\n  - name: api\nenvironments:\n  p: { namespace: p }\n`;
    expect(await failure(text)).toBe(
      'slipway.yml:5:14: services[1].release: expected a release no other service has, got "api" (also: slipway.yml:6:11: services[2].name: expected a name no other service has, got "api")',
    );
  });

  it('refuses values for an environment that does not exist, and __proto__ finds nothing', async () => {
    const text = `chart: ./c\nservices:\n  - name: api\n    environments:\n      __proto__: { set: { a: 1 } }\nenvironments:\n  p: { namespace: p }\n`;
    expect(await failure(text)).toBe(
      'slipway.yml:5:18: services[0].environments.__proto__: expected one of the environments (p), got "__proto__"',
    );
  });

  it('refuses an image beside build settings, a service without any chart, and a top-level release', async () => {
    const text = `release: web\nservices:\n  - name: api\n    image: ghcr.io/acme/api:1\n    context: ./api\nenvironments:\n  p: { namespace: p }\n`;
    expect(await failure(text)).toBe(
      "slipway.yml:1:10: release: expected no top-level release with services (each service has its own, its name by default) (also: slipway.yml:3:5: services[0].chart: expected a chart (the service's own or a top-level chart) (required); slipway.yml:5:14: services[0].context: expected no build settings beside image (an image given from outside is not built))",
    );
  });

  it('still requires release and chart without services, before other problems', async () => {
    expect(await failure('environments:\n  p: { namespace: p, soak: soon }\n')).toBe(
      'slipway.yml:1:1: release: expected a text such as "web" (required) (also: slipway.yml:1:1: chart: expected a text such as "./chart" (required); slipway.yml:2:28: environments.p.soak: expected a text such as "30m", got "soon")',
    );
  });
});
