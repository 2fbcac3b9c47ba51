import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrometheusClient } from '@slipway/canary';
import { checkImageExists } from '@slipway/helm';
import { RegistryClient } from '@slipway/image';
import { ConfigError, memoryLogger, ProxyRefusedError } from '@slipway/kit';
import { loopbackAlias, proxyEnv, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { startRegistry, type LocalRegistry } from '../../support/debian-registry';
import { closedPort } from '../../support/test-server';

/**
 * canary's Prometheus queries and the one OCI registry client (build-push's digest lookup,
 * helm-deploy's image check) behind a real forward proxy, against a real Prometheus and a real
 * registry (Debian's packages, started here). They are addressed by this host's name, not
 * 127.0.0.1, which @actions/http-client (rightly) never proxies.
 */
const dir = mkdtempSync(join(tmpdir(), 'slipway-proxy-it-'));
const children: ChildProcess[] = [];
let proxy: ForwardProxy;
let refusing: ForwardProxy;
let alias: string;
let prometheusPort: number;
let registryPort: number;
let digest: string;
let registry: LocalRegistry;

async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  alias = await loopbackAlias();
  prometheusPort = await closedPort();
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\n');
  children.push(
    spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${prometheusPort}`,
      ],
      { stdio: 'ignore' },
    ),
  );
  await until(async () => (await fetch(`http://127.0.0.1:${prometheusPort}/-/ready`)).ok, 'prometheus');
  registry = await startRegistry();
  registryPort = registry.port;
  digest = await registry.push('shop/web', '1.0');
  proxy = await startForwardProxy();
  refusing = await startForwardProxy({ refuse: true });
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all([proxy?.stop(), refusing?.stop(), registry?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const saved = { ...process.env };
function useEnv(env: Record<string, string>): void {
  for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'])
    delete process.env[name];
  Object.assign(process.env, env);
}
beforeEach(() => proxy.clear());
afterAll(() => useEnv(saved as Record<string, string>));

const prometheus = () => new PrometheusClient({ url: new URL(`http://${alias}:${prometheusPort}`), attempts: 1 });
const tunnel = (port: number) => `CONNECT ${alias}:${port} HTTP/1.1`;

describe("canary's Prometheus queries behind a forward proxy", () => {
  it('HTTP_PROXY (upper case): the query is answered and the proxy log shows it', async () => {
    useEnv(proxyEnv(proxy.url));
    await expect(prometheus().query('vector(1)')).resolves.toEqual({ value: 1 });
    expect(proxy.requestLines()).toEqual([tunnel(prometheusPort)]);
  });

  it('http_proxy (lower case) too; NO_PROXY naming the host bypasses it', async () => {
    useEnv(proxyEnv(proxy.url, { lowerCase: true }));
    await expect(prometheus().query('vector(2)')).resolves.toEqual({ value: 2 });
    expect(proxy.requestLines()).toEqual([tunnel(prometheusPort)]);
    proxy.clear();
    useEnv(proxyEnv(proxy.url, { noProxy: `example.com,${alias}` }));
    await expect(prometheus().query('vector(3)')).resolves.toEqual({ value: 3 });
    expect(proxy.requestLines()).toEqual([]);
  });

  it('a refusing proxy: one error naming the proxy, not retried', async () => {
    useEnv(proxyEnv(refusing.url));
    const error = await prometheus()
      .query('vector(1)')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRefusedError);
    expect((error as Error).message).toBe(
      `Prometheus at http://${alias}:${prometheusPort}: the proxy ${refusing.url} (HTTP_PROXY) refused the connection: HTTP 403; check the proxy's rules or NO_PROXY`,
    );
  });
});

describe('the OCI registry client (build-push, helm-deploy) behind a forward proxy', () => {
  const registryHost = () => `${alias}:${registryPort}`;

  it("build-push's manifest lookup: https first, then plain HTTP to a registry on loopback (as docker decides), both tunnelled", async () => {
    useEnv(proxyEnv(proxy.url));
    const info = await new RegistryClient(registryHost()).headManifest('shop/web', '1.0');
    expect(info?.digest).toBe(digest);
    expect(proxy.requestLines()).toEqual([tunnel(registryPort), tunnel(registryPort)]);
  });

  it("helm-deploy's image check (lower-case variables): found, and a missing tag is a ConfigError", async () => {
    useEnv(proxyEnv(proxy.url, { lowerCase: true }));
    const logger = memoryLogger();
    const image = { repository: `${registryHost()}/shop/web`, tag: '1.0', digest: undefined };
    await expect(checkImageExists(image, { logger })).resolves.toBe('found');
    await expect(checkImageExists({ ...image, tag: '9.9' }, { logger })).rejects.toBeInstanceOf(ConfigError);
    // Each check: the https attempt and the plain-HTTP one, each its own tunnel.
    expect(proxy.requestLines()).toEqual(Array(4).fill(tunnel(registryPort)));
  });

  it('NO_PROXY bypasses the registry; a refusing proxy is named in the warning', async () => {
    useEnv(proxyEnv(proxy.url, { noProxy: alias }));
    const logger = memoryLogger();
    const image = { repository: `${registryHost()}/shop/web`, tag: '1.0', digest: undefined };
    await expect(checkImageExists(image, { logger })).resolves.toBe('found');
    expect(proxy.requestLines()).toEqual([]);
    useEnv(proxyEnv(refusing.url));
    await expect(checkImageExists(image, { logger })).resolves.toBe('unverified');
    expect(logger.lines.at(-1)).toContain(`the proxy ${refusing.url} (HTTPS_PROXY) refused the connection: HTTP 403`);
  });
});
