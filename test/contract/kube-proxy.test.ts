import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { KubeClient, parseKubeconfig } from '@slipway/kube';
import { loopbackAlias, startForwardProxy, type ForwardProxy } from '../support/forward-proxy';
import { runAction } from '../support/run-action';
import { json, selfSignedCert, TestServer } from '../support/test-server';

/**
 * The Kubernetes client through a real forward proxy (Debian's tinyproxy) to an https server
 * standing in for the API server, as kubectl goes: the cluster's proxy-url for any host,
 * HTTPS_PROXY unless NO_PROXY names the server. The proxy's own log shows each CONNECT. kubectl
 * (and we) never send a loopback address through HTTPS_PROXY, so those cases name the server by
 * this machine's host name, which /etc/hosts maps to 127.0.0.1 (its certificate is checked for
 * 127.0.0.1 all the same: tls-server-name).
 */
const tls = selfSignedCert();
const server = new TestServer();
let api: URL;
let proxy: ForwardProxy;
let refusing: ForwardProxy;
let alias = '';
const saved = { ...process.env };

beforeAll(async () => {
  await server
    .route('/version', (_q, res) => json(res, 200, { gitVersion: 'v1.36.3' }))
    .route('/api/v1/namespaces/default', (_q, res) => json(res, 200, { kind: 'Namespace' }))
    .route('/api/v1/namespaces/default/configmaps', (_q, res) => json(res, 200, { kind: 'ConfigMapList', items: [] }))
    .start(tls);
  api = new URL(server.url);
  [proxy, refusing, alias] = await Promise.all([
    startForwardProxy(),
    startForwardProxy({ refuse: true }),
    loopbackAlias(),
  ]);
});
afterAll(async () => {
  await Promise.all([proxy.stop(), refusing.stop(), server.stop()]);
});
afterEach(() => {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  proxy.clear();
});

/** A kubeconfig for the server, with a proxy-url, or naming the server by another host name. */
function kubeconfig(options: { proxyUrl?: string; host?: string } = {}): string {
  const server = options.host ? `https://${options.host}:${api.port}` : api.origin;
  return `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster:
      server: ${server}
      certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}
${options.host ? '      tls-server-name: 127.0.0.1\n' : ''}${options.proxyUrl ? `      proxy-url: ${options.proxyUrl}\n` : ''}users:
  - name: u
    user: { token: kube-proxy-token-5e6f7a }
contexts:
  - name: ctx
    context: { cluster: c, user: u }
current-context: ctx
`;
}

describe('the Kubernetes client behind a forward proxy', () => {
  it("goes through the cluster's proxy-url, even to a loopback server, and keeps its tunnel alive", async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig({ proxyUrl: proxy.url })));
    expect(await client.get('/version')).toEqual({ gitVersion: 'v1.36.3' });
    await client.get('/api/v1/namespaces/default');
    expect(proxy.requestLines()).toEqual([`CONNECT 127.0.0.1:${api.port} HTTP/1.1`]);
  });

  it('goes through HTTPS_PROXY (either case), and not for a server NO_PROXY names', async () => {
    process.env['https_proxy'] = proxy.url;
    const access = await parseKubeconfig(kubeconfig({ host: alias }));
    await new KubeClient(access).get('/version');
    expect(proxy.requestLines()).toEqual([`CONNECT ${alias}:${api.port} HTTP/1.1`]);

    proxy.clear();
    process.env['NO_PROXY'] = `example.com,${alias}`;
    await new KubeClient(await parseKubeconfig(kubeconfig({ host: alias }))).get('/version');
    expect(proxy.requestLines()).toEqual([]);
  });

  it('proxy-url wins over HTTPS_PROXY and NO_PROXY', async () => {
    process.env['HTTPS_PROXY'] = refusing.url;
    process.env['NO_PROXY'] = '*';
    await new KubeClient(await parseKubeconfig(kubeconfig({ proxyUrl: proxy.url }))).get('/version');
    expect(proxy.requestLines()).toEqual([`CONNECT 127.0.0.1:${api.port} HTTP/1.1`]);
  });

  it('a proxy that refuses is one clear error naming the proxy and where it was set', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig({ proxyUrl: refusing.url })));
    const error = await client.get('/version').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toBe(
      `ConfigError: The proxy ${refusing.url} (the kubeconfig's proxy-url) refused CONNECT 127.0.0.1:${api.port}: 403 Access denied`,
    );
  });

  it('an action (delivery-metrics, the bundle) reads the cluster through HTTPS_PROXY', async () => {
    const run = await runAction(
      'delivery-metrics',
      { environment: 'nowhere', namespace: 'default', kubeconfig: kubeconfig({ host: alias }) },
      { env: { HTTPS_PROXY: proxy.url } },
    );
    expect(run.exitCode).toBe(0);
    expect(proxy.requestLines()).toContain(`CONNECT ${alias}:${api.port} HTTP/1.1`);
  });
});
