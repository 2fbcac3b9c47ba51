import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COSIGN_PIN, keyLabel } from '@slipway/image';
import { runAction } from '../support/run-action';
import { closedPort, TestServer } from '../support/test-server';

// cosign on a runner with none on PATH (a GitHub-hosted one): helm-deploy with a verification policy
// downloads the release binary from a local stand-in for GitHub's releases, holds it to its SHA-256,
// caches it and runs it; the next job takes it from the tool cache.
const asset = `cosign-linux-${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;
/** A cosign that reports its version and finds no signature, as the real one says it. */
const fakeCosign = (version: string) =>
  Buffer.from(
    `#!/bin/sh\nif [ "$1" = version ]; then echo 'GitVersion:    v${version}'; exit 0; fi\necho 'Error: no signatures found' >&2\nexit 1\n`,
  );
const other = fakeCosign('3.2.0');
const pinnedImpostor = fakeCosign(COSIGN_PIN.version);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const publicKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();
const digest = `sha256:${'c'.repeat(64)}`;
const server = new TestServer();

beforeAll(async () => {
  await server
    .route(`/v3.2.0/${asset}`, (_q, res) => res.writeHead(200).end(other))
    .route(`/v3.2.0/cosign_checksums.txt`, (_q, res) =>
      res.writeHead(200).end(`${sha(Buffer.from('another file'))}  cosign-darwin-arm64\n${sha(other)}  ${asset}\n`),
    )
    .route(`/v${COSIGN_PIN.version}/${asset}`, (_q, res) => res.writeHead(200).end(pinnedImpostor))
    .start();
});
afterAll(() => server.stop());

/** One job's helm-deploy step with a policy, on a runner whose tool cache is `toolCache` and whose PATH has no cosign. */
async function verifyStep(toolCache: string, version?: string) {
  const port = await closedPort();
  const githubPath = join(mkdtempSync(join(tmpdir(), 'slipway-github-path-')), 'path');
  writeFileSync(githubPath, '');
  const before = server.requests.length;
  const run = await runAction(
    'helm-deploy',
    {
      release: 'web',
      chart: './chart',
      image: `127.0.0.1:5000/acme/shop@${digest}`,
      kubeconfig: `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
      'verify-key': publicKey,
      'cosign-download-url': server.url,
      ...(version ? { 'cosign-version': version } : {}),
    },
    { env: { PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: toolCache, GITHUB_PATH: githubPath } },
  );
  return {
    run,
    requests: server.requests.slice(before).map((r) => r.url),
    added: readFileSync(githubPath, 'utf8').split('\n').filter(Boolean),
  };
}

describe('dist/helm-deploy resolves cosign through the runner tool cache', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'slipway-runner-tool-cache-'));
  const cosignDir = join(toolCache, 'cosign', '3.2.0', process.arch);
  const refusal = `::error title=Configuration error::Image 127.0.0.1:5000/acme/shop@${digest} refused by the verification policy (key ${keyLabel(publicKey)}): no signature`;

  it('job 1 downloads cosign-version, holds it to the published checksum, caches it, puts it on PATH and verifies with it', async () => {
    const { run, requests, added } = await verifyStep(toolCache, '3.2.0');
    expect(requests).toEqual(['/v3.2.0/cosign_checksums.txt', `/v3.2.0/${asset}`]);
    expect(run.stdout).toContain(`cosign: verified SHA-256 ${sha(other)} of ${asset}`);
    expect(existsSync(join(toolCache, 'cosign', '3.2.0', `${process.arch}.complete`))).toBe(true);
    expect(added).toEqual([cosignDir]);
    // The downloaded cosign ran: its verdict is the refusal.
    expect(run.errors).toEqual([refusal]);
  });

  it('job 2 on the same runner takes it from the tool cache with no request', async () => {
    const { run, requests, added } = await verifyStep(toolCache, 'v3.2.0');
    expect(requests).toEqual([]);
    expect(run.stdout).toContain(`cosign 3.2.0 from the tool cache (${cosignDir})`);
    expect(added).toEqual([cosignDir]);
    expect(run.errors).toEqual([refusal]);
  });

  it(`with no cosign-version the pinned v${COSIGN_PIN.version} is fetched, and a binary that is not the pinned one is refused: one line, nothing cached`, async () => {
    const { run, requests, added } = await verifyStep(toolCache);
    expect(requests).toEqual([`/v${COSIGN_PIN.version}/${asset}`]);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::cosign: refusing ${asset}: SHA-256 ${sha(pinnedImpostor)} does not match the pinned ${COSIGN_PIN.sha256[asset.replace('cosign-', '')] as string}`,
    ]);
    expect(existsSync(join(toolCache, 'cosign', COSIGN_PIN.version))).toBe(false);
    expect(added).toEqual([]);
  });

  it('a cosign-version that is not an exact release is refused as a bad input', async () => {
    const { run, requests } = await verifyStep(toolCache, '3.x');
    expect(requests).toEqual([]);
    expect(run.errors).toEqual([
      `::error title=Configuration error::Input 'cosign-version': expected an exact cosign release such as "${COSIGN_PIN.version}", got "3.x"`,
    ]);
  });
});
