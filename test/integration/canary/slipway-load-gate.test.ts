import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../support/run-action';
import { json, TestServer } from '../../support/test-server';
import { exec, need } from '../sandbox/sandbox-helpers';
import { canaryWeight, chart, liveImage, releases, storedState, TIMEOUT } from './canary-suite';
import { canaryImage, kubectl, stableWeb } from './nginx-canary';

/**
 * slipway.yml's canary stage with generated load and a web gate, through the root action's
 * bundle on the sandbox cluster. kwok's pods answer no HTTP, so a local server stands in for the
 * canary's Service (the load goes to it, a web metric reads how many requests it saw) and for
 * the team's gate, which wants the token the step's environment holds.
 */
const GATE_TOKEN = 'gate-token-7d1e5c3b';
const helm = need('HELM3');
const server = new TestServer();
const seen = new Map<string, number>();
const gateCalls: Array<{ authorization: string | undefined; type: string }> = [];

beforeAll(async () => {
  server.route('/api', (req, res) => {
    const ns = new URL(req.url ?? '/', server.url).searchParams.get('ns') ?? '';
    seen.set(ns, (seen.get(ns) ?? 0) + 1);
    json(res, 200, { ok: true });
  });
  server.route('/seen', (req, res) => {
    const ns = new URL(req.url ?? '/', server.url).searchParams.get('ns') ?? '';
    json(res, 200, { requests: seen.get(ns) ?? 0 });
    seen.set(ns, 0);
  });
  server.route('/gate', (req, res, body) => {
    const type = (JSON.parse(body || '{}') as { type?: string }).type ?? '';
    gateCalls.push({ authorization: req.headers.authorization, type });
    const allowed = req.headers.authorization === `Bearer ${GATE_TOKEN}`;
    json(res, allowed ? 200 : 401, { approved: allowed });
  });
  await server.start();
});
afterAll(() => server.stop());

const slipwayYml = (ns: string) => `release: web
chart: ${chart}
check-image: false
timeout: 2m
environments:
  production:
    namespace: ${ns}
    canary:
      provider: nginx
      steps: "50, 100"
      interval: 1s
      count: 2
      canary-values: { track: canary, replicaCount: 1, ingress: { enabled: false } }
      gates:
        - name: approve
          type: confirm-promotion
          url: "${server.url}/gate?ns={{ namespace }}"
          headers: { Authorization: "Bearer {{ env.GATE_TOKEN }}" }
          expect: { status: 200, json: { $.approved: true } }
          on-failure: abort
      metrics:
        - name: requests
          provider: web
          url: "${server.url}/seen?ns={{ namespace }}"
          json-path: $.requests
          min: 1
        - { provider: load, value: error-rate, max: 0.01 }
      load:
        url: "${server.url}/api?svc={{ canary }}&ns={{ namespace }}"
        rps: 20
        concurrency: 5
        expect: { status: 2xx, json: { $.ok: true } }
`;

describe('slipway.yml: a canary with generated load and a web gate, on the sandbox cluster', () => {
  it(
    'the load gives the metrics their samples, the gate gets its token from the environment, and the canary is promoted',
    async () => {
      const ns = await stableWeb('issue-25-parity');
      try {
        const dir = mkdtempSync(join(tmpdir(), 'slipway-canary-load-'));
        writeFileSync(join(dir, 'slipway.yml'), slipwayYml(ns));
        const run = await runAction(
          'slipway',
          {
            environment: 'production',
            stages: 'canary',
            image: canaryImage,
            kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8'),
          },
          {
            env: {
              PATH: `${dirname(helm)}:/usr/bin:/bin`,
              HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
              HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
              HELM_DATA_HOME: need('HELM_DATA_HOME'),
              GITHUB_WORKSPACE: dir,
              GITHUB_REPOSITORY: 'acme/shop',
              GITHUB_RUN_ID: '25',
              GATE_TOKEN,
            },
          },
        );
        if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
        expect(run.outputs).toMatchObject({ result: 'succeeded', 'canary-result': 'promoted' });
        expect(await liveImage(ns)).toBe(canaryImage);
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await releases(ns)).toEqual(['web']);
        expect((await storedState(ns))?.phase).toBe('promoted');

        // The gate was asked once, before the promotion, with the token from the step's environment.
        expect(gateCalls.filter((c) => c.type === 'confirm-promotion')).toEqual([
          { authorization: `Bearer ${GATE_TOKEN}`, type: 'confirm-promotion' },
        ]);
        const visible = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr + run.summary;
        expect(visible + JSON.stringify(run.outputs)).not.toContain(GATE_TOKEN);

        // Each step's load: what was sent, and the same figures in the summary and the output.
        const load = JSON.parse(run.outputs['canary-load'] ?? '[]') as Array<Record<string, number | null>>;
        expect(load.map((row) => [row['step'], row['weight'], row['error-rate']])).toEqual([
          [1, 50, 0],
          [2, 100, 0],
        ]);
        for (const row of load) {
          expect(row['sent']).toBeGreaterThan(0);
          expect(row['rps']).toBeGreaterThan(0);
          expect(row['p95']).toEqual(expect.any(Number));
          expect(run.summary).toContain(
            `| ${row['step']} | ${row['weight']}% | ${row['sent']} | ${row['rps']}/s | 0% |`,
          );
        }
        expect(run.summary).toContain('### Generated load per step');
        expect(run.stdout).toMatch(/requests #1: [1-9]\d* → pass/);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );
});
