import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loopbackAlias, proxyEnv, startForwardProxy, viaAlias, type ForwardProxy } from '../../support/forward-proxy';
import { need } from '../sandbox/sandbox-helpers';
import { helmEnv, namespaces } from '../helm-deploy/suite-helpers';
import { nginxCanary } from './nginx-canary';
import { installStable, liveImage, METRIC, TIMEOUT } from './canary-suite';

/**
 * The whole canary action on a runner behind a forward proxy (issue 19): its Prometheus queries go
 * through HTTPS_PROXY / HTTP_PROXY as @actions/http-client sends them (a CONNECT per connection, in
 * tinyproxy's own log), and NO_PROXY naming the host bypasses it. Prometheus is addressed by the
 * host's name: the toolkit never proxies loopback addresses. The Kubernetes API stays on 127.0.0.1,
 * which kubectl never proxies either.
 */
const { helm } = helmEnv('3');
const unique = namespaces('cnproxy');
let proxy: ForwardProxy;
let prometheusUrl: string;

beforeAll(async () => {
  proxy = await startForwardProxy();
  prometheusUrl = await viaAlias(need('SLIPWAY_PROMETHEUS_URL'));
}, TIMEOUT);
afterAll(() => proxy.stop());

/** One canary through nginx judged on Prometheus, on a runner with these variables. */
const canary = (ns: string, extraEnv: Record<string, string>) =>
  nginxCanary(
    ns,
    {
      steps: '50, 100',
      interval: '1s',
      count: '1',
      'prometheus-url': prometheusUrl,
      metrics: `- name: success\n  query: max(${METRIC}{suite="{{ namespace }}"})\n  min: 0.99`,
    },
    extraEnv,
  );

describe('dist/canary behind a forward proxy', () => {
  it(
    'Prometheus is queried through the proxy (its log shows each tunnel); NO_PROXY naming the host bypasses it',
    async () => {
      const tunnel = `CONNECT ${await loopbackAlias()}:${new URL(prometheusUrl).port} HTTP/1.1`;
      const ns = unique();
      await installStable(helm, ns);
      proxy.clear();
      const run = await canary(ns, proxyEnv(proxy.url));
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ result: 'promoted' });
      const lines = proxy.requestLines();
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines)).toEqual(new Set([tunnel]));

      const direct = unique();
      await installStable(helm, direct);
      proxy.clear();
      const bypassed = await canary(
        direct,
        proxyEnv(proxy.url, { lowerCase: true, noProxy: new URL(prometheusUrl).hostname }),
      );
      expect(bypassed.outputs).toMatchObject({ result: 'promoted' });
      expect(await liveImage(direct)).toBe(`${need('SLIPWAY_REGISTRY')}/hello:1.0.1`);
      expect(proxy.requestLines()).toEqual([]);
    },
    TIMEOUT,
  );
});
