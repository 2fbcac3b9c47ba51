import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proxyEnv, startForwardProxy, viaAlias } from '../support/forward-proxy';
import { runAction } from '../support/run-action';
import { closedPort, TestServer } from '../support/test-server';

const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
const name = (version: string) => `helm-v${version}-linux-${arch}.tar.gz`;

/** A helm release archive as get.helm.sh publishes it: linux-<arch>/helm, a script printing its version. */
function helmArchive(version: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-helm-release-'));
  mkdirSync(join(dir, `linux-${arch}`));
  writeFileSync(join(dir, `linux-${arch}`, 'helm'), `#!/bin/sh\nprintf 'v${version}'\n`);
  chmodSync(join(dir, `linux-${arch}`, 'helm'), 0o755);
  execFileSync('tar', ['-czf', join(dir, 'out.tgz'), '-C', dir, `linux-${arch}`]);
  return readFileSync(join(dir, 'out.tgz'));
}

const good = helmArchive('3.14.2');
/** Published with the checksum of another archive. */
const mislabelled = helmArchive('3.15.0');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const server = new TestServer();
beforeAll(async () => {
  await server
    .route(`/${name('3.14.2')}`, (_q, res) => res.writeHead(200).end(good))
    .route(`/${name('3.14.2')}.sha256sum`, (_q, res) => res.writeHead(200).end(`${sha(good)}  ${name('3.14.2')}\n`))
    .route(`/${name('3.15.0')}`, (_q, res) => res.writeHead(200).end(mislabelled))
    .route(`/${name('3.15.0')}.sha256sum`, (_q, res) => res.writeHead(200).end(`${sha(good)}  ${name('3.15.0')}\n`))
    .start();
});
afterAll(() => server.stop());

/** One job's step on a runner whose tool cache is `toolCache`: a fresh RUNNER_TEMP each time, no helm on PATH. */
async function deployStep(
  toolCache: string,
  version: string,
  via?: { downloadUrl: string; env: Record<string, string> },
) {
  const port = await closedPort();
  const paths = mkdtempSync(join(tmpdir(), 'slipway-github-path-'));
  const githubPath = join(paths, 'path');
  writeFileSync(githubPath, '');
  const before = server.requests.length;
  const run = await runAction(
    'helm-deploy',
    {
      release: 'web',
      chart: './chart',
      kubeconfig: `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
      'helm-version': version,
      'helm-download-url': via?.downloadUrl ?? server.url,
    },
    { env: { PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: toolCache, GITHUB_PATH: githubPath, ...via?.env } },
  );
  return {
    run,
    requests: server.requests.slice(before).map((r) => r.url),
    added: readFileSync(githubPath, 'utf8').split('\n').filter(Boolean),
    port,
  };
}

describe('dist/helm-deploy and the runner tool cache', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'slipway-runner-tool-cache-'));
  const helmDir = join(toolCache, 'helm', '3.14.2', process.arch, `linux-${arch}`);

  it('job 1 downloads helm, verifies it and caches it in <tool>/<version>/<arch>; the steps after it get it on PATH', async () => {
    const { run, requests, added, port } = await deployStep(toolCache, '3.14.2');
    // Helm is fine: the step goes on to the (unreachable) cluster.
    expect(run.errors).toEqual([
      `::error::Pre-flight: Cannot reach the Kubernetes API at https://127.0.0.1:${port}: ECONNREFUSED. Is the cluster up and the kubeconfig's server right?`,
    ]);
    expect(requests).toEqual([`/${name('3.14.2')}.sha256sum`, `/${name('3.14.2')}`]);
    expect(run.stdout).toContain(`helm: verified SHA-256 ${sha(good)} of ${name('3.14.2')}`);
    expect(existsSync(join(toolCache, 'helm', '3.14.2', `${process.arch}.complete`))).toBe(true);
    expect(added).toEqual([helmDir]);
  });

  it('job 2 on the same runner (same tool cache, fresh RUNNER_TEMP) reuses it with no request to the download server', async () => {
    const { run, requests, added } = await deployStep(toolCache, '3.14.2');
    expect(requests).toEqual([]);
    expect(run.stdout).toContain(
      `helm 3.14.2 from the tool cache (${join(toolCache, 'helm', '3.14.2', process.arch)})`,
    );
    expect(run.errors[0]).toMatch(/^::error::Pre-flight: Cannot reach the Kubernetes API/);
    expect(added).toEqual([helmDir]);
  });

  it('a range ("3", "3.14") takes the cached helm, with no request', async () => {
    for (const range of ['3', '3.14']) {
      const { run, requests, added } = await deployStep(toolCache, range);
      expect(requests).toEqual([]);
      expect(run.stdout).toContain('using helm v3.14.2 from the tool cache');
      expect(run.errors[0]).toMatch(/^::error::Pre-flight: Cannot reach the Kubernetes API/);
      expect(added).toEqual([helmDir]);
    }
  });

  it('a tampered cached helm is refused with a warning, downloaded again and verified', async () => {
    writeFileSync(join(helmDir, 'helm'), "#!/bin/sh\nprintf 'v3.14.2'\necho tampered >&2\n");
    const { run, requests } = await deployStep(toolCache, '3.14.2');
    expect(run.stdout).toMatch(
      new RegExp(`::warning::helm 3\\.14\\.2 in the tool cache \\(.*\\) is refused: linux-${arch}/helm has changed`),
    );
    expect(requests).toEqual([`/${name('3.14.2')}.sha256sum`, `/${name('3.14.2')}`]);
    expect(readFileSync(join(helmDir, 'helm'), 'utf8')).not.toContain('tampered');
    expect(run.errors[0]).toMatch(/^::error::Pre-flight: Cannot reach the Kubernetes API/);
  });

  it('a download whose SHA-256 is not the published one is refused: one error, nothing cached, nothing on PATH', async () => {
    const { run, added } = await deployStep(toolCache, '3.15.0');
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::helm: refusing ${name('3.15.0')}: SHA-256 ${sha(mislabelled)} does not match the published ${sha(good)}`,
    ]);
    expect(existsSync(join(toolCache, 'helm', '3.15.0'))).toBe(false);
    expect(added).toEqual([]);
  });

  it('behind a proxy (HTTPS_PROXY/HTTP_PROXY, either case) the download goes through it: the proxy log shows it', async () => {
    const proxy = await startForwardProxy();
    try {
      // @actions/http-client never proxies 127.0.0.1 by name: the server is reached by this host's name.
      const downloadUrl = await viaAlias(server.url);
      const host = new URL(downloadUrl).host;
      for (const lowerCase of [false, true]) {
        proxy.clear();
        const fresh = mkdtempSync(join(tmpdir(), 'slipway-runner-tool-cache-'));
        const { run, requests } = await deployStep(fresh, '3.14.2', {
          downloadUrl,
          env: proxyEnv(proxy.url, { lowerCase }),
        });
        expect(run.errors[0]).toMatch(/^::error::Pre-flight: Cannot reach the Kubernetes API/);
        // @actions/http-client tunnels plain http through the proxy too: one CONNECT per download.
        expect(proxy.requestLines()).toEqual([`CONNECT ${host} HTTP/1.1`, `CONNECT ${host} HTTP/1.1`]);
        expect(requests).toEqual([`/${name('3.14.2')}.sha256sum`, `/${name('3.14.2')}`]);
      }
    } finally {
      await proxy.stop();
    }
  });
});
