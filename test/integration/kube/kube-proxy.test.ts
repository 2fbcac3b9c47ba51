import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ConfigError } from '@slipway/kit';
import { KubeClient, parseKubeconfig } from '@slipway/kube';
import { loopbackAlias, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { runAction } from '../../support/run-action';
import { need } from '../sandbox/sandbox-helpers';

/**
 * The Kubernetes client through a real forward proxy (tinyproxy) to the sandbox API server, as
 * kubectl goes: the cluster's proxy-url for any host, HTTPS_PROXY unless NO_PROXY names the
 * server. The proxy's own log shows each CONNECT. kubectl (and we) never send a loopback address
 * through HTTPS_PROXY, so those cases name the API server by this machine's host name, which
 * /etc/hosts maps to 127.0.0.1 (its certificate is checked for localhost: tls-server-name).
 */
const api = new URL(need('SLIPWAY_KUBE_API'));
const admin = readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');
let proxy: ForwardProxy;
let refusing: ForwardProxy;
let alias = '';
const saved = { ...process.env };

beforeAll(async () => {
  [proxy, refusing, alias] = await Promise.all([
    startForwardProxy(),
    startForwardProxy({ refuse: true }),
    loopbackAlias(),
  ]);
});
afterAll(async () => {
  await Promise.all([proxy.stop(), refusing.stop()]);
});
afterEach(() => {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  proxy.clear();
});

/** The admin kubeconfig, its cluster given a proxy-url or reached by another host name. */
function kubeconfig(options: { proxyUrl?: string; host?: string } = {}): string {
  let text = admin;
  if (options.host)
    text = text.replace(
      `server: ${api.origin}`,
      `server: https://${options.host}:${api.port}\n      tls-server-name: localhost`,
    );
  if (options.proxyUrl) text = text.replace(/(\n(\s+)server: .*)/, `$1\n$2proxy-url: ${options.proxyUrl}`);
  return text;
}

describe('the Kubernetes client behind a forward proxy', () => {
  it("goes through the cluster's proxy-url, even to a loopback server, and keeps its tunnel alive", async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig({ proxyUrl: proxy.url })));
    expect(await client.get<{ gitVersion: string }>('/version')).toMatchObject({ gitVersion: expect.any(String) });
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
