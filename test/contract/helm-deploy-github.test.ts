import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeHelmPath, kubeconfigAt as kubeconfig } from '../support/no-cluster';
import { GitHubFake } from '../support/github-fake';
import { runAction } from '../support/run-action';
import { closedPort } from '../support/test-server';

/** GitHub Deployments of dist/helm-deploy against the contract-checking GitHub fake (no cluster). */
const github = new GitHubFake();
const TOKEN = 'ghs_helmdeploy_7d1c0ffee';
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
afterAll(() => github.stop());

const SHA = 'e'.repeat(40);
const env = () => ({
  PATH: fakeHelmPath(),
  GITHUB_API_URL: github.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: SHA,
  GITHUB_RUN_ID: '4242',
});

describe('helm-deploy GitHub Deployments (built bundle, Node 24)', () => {
  it('a failed deploy: in_progress then failure with the reason, environment_url and the run URL; token never shown', async () => {
    const port = await closedPort();
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        chart: './chart',
        image: 'registry.example/web:1',
        'check-image': 'false',
        kubeconfig: kubeconfig(port),
        'github-token': TOKEN,
        environment: 'staging',
        'environment-url': 'https://staging.example.com',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(github.violations).toEqual([]);
    const id = Number(run.outputs['deployment-id']);
    const deployment = github.deployments.find((d) => d.id === id);
    expect(deployment).toMatchObject({
      sha: SHA,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { release: 'web', image: 'registry.example/web:1', strategy: 'rolling' },
    });
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    for (const s of deployment?.statuses ?? []) {
      expect(s.environment_url).toBe('https://staging.example.com/');
      expect(s.log_url).toBe('https://github.com/acme/shop/actions/runs/4242');
    }
    expect(deployment?.statuses[1]?.description).toMatch(
      /^Deploy of web failed: Pre-flight: Cannot reach the Kubernetes API/,
    );
    expect(deployment?.statuses[1]?.description.length).toBeLessThanOrEqual(140);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    const shown = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr + run.summary;
    expect(shown).not.toContain(TOKEN);
    expect(github.requests.filter((r) => r.operationId).map((r) => r.operationId)).toEqual([
      'repos/create-deployment',
      'repos/create-deployment-status',
      'repos/create-deployment-status',
    ]);
  });

  it('mode: rollback is recorded too: in_progress then failure naming the rollback, payload with the mode and revision', async () => {
    const port = await closedPort();
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        mode: 'rollback',
        revision: '3',
        kubeconfig: kubeconfig(port),
        'github-token': TOKEN,
        environment: 'production',
        'environment-url': 'https://shop.example.com',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(github.violations).toEqual([]);
    const deployment = github.deployments.find((d) => d.id === Number(run.outputs['deployment-id']));
    expect(deployment).toMatchObject({
      sha: SHA,
      environment: 'production',
      description: 'Rollback of web to revision 3 (rolling)',
      payload: { release: 'web', kind: 'rollback', revision: 3, strategy: 'rolling' },
    });
    expect(deployment?.statuses.map((s) => [s.state, s.environment_url])).toEqual([
      ['in_progress', 'https://shop.example.com/'],
      ['failure', 'https://shop.example.com/'],
    ]);
    expect(deployment?.statuses[1]?.description).toMatch(
      /^Rollback of web failed: Pre-flight: Cannot reach the Kubernetes API/,
    );
  });

  it("a fleet's rollback (fleet-service, fleet-cluster) names its service, cluster and run in the payload, for delivery-metrics", async () => {
    const run = await runAction(
      'helm-deploy',
      {
        release: 'shop-api',
        mode: 'rollback',
        namespace: 'shop',
        kubeconfig: kubeconfig(await closedPort()),
        'github-token': TOKEN,
        environment: 'production',
        'fleet-service': 'api',
        'fleet-cluster': 'eu-2',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(github.violations).toEqual([]);
    const deployment = github.deployments.find((d) => d.id === Number(run.outputs['deployment-id']));
    expect(deployment?.payload).toEqual({
      release: 'shop-api',
      namespace: 'shop',
      kind: 'rollback',
      revision: null,
      strategy: 'rolling',
      service: 'api',
      cluster: 'eu-2',
      run_id: '4242',
      run_attempt: '1',
    });
  });

  it('bad credentials (401): a warning naming GitHub status and message; the deploy error stays the only error', async () => {
    const port = await closedPort();
    const before = github.deployments.length;
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        chart: './chart',
        kubeconfig: kubeconfig(port),
        'github-token': 'ghs_revoked_0000',
        environment: 'staging',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('Pre-flight: Cannot reach the Kubernetes API')]);
    expect(run.stdout).toContain(
      '::warning::GitHub Deployments: could not create the deployment: Create deployment: GitHub answered 401 (Bad credentials); the deploy is not affected (deployment-fail-on-error is false)',
    );
    expect(run.outputs['deployment-id']).toBeUndefined();
    expect(github.deployments.length).toBe(before);
    expect(github.violations).toEqual([]);
  });

  it('with deployment-fail-on-error, a refused deployment stops the run before anything is deployed', async () => {
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        chart: './chart',
        kubeconfig: kubeconfig(1),
        'github-token': 'ghs_fork_read_only',
        environment: 'staging',
        'deployment-fail-on-error': 'true',
      },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      '::error::GitHub Deployments: could not create the deployment: Create deployment: GitHub answered 403 (Resource not accessible by integration)',
    ]);
    expect(run.stdout).not.toContain('Pre-flight');
  });

  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'environment without github-token',
      { environment: 'staging' },
      `::error title=Configuration error::Input 'github-token': expected a token with deployments: write when environment is set (for example github.token)`,
    ],
    [
      'github-token without environment',
      { 'github-token': TOKEN },
      `::error title=Configuration error::Input 'environment': expected a GitHub environment name such as "production" when github-token is set`,
    ],
    [
      'environment-url not a URL',
      { 'github-token': TOKEN, environment: 'staging', 'environment-url': 'staging.example.com' },
      `::error title=Configuration error::Input 'environment-url': expected an absolute http or https URL, got "staging.example.com"`,
    ],
    [
      'fleet-service not a slipway.yml service name',
      { 'github-token': TOKEN, environment: 'staging', 'fleet-service': 'Shop API' },
      `::error title=Configuration error::Input 'fleet-service': expected a slipway.yml service name (lower-case letters, digits and "-", at most 53 characters), got "Shop API"`,
    ],
    [
      'fleet-cluster with mode plan',
      { 'github-token': TOKEN, environment: 'staging', mode: 'plan', 'fleet-cluster': 'eu-1' },
      `::error title=Configuration error::Input 'fleet-cluster': expected no value with mode plan (a plan records nothing), got "eu-1"`,
    ],
  ];
  it.each(cases)('bad input, %s: one line, exit 1, nothing sent', async (_name, inputs, expected) => {
    const count = github.requests.length;
    const run = await runAction(
      'helm-deploy',
      { release: 'web', chart: './chart', kubeconfig: kubeconfig(1), ...inputs },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expected]);
    expect(github.requests.length).toBe(count);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });

  it('a helm-version that helm on PATH cannot meet is refused before any deployment is created', async () => {
    const before = github.requests.length;
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        chart: './chart',
        kubeconfig: kubeconfig(await closedPort()),
        'github-token': TOKEN,
        environment: 'staging',
        'helm-version': '3.15',
      },
      { env: env() },
    );
    expect(run.errors).toEqual([
      `::error title=Configuration error::Input 'helm-version': helm on PATH is v3.14.2, which does not satisfy "3.15"; give an exact version such as "3.15.0" to install one (the tool cache holds no verified helm 3.15.x)`,
    ]);
    expect(github.requests.slice(before)).toEqual([]);
    expect(run.outputs['deployment-id']).toBeUndefined();
  });
});
