import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction, type ActionRun } from '../../support/run-action';
import { json, TestServer } from '../../support/test-server';
import { execOk, need } from '../sandbox/sandbox-helpers';
import { helmEnv, kubectlIn, namespaces } from '../helm-deploy/suite-helpers';

/**
 * The root action delivering with `strategy: blue-green` from slipway.yml: the same blue-green
 * helm-deploy runs (packages/helm), so the colour releases, the switched Service and the outputs
 * are helm-deploy's. Pods under kwok serve nothing: the environment's url is a local server
 * standing in for the live Service, answering the version last delivered.
 */
const registry = need('SLIPWAY_REGISTRY');
const v1 = `${registry}/hello:1.0.0`;
const v2 = `${registry}/hello:1.0.1`;
const chart = join(repoRoot, 'test', 'fixtures', 'chart');
const admin = () => readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');
const { helm, env } = helmEnv('3');
const unique = namespaces('swbg');
const TIMEOUT = 300_000;
const app = new TestServer();

const slipwayYml = (ns: string) => `release: web
chart: ${chart}
check-image: false
timeout: 2m
strategy: blue-green
keep-previous: 0
smoke:
  interval: 100ms
  timeout: 10s
  checks:
    - path: /health
      expect: { json: { $.status: ok } }
environments:
  staging:
    namespace: ${ns}
    create-namespace: true
    url: ${app.url}
`;

function workspace(ns: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-bg-'));
  writeFileSync(join(dir, 'slipway.yml'), slipwayYml(ns));
  return dir;
}

const deliver = (dir: string, image: string) =>
  runAction(
    'slipway',
    { environment: 'staging', stages: 'deploy, smoke', image, kubeconfig: admin() },
    { env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7' } },
  );
const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};
/** The colour release the live Service "web" selects. */
const selected = (ns: string) =>
  kubectlIn(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector.app\\.kubernetes\\.io/instance}');
const releasesIn = async (ns: string) =>
  (await execOk(helm, ['list', '-q', '-n', ns, '--kubeconfig', need('SLIPWAY_KUBECONFIG_ADMIN')])).stdout
    .split('\n')
    .filter(Boolean)
    .sort();
const imageOf = (ns: string, deployment: string) =>
  kubectlIn(ns, 'get', 'deployment', deployment, '-o', 'jsonpath={.spec.template.spec.containers[0].image}');

beforeAll(async () => {
  app.route('/health', (_req, res) => json(res, 200, { status: 'ok' }));
  await app.start();
});
afterAll(async () => {
  await app.stop();
});

describe('dist/slipway with strategy: blue-green in slipway.yml, on the sandbox cluster', () => {
  it(
    'v1 into blue, v2 into green: the live Service selects the new colour, both colour releases exist, outputs and summary say the colour; a fleet rollback switches back',
    async () => {
      const ns = unique();
      const dir = workspace(ns);

      const first = await deliver(dir, v1);
      ok(first);
      expect(first.outputs).toMatchObject({ result: 'succeeded', colour: 'blue', revision: '1' });
      expect(JSON.parse(first.outputs['stages'] as string)).toEqual({ deploy: 'succeeded', smoke: 'succeeded' });
      expect(first.summary).toContain('| deploy | ✅ succeeded | revision 1 deployed, blue live |');
      expect(await selected(ns)).toBe('web-blue');

      const second = await deliver(dir, v2);
      ok(second);
      expect(second.outputs).toMatchObject({ result: 'succeeded', colour: 'green', revision: '1' });
      expect(second.summary).toContain('| deploy | ✅ succeeded | revision 1 deployed, green live |');
      expect(second.summary).toContain('Service web: blue → green');
      expect(second.summary).toContain('blue scaled down after the switch');
      expect(await selected(ns)).toBe('web-green');
      // The colours are releases of their own: no release "web" is ever installed.
      expect(await releasesIn(ns)).toEqual(['web-blue', 'web-green']);
      expect(await imageOf(ns, 'web-green')).toBe(v2);
      expect(await imageOf(ns, 'web-blue')).toBe(v1);
      expect(await kubectlIn(ns, 'get', 'deployment', 'web-blue', '-o', 'jsonpath={.spec.replicas}')).toBe('0');

      // fleet-wave.yml's rollback step: helm-deploy with the plan job's strategy and route ("" for the Service).
      const back = await runAction(
        'helm-deploy',
        { mode: 'rollback', release: 'web', namespace: ns, strategy: 'blue-green', route: '', kubeconfig: admin() },
        { env },
      );
      ok(back);
      expect(back.outputs).toMatchObject({ status: 'rolled-back', colour: 'blue', 'previous-colour': 'green' });
      expect(await selected(ns)).toBe('web-blue');
    },
    TIMEOUT,
  );
});
