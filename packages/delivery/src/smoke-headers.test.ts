import { describe, expect, it } from '@jest/globals';
import { parseConfig } from './load-config';
import { planDelivery } from './plan-delivery';
import type { PlanRequest } from './plan-request';

const request = (over: Partial<PlanRequest> = {}): PlanRequest => ({
  environment: 'prod',
  image: 'ghcr.io/acme/web:2',
  stages: ['deploy', 'smoke'],
  owner: 'run 1.1 (deliver)',
  prometheusToken: undefined,
  slack: undefined,
  env: { SMOKE_TOKEN: 'smoke-secret-1', TENANT: 'acme' },
  ...over,
});
const file = (smoke: string) => `release: web
chart: ./chart
environments:
  prod:
    namespace: shop
    url: https://shop.example.com
${smoke}`;
const checks = `    smoke:
      checks:
        - path: /health
        - path: /orders
          headers:
            Authorization: "Bearer {{ env.SMOKE_TOKEN }}"
            X-Tenant: "{{ env.TENANT }}-eu"
            Accept: application/json
`;
const plan = async (text: string, over: Partial<PlanRequest> = {}) =>
  planDelivery(await parseConfig(text, 'slipway.yml', '/repo'), request(over));

describe("slipway.yml smoke checks' headers: {{ env.NAME }} filled from the step's environment, as the canary's", () => {
  it('fills the variables, keeps literal values as written, and lists the filled values as secrets', async () => {
    const planned = await plan(file(checks));
    expect(planned.smoke?.checks.map((c) => c.headers)).toEqual([
      {},
      { Authorization: 'Bearer smoke-secret-1', 'X-Tenant': 'acme-eu', Accept: 'application/json' },
    ]);
    // Masked by the action and redacted from the smoke report: the filled values and the bearer token alone.
    expect(planned.secrets).toEqual(['Bearer smoke-secret-1', 'smoke-secret-1', 'acme-eu']);
    expect(planned.smoke?.options.secrets).toEqual(planned.secrets);
  });

  it('refuses an unset variable in one line naming the key, before anything runs; the value is never shown', async () => {
    await expect(plan(file(checks), { env: { TENANT: 'acme' } })).rejects.toThrow(
      /^slipway\.yml:12:28: environments\.prod\.smoke\.checks\[1\]\.headers\.Authorization: expected the environment variable SMOKE_TOKEN to be set \(from a secret, in the step's env:\), got nothing$/,
    );
    // Own variables only, as the canary's: "{{ env.constructor }}" names none.
    await expect(plan(file(checks.replace('env.TENANT', 'env.constructor')))).rejects.toThrow(
      /checks\[1\]\.headers\.X-Tenant: expected the environment variable constructor to be set/,
    );
    await expect(plan(file(checks.replace('{{ env.TENANT }}', '{{ TENANT }}')))).rejects.toThrow(
      /checks\[1\]\.headers\.X-Tenant: expected a value naming an environment variable, such as "Bearer \{\{ env\.GATE_TOKEN \}\}" .*, and only \{\{ env\.NAME \}\} placeholders, got "\{\{ TENANT \}\}-eu"/,
    );
  });

  it('a file-wide smoke section: the key named under smoke, not the environment', async () => {
    const text = file('').replace('environments:', checks.replace(/^ {4}/gm, '') + 'environments:');
    expect((await plan(text)).smoke?.checks[1]?.headers['Authorization']).toBe('Bearer smoke-secret-1');
    await expect(plan(text, { env: {} })).rejects.toThrow(
      /^slipway\.yml:\d+:\d+: smoke\.checks\[1\]\.headers\.Authorization: expected the environment variable SMOKE_TOKEN to be set/,
    );
  });

  it("the canary's smoke checks at every step get the same filled headers, redacted from their results", async () => {
    const canary = `    canary:
      smoke-base-url: http://{{ canary }}.shop.svc:8080
${checks}`;
    const planned = await plan(file(canary), { stages: ['canary'] });
    expect(planned.canary?.smokeChecks?.[1]?.headers).toMatchObject({ Authorization: 'Bearer smoke-secret-1' });
    expect(planned.canary?.smokeChecks?.[1]?.url.href).toBe('http://web-canary.shop.svc:8080/orders');
    expect(planned.canary?.smokeSecrets).toEqual(['Bearer smoke-secret-1', 'smoke-secret-1', 'acme-eu']);
    expect(planned.secrets).toEqual(planned.canary?.smokeSecrets);
  });
});
