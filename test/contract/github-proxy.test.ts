import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { REPOSITORY, seedHistory } from '../support/delivery-history';
import { loopbackAlias, proxyEnv, startForwardProxy, type ForwardProxy } from '../support/forward-proxy';
import { fakeHelmPath, kubeconfigAt as kubeconfig } from '../support/no-cluster';
import { GitHubFake } from '../support/github-fake';
import { runAction } from '../support/run-action';
import { fixtureRepo, scannerPath } from '../support/scanners';
import { closedPort } from '../support/test-server';
import { withScanners } from '../support/with-scanners';

/**
 * Every GitHub API call (helm-deploy's Deployments, delivery-metrics' reads, lint-scan's SARIF
 * upload) goes through a real forward proxy (Debian tinyproxy) when the runner sets one, as
 * `@actions/github`'s Octokit does through `@actions/http-client`; NO_PROXY bypasses it. The API
 * is reached by this host's name (http-client never proxies 127.0.0.1), and the proxy's own log
 * shows the tunnel to it.
 */
jest.setTimeout(120_000);
const github = new GitHubFake();
const TOKEN = 'ghs_proxy_0ddba11';
let proxy: ForwardProxy;
let refusing: ForwardProxy;
let alias = '';
let apiUrl = '';
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
  [proxy, refusing, alias] = await Promise.all([
    startForwardProxy(),
    startForwardProxy({ refuse: true }),
    loopbackAlias(),
  ]);
  apiUrl = `http://${alias}:${new URL(github.url).port}`;
}, 60_000);
afterAll(async () => {
  await Promise.all([proxy?.stop(), refusing?.stop(), github.stop()]);
});
beforeEach(() => {
  proxy.clear();
  github.deployments.length = 0;
});

const tunnel = () => `CONNECT ${alias}:${new URL(github.url).port} HTTP/1.1`;
const SHA = 'e'.repeat(40);
const runner = (more: Record<string, string>) => ({
  GITHUB_API_URL: apiUrl,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: REPOSITORY,
  GITHUB_SHA: SHA,
  GITHUB_RUN_ID: '4242',
  ...more,
});
const helmDeploy = async (env: Record<string, string>) =>
  runAction(
    'helm-deploy',
    {
      release: 'web',
      chart: './chart',
      'check-image': 'false',
      kubeconfig: kubeconfig(await closedPort()),
      'github-token': TOKEN,
      environment: 'staging',
    },
    { env: { ...runner(env), PATH: fakeHelmPath() } },
  );

describe('the GitHub API through a forward proxy (tinyproxy)', () => {
  it('helm-deploy: its GitHub Deployments go through HTTPS_PROXY/HTTP_PROXY; the proxy log shows them', async () => {
    const run = await helmDeploy(proxyEnv(proxy.url));
    expect(run.exitCode).toBe(1); // no cluster: the deploy fails, its deployment records that
    expect(github.violations).toEqual([]);
    const deployment = github.deployments.at(-1);
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(proxy.requestLines()).toContain(tunnel());
    expect(proxy.requestLines().every((line) => line === tunnel())).toBe(true);
  });

  it('helm-deploy with NO_PROXY naming the API host: straight to the API, nothing through the proxy', async () => {
    const run = await helmDeploy(proxyEnv(proxy.url, { noProxy: `example.org,${alias}` }));
    expect(run.exitCode).toBe(1);
    expect(github.deployments.at(-1)?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(proxy.requestLines()).toEqual([]);
  });

  it('a proxy that refuses: one line naming the proxy, no way around it (a warning, no deployment)', async () => {
    const run = await helmDeploy(proxyEnv(refusing.url));
    expect(run.exitCode).toBe(1);
    expect(github.deployments).toHaveLength(0);
    expect(refusing.refusedConnections()).toBeGreaterThan(0);
    const shown = refusing.url.replace(/\/$/, '').replace(/[.]/g, '\\.');
    expect(run.stdout).toMatch(
      new RegExp(
        `^::warning::GitHub Deployments: could not create the deployment: Create deployment: the proxy ${shown} \\(HTTP_PROXY\\) refused the connection: HTTP \\d{3}; check the proxy's rules or NO_PROXY; the deploy is not affected`,
        'm',
      ),
    );
    expect(run.errors).toEqual([expect.stringContaining('Pre-flight: Cannot reach the Kubernetes API')]);
  });

  it('delivery-metrics (lower-case https_proxy/http_proxy): every page read through the proxy', async () => {
    seedHistory(github, Date.now());
    github.pagesServed.length = 0;
    const run = await runAction(
      'delivery-metrics',
      { environment: 'production', 'github-token': TOKEN },
      { env: runner(proxyEnv(proxy.url, { lowerCase: true })) },
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['metrics'] as string)).toMatchObject({ deployments: 6, changes: 9 });
    expect(github.pagesServed.length).toBeGreaterThan(1);
    expect(proxy.requestLines()).toContain(tunnel());
    expect(github.violations).toEqual([]);
  });

  withScanners('shellcheck')('lint-scan: the SARIF upload and its processing status go through the proxy', async () => {
    const { root } = fixtureRepo('shell-clean');
    const before = github.uploads.length;
    const run = await runAction(
      'lint-scan',
      { scanners: 'shellcheck', upload: 'true', token: TOKEN, path: root },
      { env: { ...runner(proxyEnv(proxy.url)), PATH: scannerPath(), GITHUB_REF: 'refs/heads/main' } },
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(github.uploads.length).toBe(before + 1);
    expect(run.outputs['sarif-id']).toMatch(/^6c81cd8e-/);
    expect(github.requests.slice(-2).map((r) => r.operationId)).toEqual([
      'code-scanning/upload-sarif',
      'code-scanning/get-sarif',
    ]);
    expect(proxy.requestLines()).toContain(tunnel());
    expect(github.violations).toEqual([]);
  });
});
