import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '@slipway/kit';
import { loadConfig, parseConfig } from './load-config';
import { planDelivery } from './plan-delivery';
import type { PlanRequest } from './plan-request';

const fixture = new URL('../../../test/fixtures/slipway/slipway.yml', import.meta.url).pathname;
const dir = join(fixture, '..');
const request = (over: Partial<PlanRequest> = {}): PlanRequest => ({
  environment: 'staging',
  image: 'ghcr.io/acme/web@sha256:' + 'a'.repeat(64),
  stages: undefined,
  owner: 'run 1.1 (deliver)',
  prometheusToken: undefined,
  slack: 'webhook',
  ...over,
});
const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('planDelivery', () => {
  it('staging: deploy, smoke against the environment url, notify; paths beside slipway.yml', async () => {
    const plan = planDelivery(await loadConfig(fixture), request());
    expect(plan.stages).toEqual(['deploy', 'smoke', 'notify']);
    expect(plan.deploy).toMatchObject({
      release: 'web',
      namespace: 'staging',
      chart: join(dir, '..', 'chart'),
      set: { replicaCount: 2, ingress: { host: 'staging.example.com' } },
      image: { repository: 'ghcr.io/acme/web', digest: 'sha256:' + 'a'.repeat(64) },
      timeoutMs: 120_000,
      checkImage: false,
      rollbackOnFailure: true,
    });
    expect(plan.smoke?.checks.map((c) => c.url.href)).toEqual(['https://staging.example.com/health']);
    expect(plan.smoke?.options).toMatchObject({ deadlineMs: 30_000, intervalMs: 500 });
    expect(plan.notify).toMatchObject({ channel: '#deploys', mentions: ['U0123ABCD'], failOnError: false });
    expect(plan.canary).toBeUndefined();
  });

  it('production: the canary deploys the image itself, then smoke sees the promoted release', async () => {
    const plan = planDelivery(await loadConfig(fixture), request({ environment: 'production' }));
    expect(plan.stages).toEqual(['canary', 'smoke', 'notify']);
    expect(plan.canary).toMatchObject({
      action: 'start',
      image: request().image,
      provider: 'nginx',
      steps: [
        { weight: 20, pauseMs: 30_000, manual: false },
        { weight: 50, pauseMs: 30_000, manual: false },
        { weight: 100, pauseMs: 0, manual: false },
      ],
      intervalMs: 10_000,
      count: 3,
      owner: 'run 1.1 (deliver)',
      target: { routeName: 'web', canaryService: 'web-canary', stableDeployment: 'web' },
      deploy: { release: 'web', namespace: 'production', image: undefined },
    });
    expect(plan.canary?.scaleDownStable).toBe(false);
    expect(plan.canary?.metrics.map((m) => m.name)).toEqual(['success']);
    expect(plan.canary?.prometheus?.url.href).toBe('http://prometheus.monitoring:9090/');
  });

  it('runs only the stages asked for; without canary a canary environment gets a plain deploy', async () => {
    const config = await loadConfig(fixture);
    expect(planDelivery(config, request({ environment: 'production', stages: ['deploy', 'smoke'] })).stages).toEqual([
      'deploy',
      'smoke',
    ]);
    expect(planDelivery(config, request({ stages: ['smoke'], image: undefined })).stages).toEqual(['smoke']);
    expect(planDelivery(config, request({ slack: undefined, stages: ['deploy', 'smoke'] })).stages).toEqual([
      'deploy',
      'smoke',
    ]);
  });

  it('refuses a stage the environment does not configure, naming the input', async () => {
    const config = await loadConfig(fixture);
    expect(messageOf(() => planDelivery(config, request({ stages: ['deploy', 'canary'] })))).toBe(
      `Input 'stages': expected stages that environment "staging" configures (canary: no canary), got "deploy, canary"`,
    );
  });

  it('names the environment input and the environments there are', async () => {
    expect(messageOf(() => planDelivery(loaded, request({ environment: 'qa' })))).toBe(
      `Input 'environment': expected one of the environments ${fixture} names (staging, production), got "qa"`,
    );
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'finds no environment %j in Object.prototype',
    (environment) => {
      expect(messageOf(() => planDelivery(loaded, request({ environment })))).toMatch(
        /^Input 'environment': expected one of the environments .* \(staging, production\)/,
      );
    },
  );

  it('needs the image for deploy and canary, and a Slack secret when notify is configured', async () => {
    expect(messageOf(() => planDelivery(loaded, request({ image: undefined })))).toMatch(
      /^Input 'image': expected the image/,
    );
    expect(messageOf(() => planDelivery(loaded, request({ slack: undefined })))).toMatch(
      /^Input 'slack-webhook-url': expected a Slack incoming webhook URL/,
    );
    expect(messageOf(() => planDelivery(loaded, request({ image: 'Not An Image' })))).toMatch(
      /^Input 'image': expected an image reference/,
    );
  });

  it('words the packages’ own checks with the file, line and path', async () => {
    const base = 'release: web\nchart: ./chart\nenvironments:\n  prod:\n    namespace: prod\n';
    const plan = async (extra: string, over: Partial<PlanRequest> = {}) =>
      planDelivery(await parseConfig(base + extra, 'slipway.yml', '/repo'), request({ environment: 'prod', ...over }));
    await expect(plan('    canary:\n      steps: "50, 20"\n')).rejects.toThrow(
      /^slipway\.yml:7:14: environments\.prod\.canary\.steps: expected weights strictly increasing \(20 after 50\)/,
    );
    await expect(plan('    canary:\n      metrics: [{ name: ok, query: "up" }]\n')).rejects.toThrow(
      /^slipway\.yml:7:17: environments\.prod\.canary\.metrics\[0\]: expected a "min" or "max" threshold for metric "ok"/,
    );
    await expect(plan('    canary:\n      provider: replicas\n      scale-down-stable: true\n')).rejects.toThrow(
      /^slipway\.yml:8:26: environments\.prod\.canary\.scale-down-stable: expected false with provider replicas/,
    );
    await expect(plan('    timeout: 2x\n')).rejects.toThrow(
      /^slipway\.yml:6:14: environments\.prod\.timeout: expected a text such as "5m"/,
    );
    await expect(plan('    timeout: 7h\n')).rejects.toThrow(
      'slipway.yml:6:14: environments.prod.timeout: expected a duration such as "90s", "2m" or "500ms", at most 6h, got "7h"',
    );
    await expect(
      plan('    smoke:\n      checks: [{ path: /health, method: FETCH }]\n', { slack: undefined }),
    ).rejects.toThrow(
      /^slipway\.yml:7:41: environments\.prod\.smoke\.checks\[0\]\.method: expected one of "GET", "HEAD",/,
    );
    await expect(
      plan('    url: https://p.example.com\n    smoke:\n      checks: [{ path: /h, expect: { status: 99x } }]\n', {
        slack: undefined,
      }),
    ).rejects.toThrow(
      /^slipway\.yml:8:15: environments\.prod\.smoke\.checks: check 1: 'expect\.status' expected a code/,
    );
    await expect(plan('    smoke:\n      checks: [/health]\n', { slack: undefined })).rejects.toThrow(
      "slipway.yml:7:15: environments.prod.smoke.checks: check 1: 'path' needs smoke.base-url or the environment's url (or use an absolute 'url')",
    );
  });

  it('a file with services: the one named, its values layered file → service → environment → service in environment', async () => {
    const text = `chart: ./chart
set: { a: file, b: file, c: file, d: file }
values-files: [file.yaml]
services:
  - name: api
    chart: ./charts/api
    values-files: [api.yaml]
    set: { b: service, c: service, d: service }
    environments:
      staging: { values-files: [api-staging.yaml], set: { d: service-in-env } }
  - name: web
environments:
  staging:
    namespace: staging
    values-files: [staging.yaml]
    set: { c: env, d: env }
`;
    const config = await parseConfig(text, 'slipway.yml', '/repo');
    const plan = planDelivery(config, request({ service: 'api', slack: undefined }));
    expect(plan.deploy).toMatchObject({
      release: 'api',
      chart: '/repo/charts/api',
      valuesFiles: ['/repo/file.yaml', '/repo/api.yaml', '/repo/staging.yaml', '/repo/api-staging.yaml'],
      set: { a: 'file', b: 'service', c: 'env', d: 'service-in-env' },
    });
    expect(planDelivery(config, request({ service: 'web', slack: undefined })).deploy).toMatchObject({
      release: 'web',
      chart: '/repo/chart',
    });
    expect(messageOf(() => planDelivery(config, request({ slack: undefined })))).toBe(
      'slipway.yml:5:3: services: expected one service for a one-step delivery (mode: plan and the fleet workflow deliver several), got 2 services',
    );
    expect(messageOf(() => planDelivery(config, request({ service: 'toString', slack: undefined })))).toBe(
      `Input 'service': expected one of the services slipway.yml names (api, web), got "toString"`,
    );
  });

  it('one cluster of the environment: its context, namespace and url (smoke base and deployment link)', async () => {
    const text = `release: web
chart: ./chart
environments:
  production:
    namespace: shop
    context: prod
    url: https://shop.example.com
    smoke: { checks: [{ name: health, path: /health }] }
    clusters:
      - { name: eu-1, namespace: shop-eu, context: eu, url: https://eu-1.shop.example.com }
      - { name: us-1 }
`;
    const config = await parseConfig(text, 'slipway.yml', '/repo');
    const at = (cluster: string | undefined) =>
      planDelivery(
        config,
        request({ environment: 'production', cluster, stages: ['deploy', 'smoke'], slack: undefined }),
      );
    const eu = at('eu-1');
    expect(eu).toMatchObject({ namespace: 'shop-eu', context: 'eu', environmentUrl: 'https://eu-1.shop.example.com' });
    expect(eu.deploy.namespace).toBe('shop-eu');
    expect(String(eu.smoke?.checks[0]?.url)).toBe('https://eu-1.shop.example.com/health');
    expect(at('us-1')).toMatchObject({
      namespace: 'shop',
      context: 'prod',
      environmentUrl: 'https://shop.example.com',
    });
    expect(at(undefined)).toMatchObject({ namespace: 'shop', context: 'prod' });
    expect(messageOf(() => at('ap-1'))).toBe(
      `Input 'cluster': expected one of the clusters of production in slipway.yml (eu-1, us-1), got "ap-1"`,
    );
  });
});

const loaded = await loadConfig(fixture);
