import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execPluginKubeconfig } from '../support/exec-plugin';
import { runAction } from '../support/run-action';
import { json, selfSignedCert, TestServer } from '../support/test-server';

/**
 * An exec credential plugin behind the delivery-metrics bundle: the server stand-in refuses the
 * plugin's first token (revoked, though it claims an hour), the action runs the plugin again and
 * reads the cluster with the next one. The sandbox tests (test/integration/kube) run helm-deploy
 * and canary for many lifetimes of one-second tokens.
 */
const tls = selfSignedCert();
const server = new TestServer();
beforeAll(async () => {
  await server
    .route('/api/v1/namespaces/apps/configmaps', (q, res) => {
      if (q.headers['authorization'] !== 'Bearer exec-good-7c1d') return json(res, 401, { kind: 'Status', code: 401 });
      json(res, 200, { kind: 'ConfigMapList', items: [] });
    })
    .start(tls);
});
afterAll(() => server.stop());

const kubeconfig = (tokens: string) =>
  execPluginKubeconfig({
    server: server.url,
    ca: tls.cert,
    tokens,
    lifetimeSeconds: 3600,
    apiVersion: 'client.authentication.k8s.io/v1beta1',
    provideClusterInfo: true,
  });

describe('an exec credential plugin behind the delivery-metrics bundle (Node 24)', () => {
  it('a refused token is replaced by running the plugin again; the plugin is told the cluster', async () => {
    const { yaml, runs } = kubeconfig('exec-revoked-3b2a,exec-good-7c1d');
    const run = await runAction('delivery-metrics', { environment: 'production', namespace: 'apps', kubeconfig: yaml });
    expect(run.exitCode).toBe(0);
    expect(runs().map((r) => r.tokenIndex)).toEqual([0, 1]);
    expect(runs()[0]?.info.spec).toEqual({
      interactive: false,
      cluster: { server: server.url, 'certificate-authority-data': Buffer.from(tls.cert).toString('base64') },
    });
    // Both tokens were registered with the runner's masker as they were handed out.
    expect(run.stdout).toContain('::add-mask::exec-revoked-3b2a');
    expect(run.stdout).toContain('::add-mask::exec-good-7c1d');
  });

  it('a token refused again after the re-run is one line naming the plugin', async () => {
    const { yaml, runs } = kubeconfig('exec-revoked-3b2a');
    const run = await runAction('delivery-metrics', { environment: 'production', namespace: 'apps', kubeconfig: yaml });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/refused the credential of the kubeconfig's exec plugin \(401 Unauthorized\)/),
    ]);
    expect(runs()).toHaveLength(2);
  });
});
