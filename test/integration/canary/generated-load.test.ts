import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { json, TestServer } from '../../support/test-server';
import { exec } from '../sandbox/sandbox-helpers';
import { canaryWeight, liveImage, releases, TIMEOUT } from './canary-suite';
import { canaryImage, kubectl, nginxCanary, stableImage, stableWeb } from './nginx-canary';

/**
 * Generated load during the analysis (issue 25) on the sandbox cluster. kwok's pods answer no
 * HTTP, so a local server stands in for the canary's Service: the load goes to it, and a web
 * metric reads how many requests it saw in the last interval — the samples exist only because
 * the load made them, as Prometheus's would for a service without real traffic.
 */
const canary = new TestServer();
/** Each namespace's canary answer status, and the requests it saw since the metric last asked. */
const status = new Map<string, number>();
const seen = new Map<string, number>();

beforeAll(async () => {
  canary.route('/api', (req, res) => {
    const ns = new URL(req.url ?? '/', canary.url).searchParams.get('ns') ?? '';
    seen.set(ns, (seen.get(ns) ?? 0) + 1);
    json(res, status.get(ns) ?? 200, { ok: true });
  });
  canary.route('/seen', (req, res) => {
    const ns = new URL(req.url ?? '/', canary.url).searchParams.get('ns') ?? '';
    json(res, 200, { requests: seen.get(ns) ?? 0 });
    seen.set(ns, 0);
  });
  await canary.start();
});
afterAll(() => canary.stop());

async function canaryWithLoad(answer: number) {
  const ns = await stableWeb('issue-25-load');
  status.set(ns, answer);
  const run = await nginxCanary(ns, {
    steps: '50, 100',
    // Two seconds a sample: on a loaded machine a one-second window could pass before the load's
    // first request of it, and a sample of 0 requests fails the step (seen in a full CI run).
    interval: '2s',
    count: '2',
    load: `url: "${canary.url}/api?svc={{ canary }}&ns={{ namespace }}"
rps: 20
concurrency: 5
expect: { status: 2xx, json: { "$.ok": true } }`,
    metrics: `- name: requests
  provider: web
  url: "${canary.url}/seen?ns={{ namespace }}"
  json-path: $.requests
  min: 1
- { provider: load, value: error-rate, max: 0.01 }
- { provider: load, value: p95, max: 2000 }`,
  });
  return { ns, run };
}

describe('generated load during canary analysis on the sandbox cluster', () => {
  it(
    'a canary without real traffic gets samples from the load and is promoted',
    async () => {
      const before = canary.count('/api');
      const { ns, run } = await canaryWithLoad(200);
      try {
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'promoted' });
        expect(await liveImage(ns)).toBe(canaryImage);
        const sent = canary.requests.slice(before).filter((r) => r.url.startsWith('/api') && r.url.includes(ns));
        expect(sent.length).toBeGreaterThan(0);
        expect(sent[0]?.url).toBe(`/api?svc=web-canary&ns=${ns}`);
        expect(run.stdout).toMatch(/load-error-rate #1: 0 → pass/);
        expect(run.stdout).toMatch(/load: \d+ sent, error rate 0\.00%/);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );

  it(
    'a canary whose load sees 500s is aborted, traffic back on stable',
    async () => {
      const { ns, run } = await canaryWithLoad(500);
      try {
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({
          result: 'aborted',
          'failed-check': 'load-error-rate',
          'observed-value': '1',
        });
        expect(run.stdout).toContain('first failure: status: expected 2xx, got 500');
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await liveImage(ns)).toBe(stableImage);
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );
});
