import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { parseConfig } from '../load-config';

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
