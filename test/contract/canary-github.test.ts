import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deploymentPayload } from '@slipway/records';
import { fakeHelmPath, kubeconfigAt as kubeconfig } from '../support/no-cluster';
import { GitHubFake } from '../support/github-fake';
import { runAction } from '../support/run-action';
import { closedPort, json, selfSignedCert, TestServer } from '../support/test-server';

/** GitHub Deployments of dist/canary against the contract-checking GitHub fake (no cluster). */
const github = new GitHubFake();
const TOKEN = 'ghs_canary_5e1f00dcafe';
/**
 * A cluster that answers the start's checks (no canary state, the stable Deployment) and refuses
 * its first write, the state's ConfigMap (RBAC): the canary fails after its deployment was opened.
 */
const kube = new TestServer();
const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  message,
  reason,
  code,
});
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
  await kube
    .route('/api/v1/namespaces/prod/configmaps/web-canary-state', (_q, res) =>
      json(res, 404, status(404, 'NotFound', 'configmaps "web-canary-state" not found')),
    )
    .route('/apis/apps/v1/namespaces/prod/deployments/web', (_q, res) =>
      json(res, 200, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2 } }),
    )
    .route('/api/v1/namespaces/prod/configmaps', (_q, res) =>
      json(res, 403, status(403, 'Forbidden', 'configmaps is forbidden: User "u" cannot create resource "configmaps"')),
    )
    .start(selfSignedCert());
}, 60_000);
afterAll(async () => {
  await github.stop();
  await kube.stop();
});
const reachable = () =>
  kubeconfig(Number(new URL(kube.url).port)).replace('cluster: {', 'cluster: {insecure-skip-tls-verify: true, ');

const SHA = 'c'.repeat(40);
const env = () => ({
  PATH: fakeHelmPath(),
  GITHUB_API_URL: github.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: SHA,
  GITHUB_RUN_ID: '5151',
});
const canary = (port: number) => ({
  release: 'web',
  namespace: 'prod',
  chart: './chart',
  image: 'registry.example/web:2',
  'check-image': 'false',
  provider: 'replicas',
  kubeconfig: kubeconfig(port),
});

describe('canary GitHub Deployments (built bundle, Node 24)', () => {
  it("action start: kind canary with deploymentPayload's payload, in_progress then failure when the cluster refuses its first write", async () => {
    const run = await runAction(
      'canary',
      {
        ...canary(await closedPort()),
        kubeconfig: reachable(),
        'github-token': TOKEN,
        environment: 'production',
        'environment-url': 'https://shop.example.com',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(github.violations).toEqual([]);
    const deployment = github.deployments.find((d) => d.id === Number(run.outputs['deployment-id']));
    expect(deployment).toMatchObject({
      sha: SHA,
      environment: 'production',
      description: 'web registry.example/web:2 (canary)',
    });
    const expected = await deploymentPayload(
      {
        kind: 'canary',
        release: 'web',
        namespace: 'prod',
        strategy: 'canary',
        chart: 'chart',
        image: 'registry.example/web:2',
      },
      { GITHUB_SHA: SHA, GITHUB_RUN_ID: '5151' },
    );
    expect(deployment?.payload).toEqual({ ...expected, chart: expect.stringMatching(/(^|\/)chart$/) });
    expect(deployment?.payload).toMatchObject({ kind: 'canary' });
    expect(deployment?.statuses.map((s) => [s.state, s.environment_url, s.log_url])).toEqual([
      ['in_progress', 'https://shop.example.com/', 'https://github.com/acme/shop/actions/runs/5151'],
      ['failure', 'https://shop.example.com/', 'https://github.com/acme/shop/actions/runs/5151'],
    ]);
    expect(deployment?.statuses[1]?.description).toMatch(/^Canary of web (failed|aborted): /);
    const shown = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr + run.summary;
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(shown).not.toContain(TOKEN);
  });

  it('action start against an unreachable cluster: its checks fail before any deployment is created', async () => {
    const before = github.requests.length;
    const run = await runAction(
      'canary',
      { ...canary(await closedPort()), 'github-token': TOKEN, environment: 'production' },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.outputs['deployment-id']).toBeUndefined();
    expect(github.requests.slice(before)).toEqual([]);
  });

  it('action abort that cannot read the canary state: no deployment created, none finished', async () => {
    // Only a start creates a deployment; a later run finishes the one the state keeps, and here it read none.
    const before = github.requests.length;
    const run = await runAction(
      'canary',
      { ...canary(await closedPort()), action: 'abort', 'github-token': TOKEN, environment: 'production' },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.outputs['deployment-id']).toBeUndefined();
    expect(github.requests.slice(before)).toEqual([]);
  });

  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'environment without github-token',
      { environment: 'production' },
      `::error title=Configuration error::Input 'github-token': expected a token with deployments: write when environment is set (for example github.token)`,
    ],
    [
      'github-token without environment',
      { 'github-token': TOKEN },
      `::error title=Configuration error::Input 'environment': expected a GitHub environment name such as "production" when github-token is set`,
    ],
    [
      'environment-url not a URL',
      { 'github-token': TOKEN, environment: 'production', 'environment-url': 'shop.example.com' },
      `::error title=Configuration error::Input 'environment-url': expected an absolute http or https URL, got "shop.example.com"`,
    ],
  ];
  it.each(cases)('bad input, %s: one line, exit 1, nothing sent', async (_name, inputs, expected) => {
    const count = github.requests.length;
    const run = await runAction('canary', { ...canary(1), ...inputs }, { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expected]);
    expect(github.requests.length).toBe(count);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });
});
