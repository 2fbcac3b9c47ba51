import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { runAction, type ActionRun } from '../../support/run-action';
import { closedPort } from '../../support/test-server';
import { chart } from '../helm-deploy/helm-deploy-suite';
import { execOk, need } from '../sandbox/sandbox-helpers';

/**
 * KUBECONFIG with two paths, as kubectl users keep them: the first names the current context,
 * which only the second defines; the second's certificates are files beside it (relative
 * paths). Every action that takes a kubeconfig reaches the sandbox cluster through the merge,
 * and helm is handed the same merged file (written 0600 under RUNNER_TEMP, deleted by post).
 */
const helm = need('HELM3');
const TIMEOUT = 300_000;
const ns = `kp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const rootNs = `${ns}-root`;
let KUBECONFIG = '';

beforeAll(async () => {
  const admin = parse(readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8')) as {
    clusters: Array<{ cluster: Record<string, string> }>;
    users: Array<{ name: string; user: Record<string, string> }>;
    contexts: Array<{ name: string }>;
  };
  const root = mkdtempSync(join(tmpdir(), 'slipway-kubeconfigs-'));
  const first = join(root, 'first', 'config');
  const second = join(root, 'second', 'config');
  for (const path of [first, second]) mkdirSync(dirname(path));
  const context = admin.contexts[0]?.name as string;
  writeFileSync(
    first,
    `apiVersion: v1
kind: Config
clusters:
  - name: elsewhere
    cluster: { server: "https://127.0.0.1:${await closedPort()}" }
users:
  - name: nobody
    user: { token: not-this-one }
contexts:
  - name: elsewhere
    context: { cluster: elsewhere, user: nobody }
current-context: ${context}
`,
  );
  const data = (value: string | undefined) => Buffer.from(value ?? '', 'base64');
  writeFileSync(join(dirname(second), 'ca.crt'), data(admin.clusters[0]?.cluster['certificate-authority-data']));
  writeFileSync(join(dirname(second), 'admin.crt'), data(admin.users[0]?.user['client-certificate-data']));
  writeFileSync(join(dirname(second), 'admin.key'), data(admin.users[0]?.user['client-key-data']), { mode: 0o600 });
  writeFileSync(
    second,
    `apiVersion: v1
kind: Config
clusters:
  - name: sandbox
    cluster: { server: "${need('SLIPWAY_KUBE_API')}", certificate-authority: ca.crt }
users:
  - name: admin
    user: { client-certificate: admin.crt, client-key: admin.key }
contexts:
  - name: ${context}
    context: { cluster: sandbox, user: admin }
current-context: elsewhere
`,
  );
  KUBECONFIG = `${first}:${second}`;
});

afterAll(async () => {
  for (const namespace of [ns, rootNs])
    await execOk(need('KUBECTL'), ['delete', 'namespace', namespace, '--wait=false', '--ignore-not-found']).catch(
      () => undefined,
    );
});

const env = () => ({
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
  KUBECONFIG,
});
const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};

/** The merged kubeconfig main wrote for helm: 0600 under RUNNER_TEMP; post deletes it. */
async function mergedFileRemovedByPost(action: string, run: ActionRun, inputs: Record<string, string>) {
  const path = run.state['kubeconfig-path'] as string;
  expect(path.startsWith(run.runnerTemp)).toBe(true);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  const merged = parse(readFileSync(path, 'utf8')) as { contexts: Array<{ name: string }> };
  expect(merged.contexts.map((c) => c.name)).toEqual(['elsewhere', expect.any(String)]);
  const post = await runAction(action, inputs, { env: env(), state: run.state });
  expect(post.exitCode).toBe(0);
  expect(existsSync(path)).toBe(false);
}

describe('a KUBECONFIG of two paths, the context in the second', () => {
  it(
    'helm-deploy deploys through the merge, and hands helm the merged file',
    async () => {
      const inputs = {
        release: 'web',
        namespace: ns,
        chart,
        image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`,
        'create-namespace': 'true',
        'check-image': 'false',
        timeout: '2m',
      };
      const run = await runAction('helm-deploy', inputs, { env: env() });
      ok(run);
      expect(run.outputs['status']).toBe('deployed');
      await mergedFileRemovedByPost('helm-deploy', run, inputs);
    },
    TIMEOUT,
  );

  it(
    'canary takes the release through its steps through the merge',
    async () => {
      const inputs = {
        release: 'web',
        namespace: ns,
        chart,
        'canary-values': '{ track: canary, replicaCount: 1, ingress: { enabled: false } }',
        image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`,
        provider: 'replicas',
        steps: '50, 100',
        'check-image': 'false',
        timeout: '2m',
      };
      const run = await runAction('canary', inputs, { env: env() });
      ok(run);
      expect(run.outputs['result']).toBe('promoted');
      await mergedFileRemovedByPost('canary', run, inputs);
    },
    TIMEOUT,
  );

  it('delivery-metrics reads the release histories through the merge', async () => {
    const run = await runAction('delivery-metrics', { environment: ns, namespace: ns }, { env: env() });
    ok(run);
    expect(Number(run.outputs['deployments'])).toBeGreaterThanOrEqual(1);
  });

  it(
    'the root action delivers a slipway.yml environment through the merge',
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'slipway-root-'));
      writeFileSync(
        join(workspace, 'slipway.yml'),
        `release: web
chart: ${chart}
check-image: false
timeout: 2m
environments:
  staging:
    namespace: ${rootNs}
    create-namespace: true
`,
      );
      const inputs = { environment: 'staging', image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`, stages: 'deploy' };
      const run = await runAction('slipway', inputs, { env: { ...env(), GITHUB_WORKSPACE: workspace } });
      ok(run);
      expect(run.outputs['result']).toBe('succeeded');
      await mergedFileRemovedByPost('slipway', run, inputs);
    },
    TIMEOUT,
  );
});
