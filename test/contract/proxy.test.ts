import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loopbackAlias, proxyEnv, startForwardProxy, viaAlias, type ForwardProxy } from '../support/forward-proxy';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type LocalRegistry } from '../support/debian-registry';
import { runAction } from '../support/run-action';
import { SlackFake } from '../support/slack-fake';
import { closedPort, json, selfSignedCert, TestServer } from '../support/test-server';

/**
 * The bundles on a runner behind a forward proxy (Debian tinyproxy, its own log as the witness):
 * smoke-test as curl honours the variables (loopback included), slack-notify as
 * @actions/http-client does (loopback exempt, so Slack is addressed by a non-loopback name).
 */
const http = new TestServer();
const https = new TestServer();
const slack = new SlackFake();
let proxy: ForwardProxy;
let refusing: ForwardProxy;
let registry: LocalRegistry;

beforeAll(async () => {
  const health = (_req: unknown, res: Parameters<typeof json>[0]) => json(res, 200, { status: 'ok' });
  await http.route('/health', health).start();
  await https.route('/health', health).start(selfSignedCert());
  await slack.start();
  proxy = await startForwardProxy();
  refusing = await startForwardProxy({ refuse: true });
  registry = await startRegistry();
  await registry.push('shop/web', '1.0');
});
afterAll(async () => {
  await Promise.all([proxy.stop(), refusing.stop(), http.stop(), https.stop(), slack.stop(), registry.stop()]);
});
beforeEach(() => {
  proxy.clear();
  refusing.clear();
  slack.reset();
});

const port = (server: { url: string }) => new URL(server.url).port;
const HEALTH = '- path: /health\n  repeat: 3\n  expect:\n    json: {"$.status": "ok"}';

describe('dist/smoke-test behind a forward proxy (as curl honours the variables)', () => {
  it('http goes through HTTP_PROXY as absolute-URI requests, one per sample', async () => {
    const run = await runAction('smoke-test', { checks: HEALTH, 'base-url': http.url }, { env: proxyEnv(proxy.url) });
    expect(run.errors).toEqual([]);
    expect(run.outputs['passed']).toBe('true');
    expect(proxy.requestLines()).toEqual(Array(3).fill(`GET ${http.url}/health HTTP/1.1`));
  });

  it('https goes through https_proxy in a CONNECT tunnel, kept alive across samples', async () => {
    const run = await runAction(
      'smoke-test',
      { checks: HEALTH, 'base-url': https.url, 'insecure-tls': 'true' },
      { env: proxyEnv(proxy.url, { lowerCase: true }) },
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs['passed']).toBe('true');
    expect(proxy.requestLines()).toEqual([`CONNECT 127.0.0.1:${port(https)} HTTP/1.1`]);
  });

  it('a NO_PROXY entry is reached directly: the proxy log shows nothing', async () => {
    const run = await runAction(
      'smoke-test',
      { checks: HEALTH, 'base-url': https.url, 'insecure-tls': 'true' },
      { env: proxyEnv(proxy.url, { noProxy: 'example.com,127.0.0.1' }) },
    );
    expect(run.outputs['passed']).toBe('true');
    expect(proxy.requestLines()).toEqual([]);
  });

  it('a proxy that refuses: the check fails with one line naming the proxy', async () => {
    const reached = https.count('/health');
    const run = await runAction(
      'smoke-test',
      { checks: '- path: /health', 'base-url': https.url, 'insecure-tls': 'true', timeout: '1s', interval: '100ms' },
      { env: proxyEnv(refusing.url) },
    );
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain(
      `the proxy ${refusing.url} (HTTPS_PROXY) refused the tunnel to 127.0.0.1:${port(https)}: HTTP 403 Access denied`,
    );
    // Every attempt until the 1s deadline was refused; none reached the target.
    expect(refusing.refusedConnections()).toBeGreaterThan(0);
    expect(https.count('/health')).toBe(reached);
  });
});

describe('dist/slack-notify behind a forward proxy (as @actions/http-client honours the variables)', () => {
  const github = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_EVENT_NAME: 'push',
  };
  const notify = (inputs: Record<string, string>, env: Record<string, string>) =>
    runAction('slack-notify', { status: 'started', environment: 'staging', ...inputs }, { env: { ...github, ...env } });

  it('the incoming webhook goes through HTTP_PROXY (one CONNECT in the proxy log)', async () => {
    const run = await notify({ 'webhook-url': await viaAlias(slack.webhookUrl) }, proxyEnv(proxy.url));
    expect(run.errors).toEqual([]);
    expect(run.outputs['ok']).toBe('true');
    expect(slack.messages).toHaveLength(1);
    expect(proxy.requestLines()).toEqual([`CONNECT ${await loopbackAlias()}:${port(slack)} HTTP/1.1`]);
  });

  it('the Web API goes through http_proxy (lower case)', async () => {
    const run = await notify(
      { token: slack.token, 'slack-api-url': await viaAlias(slack.apiUrl), channel: '#deploys' },
      proxyEnv(proxy.url, { lowerCase: true }),
    );
    expect(run.outputs).toMatchObject({ ok: 'true', channel: 'C0DEPLOYS' });
    expect(proxy.requestLines()).toEqual([`CONNECT ${await loopbackAlias()}:${port(slack)} HTTP/1.1`]);
  });

  it('NO_PROXY naming Slack host bypasses the proxy', async () => {
    const alias = await loopbackAlias();
    const run = await notify(
      { 'webhook-url': await viaAlias(slack.webhookUrl) },
      proxyEnv(proxy.url, { noProxy: alias }),
    );
    expect(run.outputs['ok']).toBe('true');
    expect(proxy.requestLines()).toEqual([]);
  });

  it('a proxy that refuses: one warning naming the proxy, not retried, the deploy not failed', async () => {
    const run = await notify({ 'webhook-url': await viaAlias(slack.webhookUrl) }, proxyEnv(refusing.url));
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'false', error: 'proxy_refused' });
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`the proxy ${refusing.url} (HTTP_PROXY) refused the connection: HTTP 403`);
    expect(refusing.refusedConnections()).toBe(1);
    expect(slack.messages).toHaveLength(0);
  });
});

describe("dist/helm-deploy's image check behind a forward proxy", () => {
  /** A helm that only prints its version; a cluster that is not there (pre-flight stops the run). */
  async function deploy(env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-proxy-helm-'));
    writeFileSync(join(dir, 'helm'), "#!/bin/sh\nprintf 'v3.14.2'\n");
    chmodSync(join(dir, 'helm'), 0o755);
    const kubeconfig = `clusters: [{name: c, cluster: {server: "https://127.0.0.1:${await closedPort()}"}}]
users: [{name: u, user: {token: t0k3n-proxy}}]
contexts: [{name: x, context: {cluster: c, user: u}}]
current-context: x`;
    const image = `${await loopbackAlias()}:${registry.port}/shop/web:1.0`;
    const run = await runAction(
      'helm-deploy',
      { release: 'web', chart: './chart', image, kubeconfig: Buffer.from(kubeconfig).toString('base64') },
      { env: { PATH: `${dir}:/usr/bin:/bin`, ...env } },
    );
    return { run, image };
  }

  it('HTTPS_PROXY: the manifest HEAD goes through the proxy (https, then plain HTTP to the loopback registry)', async () => {
    const { run, image } = await deploy(proxyEnv(proxy.url));
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/^::error::Pre-flight: Cannot reach the Kubernetes API/);
    expect(run.stdout).toContain(`Image ${image} exists in ${await loopbackAlias()}:${registry.port}`);
    const tunnel = `CONNECT ${await loopbackAlias()}:${registry.port} HTTP/1.1`;
    expect(proxy.requestLines()).toEqual([tunnel, tunnel]);
  });

  it('NO_PROXY naming the registry: checked directly, nothing in the proxy log', async () => {
    const { run, image } = await deploy(proxyEnv(proxy.url, { lowerCase: true, noProxy: await loopbackAlias() }));
    expect(run.stdout).toContain(`Image ${image} exists`);
    expect(proxy.requestLines()).toEqual([]);
  });
});
