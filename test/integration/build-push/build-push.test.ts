import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { RegistryClient } from '@slipway/image';
import { loopbackAlias, proxyEnv, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { runAction } from '../../support/run-action';
import { closedPort } from '../../support/test-server';
import { actionEnv, docker, FaultProxy, fixtureContext, sandbox } from './fixture';
import { faultSurvived } from '../../support/fault-figures';

const anon = sandbox['SLIPWAY_REGISTRY'] as string;
const tls = sandbox['SLIPWAY_REGISTRY_TLS'] as string;
const user = sandbox['SLIPWAY_REGISTRY_TLS_USER'] as string;
const password = sandbox['SLIPWAY_REGISTRY_TLS_PASSWORD'] as string;
const sha = () => randomBytes(20).toString('hex');
let context = '';
// Real builds and pushes: minutes, not the default 5s.
jest.setTimeout(300_000);
const fast = { 'retry-delay': '200ms', 'retry-deadline': '30s' };
/** User labels Dockerfile syntax must escape. */
const tricky = 'team=pay"ments\ndev.slipway.path=C:\\dir\\\ndev.slipway.cost=$5 ${HOME} $(id)\nwith space=a b';

beforeAll(() => {
  context = fixtureContext('3.1.4', 'c0ffee1');
});

/** Registry's Docker-Content-Digest for name:tag, read by our own client (TLS with the sandbox CA, Basic auth). */
async function servedDigest(registry: string, repository: string, tag: string): Promise<string | undefined> {
  const credentials = registry === tls ? { username: user, password } : undefined;
  const ca = readFileSync(sandbox['SLIPWAY_CA_CERT'] as string, 'utf8');
  const client = new RegistryClient(registry, { credentials, ...(registry === anon ? { plainHttp: true } : { ca }) });
  return (await client.headManifest(repository, tag))?.digest;
}

/** Pulls by digest into a clean engine, runs it on the host network, and asks /health. */
async function pullAndRun(imageRef: string): Promise<unknown> {
  const port = await closedPort();
  docker(['pull', imageRef]);
  const id = docker(['run', '-d', '--network', 'host', imageRef, '-addr', `127.0.0.1:${port}`]);
  try {
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        return await res.json();
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`no answer from ${imageRef}: ${docker(['logs', id])}`);
  } finally {
    docker(['rm', '-f', id]);
  }
}

describe.each(['docker', 'buildah'] as const)('build-push with builder %s on the sandbox', (builder) => {
  it('builds FROM scratch, pushes to the anonymous and the TLS+auth registry, digest = Docker-Content-Digest, pulls back and runs', async () => {
    const commit = sha();
    const repo = `slipway/shop-${builder}`;
    const run = await runAction(
      'build-push',
      {
        images: `${anon}/${repo}\n${tls}/${repo}`,
        tags: 'type=sha\ntype=ref,event=branch',
        context,
        builder,
        'build-args': 'BUILD_NOTE=integration',
        labels: tricky,
        // The classic docker builder has no build secrets (refused before building); buildah does.
        ...(builder === 'buildah' ? { secrets: 'unused_token=tok-never-anywhere-123' } : {}),
        logins: `${tls}=${user}:${password}`,
        ...fast,
      },
      { env: actionEnv({ GITHUB_SHA: commit }) },
    );
    if (run.exitCode !== 0) console.log(run.stdout, run.stderr);
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const digest = run.outputs['digest'] as string;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const tag = `sha-${commit.slice(0, 7)}`;
    expect(await servedDigest(anon, repo, tag)).toBe(digest);
    expect(await servedDigest(tls, repo, tag)).toBe(digest);
    expect(await servedDigest(tls, repo, 'main')).toBe(digest);
    expect(run.outputs['image-ref']).toBe(`${anon}/${repo}@${digest}`);
    expect(run.outputs['tags']?.split('\n')).toEqual([
      `${anon}/${repo}:main`,
      `${anon}/${repo}:${tag}`,
      `${tls}/${repo}:main`,
      `${tls}/${repo}:${tag}`,
    ]);
    const metadata = JSON.parse(run.outputs['metadata'] as string);
    expect(metadata).toMatchObject({ builder, digest, registries: [anon, tls], skipped: false });
    expect(metadata.labels['org.opencontainers.image.revision']).toBe(commit);
    expect(metadata.size).toBeGreaterThan(1_000_000);
    expect(run.summary).toContain(digest);
    expect(run.summary).toContain(tls);
    expect(run.summary).toMatch(/Build time/);
    // The password and the build secret appear nowhere but in the mask commands.
    const shown = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.summary + JSON.stringify(run.outputs);
    expect(shown).not.toContain(password);
    expect(shown).not.toContain('tok-never-anywhere-123');
    // Our docker config and secret files are gone at the end of main (and post would remove them again).
    expect(readdirSync(run.runnerTemp).filter((f) => f.startsWith('slipway-'))).toEqual([]);
    expect(JSON.parse(run.state['cleanup'] as string)).toHaveLength(2);
    // Pull it back by digest (from the TLS registry) and run it.
    docker([
      'rmi',
      '-f',
      `${anon}/${repo}:${tag}`,
      `${tls}/${repo}:${tag}`,
      `${anon}/${repo}:main`,
      `${tls}/${repo}:main`,
    ]);
    expect(await pullAndRun(`${tls}/${repo}@${digest}`)).toEqual({ status: 'ok', version: '3.1.4', commit: 'c0ffee1' });
    // The image carries every label as given, quotes, backslashes and dollars included.
    const labels = JSON.parse(
      docker(['image', 'inspect', '--format', '{{json .Config.Labels}}', `${tls}/${repo}@${digest}`]),
    );
    expect(labels).toMatchObject({
      'org.opencontainers.image.revision': commit,
      'org.opencontainers.image.source': 'https://github.com/acme/shop',
      'dev.slipway.fixture.note': 'integration',
      team: 'pay"ments',
      'dev.slipway.path': 'C:\\dir\\',
      'dev.slipway.cost': '$5 ${HOME} $(id)',
      'with space': 'a b',
    });
    if (builder === 'docker') {
      // The classic builder: one LABEL step for all labels (not one per label) besides the fixture's own.
      const history = docker(['history', '--no-trunc', '--format', '{{.CreatedBy}}', `${tls}/${repo}@${digest}`]);
      expect(history.split('\n').filter((step) => step.includes('LABEL'))).toHaveLength(2);
    }
  });
});

describe('skip-if-exists', () => {
  it('skips the build when the primary tag exists and outputs its digest', async () => {
    const commit = sha();
    const inputs = {
      images: `${anon}/slipway/skip`,
      tags: 'type=sha',
      context,
      builder: 'docker',
      'skip-if-exists': 'true',
    };
    const first = await runAction('build-push', inputs, { env: actionEnv({ GITHUB_SHA: commit }) });
    expect(first.exitCode).toBe(0);
    const second = await runAction('build-push', inputs, { env: actionEnv({ GITHUB_SHA: commit }) });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['digest']).toBe(first.outputs['digest']);
    expect(second.stdout).toContain('already exists');
    expect(second.stdout).not.toContain('Builder:');
    expect(second.summary).toContain('skipped');
  });
});

describe('dist/build-push behind a forward proxy (issue 19)', () => {
  let forward: ForwardProxy;
  beforeAll(async () => {
    forward = await startForwardProxy();
  });
  afterAll(() => forward?.stop());

  // The builder's own push is the daemon's business (its proxy settings); the action's own
  // registry reads go through HTTPS_PROXY as @actions/http-client sends them. The registry is
  // addressed by the host's name: the toolkit never proxies loopback addresses.
  it('the existence check of skip-if-exists goes through the proxy (its log shows it), and NO_PROXY bypasses it', async () => {
    const commit = sha();
    const port = anon.split(':')[1] as string;
    const aliased = `${await loopbackAlias()}:${port}`;
    const inputs = { tags: 'type=sha', context, builder: 'docker', 'skip-if-exists': 'true' };
    const pushed = await runAction(
      'build-push',
      { ...inputs, images: `${anon}/slipway/proxied` },
      {
        env: actionEnv({ GITHUB_SHA: commit }),
      },
    );
    expect(pushed.exitCode).toBe(0);
    forward.clear();
    const skipped = await runAction(
      'build-push',
      { ...inputs, images: `${aliased}/slipway/proxied` },
      {
        env: actionEnv({ GITHUB_SHA: commit, ...proxyEnv(forward.url) }),
      },
    );
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stdout).toContain('already exists');
    expect(skipped.stdout).not.toContain('Builder:');
    expect(skipped.outputs['digest']).toBe(pushed.outputs['digest']);
    const lines = forward.requestLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set([`CONNECT ${aliased} HTTP/1.1`]));
    forward.clear();
    const direct = await runAction(
      'build-push',
      { ...inputs, images: `${aliased}/slipway/proxied` },
      {
        env: actionEnv({
          GITHUB_SHA: commit,
          ...proxyEnv(forward.url, { lowerCase: true, noProxy: aliased.split(':')[0] }),
        }),
      },
    );
    expect(direct.outputs['digest']).toBe(pushed.outputs['digest']);
    expect(forward.requestLines()).toEqual([]);
  });
});

describe('faults through a proxy in front of the real registry', () => {
  let proxy: FaultProxy;
  afterAll(() => proxy?.stop());

  // buildah is left out: the proxy's port is not in the sandbox registries.conf as insecure.
  it.each(['docker'] as const)('%s: 503 twice then success: pushed, two retries logged', async (builder) => {
    proxy = await new FaultProxy(anon, 503, 2).start();
    const run = await runAction(
      'build-push',
      { images: `${proxy.address}/slipway/flaky-${builder}`, tags: 'type=sha', context, builder, ...fast },
      { env: actionEnv({ GITHUB_SHA: sha() }) },
    );
    await proxy.stop();
    if (run.exitCode !== 0) console.log(run.stdout);
    expect(run.exitCode).toBe(0);
    expect(proxy.injected).toBe(2);
    const retries = run.stdout.split('\n').filter((l) => l.startsWith('::warning::') && l.includes('retrying in'));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(new RegExp(`to ${proxy.address}: attempt 1 of 4 failed .*503`));
    expect(run.outputs['digest']).toMatch(/^sha256:/);
    expect(await servedDigest(anon, `slipway/flaky-${builder}`, run.outputs['version'] as string)).toBe(
      run.outputs['digest'],
    );
    faultSurvived('registry 503s then recovers mid-push');
  });

  it('401: one attempt, a clear error naming the registry and the status', async () => {
    const run = await runAction(
      'build-push',
      {
        images: `${tls}/slipway/denied`,
        tags: 'type=sha',
        context,
        builder: 'docker',
        username: user,
        password: 'wrong-password-1',
        ...fast,
      },
      { env: actionEnv({ GITHUB_SHA: sha() }) },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('retrying in');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`Push of ${tls}/slipway/denied:sha-[0-9a-f]{7} to ${tls} failed: HTTP 401`),
    );
    expect(run.errors[0]).toContain(`check the credentials for ${tls}`);
  });

  it('registry down: the error names it, after retries bounded by the deadline', async () => {
    const down = `127.0.0.1:${await closedPort()}`;
    const run = await runAction(
      'build-push',
      {
        images: `${down}/slipway/nowhere`,
        tags: 'type=sha',
        context,
        builder: 'docker',
        'retry-delay': '300ms',
        'retry-deadline': '3s',
        'retry-attempts': '10',
      },
      { env: actionEnv({ GITHUB_SHA: sha() }) },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`to ${down} failed`);
    expect(run.errors[0]).toMatch(/connection refused.*gave up after \d+ attempts/);
    const attempts = run.stdout.split('\n').filter((l) => l.includes('retrying in')).length + 1;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThan(10);
  });
});
