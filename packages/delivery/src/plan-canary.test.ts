import { describe, expect, it } from '@jest/globals';
import { parseConfig } from './load-config';
import { planDelivery } from './plan-delivery';
import type { PlanRequest } from './plan-request';

const base = `release: web
chart: ./chart
environments:
  prod:
    namespace: shop
    canary:
      provider: gateway-api
      interval: 10s
      count: 4
`;
const request = (over: Partial<PlanRequest> = {}): PlanRequest => ({
  environment: 'prod',
  image: 'ghcr.io/acme/web:2',
  stages: ['canary'],
  owner: 'run 1.1 (deliver)',
  prometheusToken: undefined,
  slack: undefined,
  env: { GATE_TOKEN: 'gate-secret-1', METRICS_KEY: 'metrics-secret-2', LOAD_TOKEN: 'load-secret-3' },
  ...over,
});
const plan = async (canary: string, over: Partial<PlanRequest> = {}) =>
  planDelivery(await parseConfig(base + canary, 'slipway.yml', '/repo'), request(over)).canary;

const gates = `      gates:
        - name: ticket
          type: pre-rollout
          url: https://gate.example.com/ticket?ns={{ namespace }}
          headers: { Authorization: "Bearer {{ env.GATE_TOKEN }}" }
          timeout: 5s
          expect: { status: 200, json: { $.approved: true } }
        - name: approve
          type: confirm-promotion
          url: https://gate.example.com/approve
          method: GET
          on-failure: abort
        - { type: on-rollback, url: "https://hooks.example.com/{{ canary }}" }
`;
const webMetric = `      metrics:
        - name: errors
          provider: web
          url: https://metrics.example.com/q?service={{ canary }}
          json-path: $.series[0].value
          headers: { DD-API-KEY: "{{ env.METRICS_KEY }}" }
          max: 0.01
        - { name: load-errors, provider: load, value: error-rate, max: 0.05 }
`;
const load = `      load:
        url: http://{{ canary }}.{{ namespace }}.svc:8080/checkout
        method: POST
        body: { items: 1 }
        headers: { Authorization: "Token {{ env.LOAD_TOKEN }}" }
        rps: 40
        concurrency: 8
        expect: { status: 2xx }
`;

describe('slipway.yml canary: gates, web metrics and generated load as the canary action takes them', () => {
  it('maps gates with their defaults, headers filled from the environment', async () => {
    const canary = await plan(gates);
    expect(canary?.gates).toEqual([
      {
        name: 'ticket',
        type: 'pre-rollout',
        url: 'https://gate.example.com/ticket?ns={{ namespace }}',
        method: 'POST',
        headers: { Authorization: 'Bearer gate-secret-1' },
        timeoutMs: 5000,
        expect: expect.objectContaining({
          json: { '$.approved': true },
          status: [{ from: 200, to: 200, text: '200' }],
        }),
        onFailure: 'abort',
        metadata: {},
      },
      expect.objectContaining({ name: 'approve', type: 'confirm-promotion', method: 'GET', onFailure: 'abort' }),
      expect.objectContaining({ name: 'gate-3', type: 'on-rollback', onFailure: 'warn', timeoutMs: 10_000 }),
    ]);
  });

  it('maps a web metric and a load metric; Prometheus is not needed for them', async () => {
    const canary = await plan(webMetric + load);
    expect(canary?.prometheus).toBeUndefined();
    expect(canary?.metrics).toEqual([
      {
        name: 'errors',
        query: 'https://metrics.example.com/q?service={{ canary }}',
        min: undefined,
        max: 0.01,
        template: undefined,
        provider: 'web',
        web: {
          method: 'GET',
          headers: { 'DD-API-KEY': 'metrics-secret-2' },
          body: undefined,
          jsonPath: '$.series[0].value',
        },
      },
      { name: 'load-errors', query: 'error-rate', min: undefined, max: 0.05, template: undefined, provider: 'load' },
    ]);
  });

  it("maps the load as a smoke check at the canary's address, lasting the step's analysis", async () => {
    const canary = await plan(load);
    expect(canary?.load).toMatchObject({ rps: 40, concurrency: 8, durationMs: 40_000 });
    expect(canary?.load?.check).toMatchObject({
      method: 'POST',
      expect: { status: [{ from: 200, to: 299, text: '2xx' }] },
    });
    expect(canary?.load?.check.url.href).toBe('http://web-canary.shop.svc:8080/checkout');
    // The variable's value over the parser's own headers (content-type for a YAML body).
    expect(canary?.load?.check.headers).toEqual({
      'content-type': 'application/json',
      Authorization: 'Token load-secret-3',
    });
    expect((await plan(load.replace('        concurrency: 8\n', '        duration: 2m\n')))?.load?.durationMs).toBe(
      120_000,
    );
  });

  it('refuses a literal header value without showing it, and an unset variable, before anything runs', async () => {
    await expect(plan(gates.replace('Bearer {{ env.GATE_TOKEN }}', 'Bearer s3cr3t'))).rejects.toThrow(
      `slipway.yml:14:37: environments.prod.canary.gates[0].headers.Authorization: expected a value naming an environment variable, such as "Bearer {{ env.GATE_TOKEN }}" (slipway.yml is committed: set the variable from a secret in the step's env:), got a literal value (not shown)`,
    );
    await expect(plan(webMetric, { env: {} })).rejects.toThrow(
      `slipway.yml:15:34: environments.prod.canary.metrics[0].headers.DD-API-KEY: expected the environment variable METRICS_KEY to be set (from a secret, in the step's env:), got nothing`,
    );
  });

  it('reads only variables the environment has: {{ env.constructor }} names none', async () => {
    await expect(plan(gates.replace('env.GATE_TOKEN', 'env.constructor'))).rejects.toThrow(
      /gates\[0\]\.headers\.Authorization: expected the environment variable constructor to be set/,
    );
  });

  it("places the canary parsers' errors at the item that fails, in one line", async () => {
    await expect(plan(gates.replace('timeout: 5s', 'timeout: 20m'))).rejects.toThrow(
      'slipway.yml:11:11: environments.prod.canary.gates[0]: expected a "timeout" from 100ms to 10m such as "10s" for gate "ticket", got "20m"',
    );
    await expect(plan(gates.replace('on-failure: abort', 'on-failure: warn'))).rejects.toThrow(
      'slipway.yml:17:11: environments.prod.canary.gates[1]: expected "on-failure" of abort or pause for gate "approve", got "warn"',
    );
    await expect(plan(webMetric.replace('$.series[0].value', '$..value') + load)).rejects.toThrow(
      /^slipway\.yml:11:11: environments\.prod\.canary\.metrics\[0\]: expected a "json-path" to the number/,
    );
    await expect(plan(load.replace('rps: 40', 'rps: 200000'))).rejects.toThrow(
      'slipway.yml:15:14: environments.prod.canary.load.rps: expected an integer from 1 to 100000, got 200000',
    );
    await expect(plan(webMetric)).rejects.toThrow(
      'slipway.yml:7:7: environments.prod.canary.load: expected the load to generate (url, rps) when a metric has provider load',
    );
    // Names repeated across items: the list is the place.
    await expect(plan(gates.replace('name: approve', 'name: ticket'))).rejects.toThrow(
      'slipway.yml:11:9: environments.prod.canary.gates: expected unique gate names, got "ticket"',
    );
  });

  it('refuses unknown keys with their place (the schema)', async () => {
    await expect(plan(gates.replace('timeout: 5s', 'retries: 3'))).rejects.toThrow(
      /^slipway\.yml:15:20: environments\.prod\.canary\.gates\[0\]\.retries: expected no key "retries" here/,
    );
    await expect(plan(load.replace('rps: 40', 'rps: 40\n        qps: 40'))).rejects.toThrow(
      /^slipway\.yml:16:14: environments\.prod\.canary\.load\.qps: expected no key "qps" here/,
    );
  });
});
