import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { execPluginKubeconfig, type PluginRun } from '../../support/exec-plugin';
import { json, selfSignedCert, TestServer } from '../../support/test-server';
import { ExecCredentialSource, renewalMargin } from '../../../packages/kube/src/exec-credential';
import { KubeClient } from '../../../packages/kube/src/kube-client';
import { parseKubeconfig, type KubeAccess } from '../../../packages/kube/src/kubeconfig';

const tls = selfSignedCert();
const server = new TestServer();
beforeAll(async () => {
  // The API server stand-in takes only the tokens named "good…".
  await server
    .route('/version', (q, res) => {
      if (!/^Bearer good/.test(q.headers['authorization'] ?? '')) return json(res, 401, { kind: 'Status', code: 401 });
      json(res, 200, { gitVersion: 'v1.34.1' });
    })
    .start(tls);
});
afterAll(() => server.stop());

/** A kubeconfig whose user runs the counting plugin, and the runs it made so far. */
async function pluginAccess(options: {
  tokens: string;
  lifetimeSeconds?: number;
  apiVersion?: string;
  provideClusterInfo?: boolean;
}): Promise<{ access: KubeAccess; runs: () => PluginRun[] }> {
  const { yaml, runs } = execPluginKubeconfig({
    ...options,
    server: server.url,
    ca: tls.cert,
    clusterExtra: `      extensions:
        - name: client.authentication.k8s.io/exec
          extension: { audience: sandbox }`,
  });
  return { access: await parseKubeconfig(yaml), runs };
}

/** A clock the test moves by hand. */
function fakeClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('renewalMargin', () => {
  it('is 30 s for long credentials and a quarter of the lifetime of short ones', () => {
    expect(renewalMargin(15 * 60_000)).toBe(30_000);
    expect(renewalMargin(8_000)).toBe(2_000);
    expect(renewalMargin(-5)).toBe(0);
  });
});

describe('ExecCredentialSource', () => {
  it('keeps a credential until shortly before its expirationTimestamp, then runs the plugin again', async () => {
    const { access, runs } = await pluginAccess({ tokens: 'good-1,good-2,good-3', lifetimeSeconds: 600 });
    const clock = fakeClock();
    const source = new ExecCredentialSource(access, access.exec!, clock.now);
    expect((await source.get()).token).toBe('good-1');
    clock.advance(500_000);
    expect((await source.get()).token).toBe('good-1');
    expect(runs()).toHaveLength(1);
    // 600 s lifetime: renewed 30 s before the end.
    clock.advance(75_000);
    expect((await source.get()).token).toBe('good-2');
    expect(runs()).toHaveLength(2);
  });

  it('keeps a credential without expirationTimestamp until it is refused', async () => {
    const { access, runs } = await pluginAccess({ tokens: 'good-1,good-2' });
    const clock = fakeClock();
    const source = new ExecCredentialSource(access, access.exec!, clock.now);
    const first = await source.get();
    clock.advance(24 * 3600_000);
    expect(await source.get()).toBe(first);
    expect((await source.renew(first)).token).toBe('good-2');
    expect(runs()).toHaveLength(2);
  });

  it('runs the plugin once for requests that ask at the same time, and once for all refused together', async () => {
    const { access, runs } = await pluginAccess({ tokens: 'good-1,good-2,good-3' });
    const source = new ExecCredentialSource(access, access.exec!);
    const got = await Promise.all([source.get(), source.get(), source.get()]);
    expect(new Set(got.map((c) => c.token))).toEqual(new Set(['good-1']));
    const stale = got[0]!;
    const renewed = await Promise.all([source.renew(stale), source.renew(stale)]);
    expect(renewed.map((c) => c.token)).toEqual(['good-2', 'good-2']);
    expect(runs()).toHaveLength(2);
  });

  it('sets KUBERNETES_EXEC_INFO as kubectl does: the version asked, not interactive, the cluster when asked', async () => {
    const bare = await pluginAccess({ tokens: 'good-1' });
    await new ExecCredentialSource(bare.access, bare.access.exec!).get();
    expect(bare.runs()[0]?.info).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      spec: { interactive: false },
    });
    const withCluster = await pluginAccess({
      tokens: 'good-1',
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      provideClusterInfo: true,
    });
    await new ExecCredentialSource(withCluster.access, withCluster.access.exec!).get();
    expect(withCluster.runs()[0]?.info).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        cluster: {
          server: server.url,
          'certificate-authority-data': Buffer.from(tls.cert).toString('base64'),
          config: { audience: 'sandbox' },
        },
      },
    });
  });

  it('names the plugin when it fails or prints no credential, and asks again on the next request', async () => {
    const { access, runs } = await pluginAccess({ tokens: '' });
    const source = new ExecCredentialSource(access, access.exec!);
    await expect(source.get()).rejects.toThrow(
      new ConfigError(
        `The kubeconfig's exec credential plugin (${process.execPath}) handed out neither a token nor a client certificate and key`,
      ),
    );
    await expect(source.get()).rejects.toThrow(ConfigError);
    expect(runs()).toHaveLength(2);
    const missing = { ...access, exec: { ...access.exec!, command: '/nonexistent/aws' } };
    const error = await new ExecCredentialSource(missing, missing.exec).get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(
      /^ConfigError: The kubeconfig's exec credential plugin \(\/nonexistent\/aws\) failed: \S/,
    );
  });
});

describe('KubeClient with an exec plugin', () => {
  it('runs the plugin again on a 401 and sends the request again with the new token', async () => {
    const { access, runs } = await pluginAccess({ tokens: 'revoked-1,good-2' });
    const client = new KubeClient(access);
    expect(await client.get('/version')).toEqual({ gitVersion: 'v1.34.1' });
    expect(runs().map((r) => r.tokenIndex)).toEqual([0, 1]);
    expect(server.requests.slice(-2).map((r) => r.headers['authorization'])).toEqual([
      'Bearer revoked-1',
      'Bearer good-2',
    ]);
    // Another client of the same access shares the renewed credential.
    await new KubeClient(access).get('/version');
    expect(runs()).toHaveLength(2);
  });

  it('a credential refused again after the re-run is a ConfigError naming the plugin', async () => {
    const { access, runs } = await pluginAccess({ tokens: 'revoked-1,revoked-2' });
    await expect(new KubeClient(access).get('/version')).rejects.toThrow(
      /refused the credential of the kubeconfig's exec plugin \(401 Unauthorized\) for GET \/version, also when run again/,
    );
    expect(runs()).toHaveLength(2);
  });
});
