import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/run-action';
import { json, TestServer } from '../support/test-server';

/**
 * The root action's bundle (dist/slipway) with slipway.yml's canary gates, web metrics and load:
 * each kind of mistake is one line naming the file, line, path and expectation, before any
 * request, helm run or state; a header value is never shown.
 */
const hooks = new TestServer();
const SECRET = 'literal-s3cr3t-value';

const config = () => `release: web
chart: ./chart
environments:
  production:
    namespace: shop
    canary:
      interval: 1s
      count: 2
      gates:
        - name: ticket
          type: pre-rollout
          url: ${hooks.url}/gate
          headers: { Authorization: "Bearer {{ env.GATE_TOKEN }}" }
          on-failure: abort
      metrics:
        - name: errors
          provider: web
          url: ${hooks.url}/metric
          json-path: $.value
          headers: { DD-API-KEY: "{{ env.METRICS_KEY }}" }
          max: 0.01
      load:
        url: ${hooks.url}/load
        rps: 20
`;

const deliver = (text: string, env: Record<string, string> = { GATE_TOKEN: 'g', METRICS_KEY: 'm' }) => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-canary-contract-'));
  writeFileSync(join(dir, 'slipway.yml'), text);
  return runAction(
    'slipway',
    { environment: 'production', stages: 'canary', image: 'ghcr.io/acme/web:2' },
    { env: { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7', ...env } },
  );
};

beforeAll(async () => {
  for (const path of ['/gate', '/metric', '/load']) hooks.route(path, (_req, res) => json(res, 200, { value: 0 }));
  await hooks.start();
});
afterAll(async () => {
  await hooks.stop();
});

describe('dist/slipway: the canary stage of slipway.yml refuses each kind of mistake before anything runs', () => {
  it.each([
    [
      'an unknown gate key',
      (c: string) => c.replace('on-failure: abort', 'on-failure: abort\n          retries: 3'),
      'slipway.yml:15:20: environments.production.canary.gates[0].retries: expected no key "retries" here (known keys: name, type, url, method, headers, timeout, expect, on-failure, metadata)',
    ],
    [
      "a gate value the canary's parser refuses",
      (c: string) => c.replace('on-failure: abort', 'timeout: 20m'),
      'slipway.yml:10:11: environments.production.canary.gates[0]: expected a "timeout" from 100ms to 10m such as "10s" for gate "ticket", got "20m"',
    ],
    [
      'a web metric without a usable json-path',
      (c: string) => c.replace('json-path: $.value', 'json-path: $..value'),
      'slipway.yml:16:11: environments.production.canary.metrics[0]: expected a "json-path" to the number such as "$.data.value" for metric "errors", got "$..value"',
    ],
    [
      'load above the rate the generator takes',
      (c: string) => c.replace('rps: 20', 'rps: 200000'),
      'slipway.yml:24:14: environments.production.canary.load.rps: expected an integer from 1 to 100000, got 200000',
    ],
    [
      'a header value holding the secret itself',
      (c: string) => c.replace('{{ env.METRICS_KEY }}', SECRET),
      `slipway.yml:20:34: environments.production.canary.metrics[0].headers.DD-API-KEY: expected a value naming an environment variable, such as "Bearer {{ env.GATE_TOKEN }}" (slipway.yml is committed: set the variable from a secret in the step's env:), got a literal value (not shown)`,
    ],
  ])('%s', async (_kind, edit, message) => {
    const run = await deliver(edit(config()));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([`::error title=Configuration error::${message}`]);
    expect(run.stdout + run.stderr + run.summary).not.toContain(SECRET);
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
    expect(hooks.requests).toHaveLength(0);
  });

  it('a header naming a variable the step does not set', async () => {
    const run = await deliver(config(), { METRICS_KEY: 'm' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::slipway.yml:13:37: environments.production.canary.gates[0].headers.Authorization: expected the environment variable GATE_TOKEN to be set (from a secret, in the step's env:), got nothing`,
    ]);
    expect(hooks.requests).toHaveLength(0);
  });
});
