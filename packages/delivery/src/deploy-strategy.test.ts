import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { parseConfig } from './load-config';
import { planDelivery } from './plan-delivery';
import type { PlanRequest } from './plan-request';

const request = (environment: string, service?: string): PlanRequest => ({
  environment,
  service,
  image: 'ghcr.io/acme/web:1',
  stages: ['deploy'],
  owner: 'run 1.1 (deliver)',
  prometheusToken: undefined,
  slack: undefined,
});

/** A fleet of api and web through staging and production, with `extra` lines where the markers are. */
const fleet = ({ top = '', api = '', web = '', webProd = '', staging = '', prod = '' }) =>
  `chart: ./chart\n${top}services:\n  - name: api\n${api}  - name: web\n${web}    environments:\n      production:\n        set: { a: 1 }\n${webProd}environments:\n  staging:\n    namespace: staging\n${staging}  production:\n    namespace: prod\n${prod}`;

const single = (top: string, env = '') =>
  `release: web\nchart: ./chart\n${top}environments:\n  staging:\n    namespace: staging\n${env}`;

const load = (text: string) => parseConfig(text, 'slipway.yml', '/repo');

async function refusal(text: string): Promise<string> {
  const error = await load(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('slipway.yml strategy: layered as values (top, service, environment, service in environment)', () => {
  it.each([
    ['nothing set: rolling', {}, 'web', 'production', 'rolling'],
    ['top level', { top: 'strategy: blue-green\n' }, 'api', 'staging', 'blue-green'],
    ['a service', { web: '    strategy: blue-green\n' }, 'web', 'staging', 'blue-green'],
    ['a service: not the other', { web: '    strategy: blue-green\n' }, 'api', 'staging', 'rolling'],
    [
      'an environment over its services',
      { web: '    strategy: blue-green\n', staging: '    strategy: rolling\n' },
      'web',
      'staging',
      'rolling',
    ],
    ['an environment: not the other', { prod: '    strategy: blue-green\n' }, 'api', 'staging', 'rolling'],
    [
      'a service in an environment over all',
      { prod: '    strategy: blue-green\n', webProd: '        strategy: rolling\n' },
      'web',
      'production',
      'rolling',
    ],
    [
      'a service in an environment: only there',
      { webProd: '        strategy: blue-green\n' },
      'web',
      'production',
      'blue-green',
    ],
  ])('%s', async (_, lines, service, environment, strategy) => {
    const plan = planDelivery(await load(fleet(lines)), request(environment, service));
    expect(plan.deploy.strategy).toBe(strategy);
    expect(plan.deploy.blueGreen === undefined).toBe(strategy === 'rolling');
  });

  it('blue-green switches the Service named after the release, or the route; keep-previous as helm-deploy reads it', async () => {
    const text = fleet({
      top: 'keep-previous: 0\n',
      web: '    strategy: blue-green\n    release: shop-web\n    route: web-route\n',
      webProd: '        keep-previous: 15m\n',
    });
    const config = await load(text);
    expect(planDelivery(config, request('staging', 'web')).deploy.blueGreen).toEqual({
      service: 'shop-web',
      route: 'web-route',
      keepPrevious: { kind: 'none' },
      smoke: undefined,
    });
    expect(planDelivery(config, request('production', 'web')).deploy.blueGreen).toEqual({
      service: 'shop-web',
      route: 'web-route',
      keepPrevious: { kind: 'for', ms: 900_000 },
      smoke: undefined,
    });
    const plain = planDelivery(await load(single('strategy: blue-green\n')), request('staging'));
    expect(plain.deploy.blueGreen).toEqual({ service: 'web', keepPrevious: { kind: 'until-next' }, smoke: undefined });
  });
});

describe('slipway.yml strategy refusals: one line, at the place in the file', () => {
  it.each([
    [
      'a strategy helm-deploy does not know',
      single('strategy: blue_green\n'),
      'slipway.yml:3:11: strategy: expected one of "rolling", "blue-green", got "blue_green"',
    ],
    [
      'blue-green beside a canary in the same environment',
      single('', '    strategy: blue-green\n    canary: { provider: nginx }\n'),
      'slipway.yml:6:15: environments.staging.strategy: expected strategy rolling in environment staging, which has a canary (a canary is its own strategy), got "blue-green"',
    ],
    [
      'a release too long for its colours',
      single('strategy: blue-green\n').replace('release: web', `release: ${'w'.repeat(48)}`),
      `slipway.yml:1:10: release: expected at most 47 characters with strategy blue-green (the colour releases add "-green"), got "${'w'.repeat(48)}"`,
    ],
    [
      "keep-previous over 6h, in helm-deploy's words",
      single('strategy: blue-green\nkeep-previous: 7h\n'),
      'slipway.yml:4:16: keep-previous: expected "until-next" (or 1), 0, or a duration up to 6h such as "15m", got "7h"',
    ],
    [
      'keep-previous a bare number',
      single('strategy: blue-green\nkeep-previous: 30\n'),
      'slipway.yml:4:16: keep-previous: expected "until-next" (or 1), 0, or a duration up to 6h such as "15m", got "30"',
    ],
    [
      'a route that is no HTTPRoute name',
      single('strategy: blue-green\nroute: Web_Route\n'),
      'slipway.yml:4:8: route: expected a text such as "web", got "Web_Route"',
    ],
    [
      'one route for several services',
      fleet({ prod: '    strategy: blue-green\n    route: shop\n' }),
      'slipway.yml:14:12: environments.production.route: expected a route under each service that has one (an HTTPRoute records one service\'s colour), got "shop"',
    ],
  ])('%s', async (_, text, message) => {
    expect(await refusal(text)).toBe(message);
  });

  it('a route or keep-previous where every deploy is rolling is refused, not ignored', async () => {
    expect(
      await refusal(fleet({ api: '    route: api\n    keep-previous: 0\n', web: '    strategy: blue-green\n' })),
    ).toBe(
      'slipway.yml:4:12: services[0].route: expected no value where every deploy is rolling (route and keep-previous are for strategy blue-green) (also: slipway.yml:5:20: services[0].keep-previous: expected no value where every deploy is rolling (route and keep-previous are for strategy blue-green))',
    );
    // A top-level keep-previous under a blue-green service somewhere is used: accepted.
    await expect(load(fleet({ top: 'keep-previous: 0\n', web: '    strategy: blue-green\n' }))).resolves.toBeDefined();
  });
});
