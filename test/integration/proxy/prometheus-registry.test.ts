import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrometheusClient } from '@slipway/canary';
import { checkImageExists } from '@slipway/helm';
import { RegistryClient } from '@slipway/image';
import { ConfigError, memoryLogger, ProxyRefusedError } from '@slipway/kit';
import { loopbackAlias, proxyEnv, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
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

async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function start(command: string, args: string[]): void {
  children.push(spawn(command, args, { stdio: 'ignore' }));
}

/** Pushes a one-layer OCI image through the distribution API (direct: the set-up, not the test). */
async function pushImage(registry: string, repository: string, tag: string): Promise<string> {
  const blob = async (bytes: Buffer) => {
    const sha = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const upload = await fetch(`${registry}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    const location = new URL(upload.headers.get('location') as string, registry);
    location.searchParams.set('digest', sha);
    const put = await fetch(location, { method: 'PUT', body: bytes });
    if (put.status !== 201) throw new Error(`blob upload answered ${put.status}`);
    return { digest: sha, size: bytes.length };
  };
  const config = await blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: {} })));
  const layer = await blob(Buffer.from('layer bytes'));
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
  });
  const put = await fetch(`${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  if (put.status !== 201) throw new Error(`manifest push answered ${put.status}: ${await put.text()}`);
  return put.headers.get('docker-content-digest') as string;
}

beforeAll(async () => {
  alias = await loopbackAlias();
  [prometheusPort, registryPort] = [await closedPort(), await closedPort()];
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1m\n');
  start('prometheus', [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'tsdb')}`,
    `--web.listen-address=127.0.0.1:${prometheusPort}`,
  ]);
  writeFileSync(
    join(dir, 'registry.yml'),
    `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${JSON.stringify(join(dir, 'registry'))}\nhttp:\n  addr: 127.0.0.1:${registryPort}\n`,
  );
  start('docker-registry', ['serve', join(dir, 'registry.yml')]);
  await until(async () => (await fetch(`http://127.0.0.1:${prometheusPort}/-/ready`)).ok, 'prometheus');
  await until(async () => (await fetch(`http://127.0.0.1:${registryPort}/v2/`)).ok, 'docker-registry');
  digest = await pushImage(`http://127.0.0.1:${registryPort}`, 'shop/web', '1.0');
  proxy = await startForwardProxy();
  refusing = await startForwardProxy({ refuse: true });
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all([proxy?.stop(), refusing?.stop()]);
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
  const registry = () => `${alias}:${registryPort}`;

  it("build-push's manifest lookup: https first, then plain HTTP to a registry on loopback (as docker decides), both tunnelled", async () => {
    useEnv(proxyEnv(proxy.url));
    const info = await new RegistryClient(registry()).headManifest('shop/web', '1.0');
    expect(info?.digest).toBe(digest);
    expect(proxy.requestLines()).toEqual([tunnel(registryPort), tunnel(registryPort)]);
  });

  it("helm-deploy's image check (lower-case variables): found, and a missing tag is a ConfigError", async () => {
    useEnv(proxyEnv(proxy.url, { lowerCase: true }));
    const logger = memoryLogger();
    const image = { repository: `${registry()}/shop/web`, tag: '1.0', digest: undefined };
    await expect(checkImageExists(image, { logger })).resolves.toBe('found');
    await expect(checkImageExists({ ...image, tag: '9.9' }, { logger })).rejects.toBeInstanceOf(ConfigError);
    // Each check: the https attempt and the plain-HTTP one, each its own tunnel.
    expect(proxy.requestLines()).toEqual(Array(4).fill(tunnel(registryPort)));
  });

  it('NO_PROXY bypasses the registry; a refusing proxy is named in the warning', async () => {
    useEnv(proxyEnv(proxy.url, { noProxy: alias }));
    const logger = memoryLogger();
    const image = { repository: `${registry()}/shop/web`, tag: '1.0', digest: undefined };
    await expect(checkImageExists(image, { logger })).resolves.toBe('found');
    expect(proxy.requestLines()).toEqual([]);
    useEnv(proxyEnv(refusing.url));
    await expect(checkImageExists(image, { logger })).resolves.toBe('unverified');
    expect(logger.lines.at(-1)).toContain(`the proxy ${refusing.url} (HTTPS_PROXY) refused the connection: HTTP 403`);
  });
});
