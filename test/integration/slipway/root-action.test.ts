import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAction, startAction, type ActionRun } from '../../support/run-action';
import { GitHubFake } from '../../support/github-fake';
import { SlackFake } from '../../support/slack-fake';
import { json, TestServer } from '../../support/test-server';
import { execOk, need } from '../sandbox/sandbox-helpers';
import {
  chart,
  canaryWeight,
  deliveryRecords,
  liveImage,
  METRIC,
  metricSeen,
  releases,
  setMetric,
  storedState,
} from '../canary/canary-suite';

/**
 * The root action's bundle (dist/slipway, Node 24) delivering from a slipway.yml to the sandbox
 * cluster: the pipeline's staging path (deploy + smoke) and production path (canary), with
 * Slack going to the fake. Pods under kwok serve nothing, so the environment's URL is a local
 * server standing in for the service's ingress.
 */
const registry = need('SLIPWAY_REGISTRY');
const v1 = `${registry}/hello:1.0.0`;
const v2 = `${registry}/hello:1.0.1`;
const broken = `${registry}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`;
const helm = need('HELM3');
const admin = () => readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');
const TIMEOUT = 300_000;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '99',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: 'c'.repeat(40),
};

const slack = new SlackFake();
const github = new GitHubFake();
const GITHUB_TOKEN = 'ghs_root_action_4f3e2d1c';
const app = new TestServer();
let version = '1.0.0';
const created: string[] = [];

function slipwayYml(ns: string): string {
  return `# yaml-language-server: $schema=../slipway.schema.json
release: web
chart: ${chart}
check-image: false
timeout: 2m
smoke:
  interval: 100ms
  timeout: 10s
  checks:
    - path: /health
      expect: { json: { $.status: ok } }
notify:
  mention-on-failure: [U0123ABCD]
environments:
  staging:
    namespace: ${ns}
    create-namespace: true
    url: ${app.url}
  production:
    namespace: ${ns}
    create-namespace: true
    url: ${app.url}
    smoke:
      checks:
        - path: /health
          expect: { json: { $.status: ok, $.version: "1.0.1" } }
    canary:
      provider: nginx
      steps: "20, 50, 100"
      interval: 2s
      count: 2
      prometheus-url: ${need('SLIPWAY_PROMETHEUS_URL')}
      metrics:
        - name: success
          query: max(${METRIC}{suite="{{ namespace }}"})
          min: 0.99
      canary-values: { track: canary, replicaCount: 1, ingress: { enabled: false } }
`;
}

/** A workspace with its slipway.yml, and a namespace of its own. */
function workspace(): { dir: string; ns: string } {
  const ns = `sw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  created.push(ns);
  const dir = mkdtempSync(join(tmpdir(), 'slipway-root-'));
  writeFileSync(join(dir, 'slipway.yml'), slipwayYml(ns));
  return { dir, ns };
}

const deliver = (dir: string, inputs: Record<string, string>) =>
  runAction(
    'slipway',
    { kubeconfig: admin(), 'slack-webhook-url': slack.webhookUrl, ...inputs },
    { env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url } },
  );
const deploymentStates = (run: ActionRun) =>
  github.deployments.find((d) => String(d.id) === run.outputs['deployment-id'])?.statuses.map((s) => s.state) ?? [];
const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};
/** The bundle's process delivering from this workspace (each test has its own). */
function actionPid(dir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/slipway/index.js')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`GITHUB_WORKSPACE=${dir}`))
        return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(100)) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

const stagesOf = (run: ActionRun) => JSON.parse(run.outputs['stages'] ?? '{}') as Record<string, string>;

beforeAll(async () => {
  github.writeTokens.add(GITHUB_TOKEN);
  await github.start();
  await slack.start();
  app.route('/health', (_req, res) => json(res, 200, { status: 'ok', version }));
  await app.start();
});
afterAll(async () => {
  await github.stop();
  slack.stop();
  await app.stop();
  for (const ns of created)
    await execOk(need('KUBECTL'), ['delete', 'namespace', ns, '--wait=false', '--ignore-not-found']).catch(
      () => undefined,
    );
});
beforeEach(() => {
  slack.reset();
  version = '1.0.0';
});

describe('the root action (dist/slipway) on the sandbox cluster', () => {
  it(
    'staging: deploy then smoke then notify, one summary, kubeconfig gone after post',
    async () => {
      const { dir, ns } = workspace();
      const run = await deliver(dir, { environment: 'staging', image: v1, 'github-token': GITHUB_TOKEN });
      ok(run);
      expect(deploymentStates(run)).toEqual(['in_progress', 'success']);
      expect(github.deployments.at(-1)?.environment).toBe('staging');
      expect(await deliveryRecords(ns)).toEqual([
        expect.objectContaining({ kind: 'deploy', environment: 'staging', result: 'success', image: v1, revision: 1 }),
      ]);
      const visible = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.summary + JSON.stringify(run.outputs);
      for (const secret of [GITHUB_TOKEN, slack.webhookPath]) expect(visible).not.toContain(secret);
      expect(stagesOf(run)).toEqual({ deploy: 'succeeded', smoke: 'succeeded', notify: 'succeeded' });
      expect(run.outputs).toMatchObject({ result: 'succeeded', revision: '1', 'smoke-passed': 'true' });
      expect(await liveImage(ns)).toBe(v1);
      expect(run.summary).toContain('## Slipway: web to staging ✅ delivered');
      expect(run.summary).toContain('Deploy web: ✅ deployed');
      expect(run.summary).toContain('Slack: ✅ message posted');
      expect(slack.messages.map((m) => m.text)).toEqual([expect.stringContaining('Deploy succeeded')]);
      const kubeconfig = run.state['kubeconfig-path'] as string;
      expect(kubeconfig.startsWith(run.runnerTemp)).toBe(true);
      const post = await runAction('slipway', {}, { env: { ...env, GITHUB_WORKSPACE: dir }, state: run.state });
      expect(post.exitCode).toBe(0);
      expect(() => readFileSync(kubeconfig)).toThrow();
    },
    TIMEOUT,
  );

  it(
    'staging: a rollout that fails is rolled back, smoke skipped, Slack told "rolled back"; exit 1',
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'staging', image: v1, stages: 'deploy' }));
      writeFileSync(join(dir, 'slipway.yml'), slipwayYml(ns).replace('timeout: 2m', 'timeout: 15s'));
      const run = await deliver(dir, { environment: 'staging', image: broken, 'github-token': GITHUB_TOKEN });
      expect(run.exitCode).toBe(1);
      expect(deploymentStates(run)).toEqual(['in_progress', 'failure']);
      expect((await deliveryRecords(ns)).map((r) => [r['kind'], r['result']])).toEqual([
        ['deploy', 'success'],
        ['deploy', 'rolled-back'],
      ]);
      expect(github.violations).toEqual([]);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^::error::Deploy of web failed: .*rolled back to revision 1/);
      expect(stagesOf(run)).toEqual({ deploy: 'failed', smoke: 'skipped', notify: 'succeeded' });
      expect(await liveImage(ns)).toBe(v1);
      expect(slack.messages).toHaveLength(1);
      expect(slack.messages[0]?.text).toContain('Deploy rolled back');
      expect(JSON.stringify(slack.messages[0]?.blocks)).toContain('<@U0123ABCD>');
    },
    TIMEOUT,
  );

  it(
    'production: the canary walks its steps and is promoted, then smoke sees the new version',
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'production', image: v1, stages: 'deploy' }));
      await setMetric(ns, 1);
      await metricSeen(ns, 1);
      version = '1.0.1'; // what the service answers once the new version is live
      const run = await deliver(dir, { environment: 'production', image: v2 });
      ok(run);
      expect(stagesOf(run)).toEqual({ canary: 'succeeded', smoke: 'succeeded', notify: 'succeeded' });
      expect(run.outputs).toMatchObject({ result: 'succeeded', 'canary-result': 'promoted', revision: '' });
      expect(await liveImage(ns)).toBe(v2);
      expect(await canaryWeight('nginx', ns)).toBe(0);
      expect(await releases(ns)).toEqual(['web']);
      expect((await storedState(ns))?.phase).toBe('promoted');
      expect(run.summary).toContain('Canary of web: ✅ promoted');
      expect(run.summary).toContain('```mermaid');
      expect(slack.messages[0]?.text).toContain('Canary promoted');
      expect((await deliveryRecords(ns)).map((r) => [r['kind'], r['result'], r['image']])).toEqual([
        ['deploy', 'success', v1],
        ['canary', 'success', v2],
      ]);
    },
    TIMEOUT,
  );

  it(
    'production: a failing metric aborts the canary; stable keeps its image and all traffic; exit 1',
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'production', image: v1, stages: 'deploy' }));
      await setMetric(ns, 0.5);
      await metricSeen(ns, 0.5);
      const run = await deliver(dir, { environment: 'production', image: v2 });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^::error::Canary of web aborted: success = 0\.5 outside ≥ 0\.99/);
      expect(stagesOf(run)).toEqual({ canary: 'failed', smoke: 'skipped', notify: 'succeeded' });
      expect(run.outputs).toMatchObject({ result: 'failed', 'canary-result': 'aborted' });
      expect(await liveImage(ns)).toBe(v1);
      expect(await canaryWeight('nginx', ns)).toBe(0);
      expect(await releases(ns)).toEqual(['web']);
      expect(slack.messages[0]?.text).toContain('Canary aborted');
      expect((await deliveryRecords(ns)).map((r) => [r['kind'], r['result']]).at(-1)).toEqual(['canary', 'aborted']);
    },
    TIMEOUT,
  );

  it(
    "production: a manual pause leaves the delivery's GitHub deployment in_progress; the canary action's promote finishes that same deployment",
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'production', image: v1, stages: 'deploy' }));
      writeFileSync(
        join(dir, 'slipway.yml'),
        slipwayYml(ns).replace('steps: "20, 50, 100"', 'steps: "20:manual, 100"'),
      );
      await setMetric(ns, 1);
      await metricSeen(ns, 1);
      const before = github.deployments.length;
      const paused = await deliver(dir, {
        environment: 'production',
        image: v2,
        stages: 'canary',
        'github-token': GITHUB_TOKEN,
      });
      ok(paused);
      expect(paused.outputs).toMatchObject({ result: 'paused', 'canary-result': 'paused' });
      const id = Number(paused.outputs['deployment-id']);
      expect(deploymentStates(paused)).toEqual(['in_progress']);
      expect(paused.summary).toContain(`**GitHub deployment:** ${id} in production stays in_progress`);
      const kept = ((await storedState(ns)) as { deployment?: unknown } | undefined)?.deployment;
      expect(kept).toMatchObject({ id, environment: 'production' });

      const promoted = await runAction(
        'canary',
        {
          action: 'promote',
          release: 'web',
          namespace: ns,
          chart,
          provider: 'nginx',
          'check-image': 'false',
          kubeconfig: admin(),
          'github-token': GITHUB_TOKEN,
          environment: 'production',
        },
        { env: { ...env, GITHUB_API_URL: github.url } },
      );
      ok(promoted);
      expect(promoted.outputs).toMatchObject({ result: 'promoted', 'deployment-id': String(id) });
      expect(github.deployments.length - before).toBe(1);
      expect(deploymentStates(paused)).toEqual(['in_progress', 'success']);
      expect(await liveImage(ns)).toBe(v2);
      expect(github.violations).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'production: a canary start the cluster refuses (another canary is paused) leaves no Slack message and no GitHub deployment, and the paused canary as it was',
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'production', image: v1, stages: 'deploy' }));
      writeFileSync(
        join(dir, 'slipway.yml'),
        slipwayYml(ns).replace('steps: "20, 50, 100"', 'steps: "20:manual, 100"'),
      );
      await setMetric(ns, 1);
      await metricSeen(ns, 1);
      ok(await deliver(dir, { environment: 'production', image: v2, stages: 'canary' }));
      const paused = await storedState(ns);
      expect(paused?.phase).toBe('paused');
      slack.reset();
      const before = github.deployments.length;
      const run = await deliver(dir, {
        environment: 'production',
        image: `${registry}/hello:1.0.2`,
        'github-token': GITHUB_TOKEN,
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(/^::error::Another canary of release web in \S+ is already running/),
      ]);
      // Refused by the start's reads, before the deployment, the message and any change.
      expect(github.deployments.length).toBe(before);
      expect(slack.messages).toEqual([]);
      expect(await storedState(ns)).toEqual(paused);
      expect(await canaryWeight('nginx', ns)).toBe(20);
      expect(await liveImage(ns)).toBe(v1);
    },
    TIMEOUT,
  );

  it(
    'production: killed mid-step (SIGKILL), the post step puts all traffic back on stable',
    async () => {
      const { dir, ns } = workspace();
      ok(await deliver(dir, { environment: 'production', image: v1, stages: 'deploy' }));
      writeFileSync(join(dir, 'slipway.yml'), slipwayYml(ns).replace('steps: "20, 50, 100"', 'steps: "20:5m, 100"'));
      await setMetric(ns, 1);
      await metricSeen(ns, 1);
      const inputs = {
        environment: 'production',
        image: v2,
        kubeconfig: admin(),
        'slack-webhook-url': slack.webhookUrl,
        'github-token': GITHUB_TOKEN,
      };
      const before = github.deployments.length;
      const running = startAction('slipway', inputs, {
        env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url },
      });
      await until('step 1', async () => ((await canaryWeight('nginx', ns)) === 20 ? true : undefined));
      process.kill(await until('the action process', async () => actionPid(dir)), 'SIGKILL');
      const killed = await running.done;
      expect(killed.state).toMatchObject({ phase: 'post', active: 'true' });
      expect(await canaryWeight('nginx', ns)).toBe(20);
      const post = await runAction('slipway', inputs, {
        env: { ...env, GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url },
        state: killed.state,
      });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain('all traffic is back on stable');
      // The delivery's deployment, kept in the canary state, goes to failure with the abort.
      expect(github.deployments.slice(before).map((d) => d.statuses.map((st) => st.state))).toEqual([
        ['in_progress', 'failure'],
      ]);
      expect((await deliveryRecords(ns)).map((r) => [r['kind'], r['result']]).at(-1)).toEqual(['canary', 'aborted']);
      expect(await canaryWeight('nginx', ns)).toBe(0);
      expect((await storedState(ns))?.phase).toBe('aborted');
      expect(await releases(ns)).toEqual(['web']);
      expect(await liveImage(ns)).toBe(v1);
      expect(() => readFileSync(killed.state['kubeconfig-path'] as string)).toThrow();
    },
    TIMEOUT,
  );
});
