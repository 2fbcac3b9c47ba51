import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/run-action';
import { TestServer } from '../support/test-server';

/**
 * The root action's bundle (dist/slipway) with slipway.yml's smoke checks sending headers that
 * name environment variables ({{ env.NAME }}): filled from the step's environment, masked, sent;
 * an unset variable is one line naming the key, before any request.
 */
const server = new TestServer();
const SECRET = 'smoke-token-8f1c2e';

const config = () => `release: web
chart: ./chart
environments:
  staging:
    namespace: shop
    url: ${server.url}
    smoke:
      checks:
        - path: /orders
          headers:
            Authorization: "Bearer {{ env.SMOKE_TOKEN }}"
            Accept: application/json
          expect: { status: 200 }
`;

const deliver = (env: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-smoke-headers-'));
  writeFileSync(join(dir, 'slipway.yml'), config());
  return runAction(
    'slipway',
    { environment: 'staging', stages: 'smoke' },
    { env: { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7', ...env } },
  );
};

beforeAll(async () => {
  server.route('/orders', (req, res) =>
    res.writeHead(req.headers.authorization === `Bearer ${SECRET}` ? 200 : 401).end('ok'),
  );
  await server.start();
});
afterAll(() => server.stop());

describe("dist/slipway: smoke checks' headers from the step's environment", () => {
  it('sends the filled value and the literal one, masks the filled value and its token', async () => {
    const run = await deliver({ SMOKE_TOKEN: SECRET });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'succeeded', 'smoke-passed': 'true' });
    expect(server.requests.map((r) => [r.url, r.headers.authorization, r.headers.accept])).toEqual([
      ['/orders', `Bearer ${SECRET}`, 'application/json'],
    ]);
    expect(run.stdout).toContain(`::add-mask::Bearer ${SECRET}`);
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    expect(run.stdout).not.toContain('::add-mask::application/json');
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr + run.summary).not.toContain(SECRET);
  });

  it('a variable the step does not set: one line naming the key, no request', async () => {
    const before = server.requests.length;
    const run = await deliver({});
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::slipway.yml:11:28: environments.staging.smoke.checks[0].headers.Authorization: expected the environment variable SMOKE_TOKEN to be set (from a secret, in the step's env:), got nothing`,
    ]);
    expect(server.requests.length).toBe(before);
  });
});
