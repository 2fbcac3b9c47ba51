import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KubeClient, parseKubeconfig } from '@slipway/kube';
import { json, selfSignedCert, TestServer } from '../../support/test-server';
import { classifyRelease } from '../../../packages/helm/src/release-history';
import {
  revisionsFromSecrets,
  SecretReleaseReader,
  usesSecretStorage,
} from '../../../packages/helm/src/release-secrets';

const secret = (release: string, version: number, status: string) => ({
  metadata: {
    name: `sh.helm.release.v1.${release}.v${version}`,
    labels: { owner: 'helm', name: release, version: String(version), status, modifiedAt: '1796189812' },
  },
});

const tls = selfSignedCert();
const server = new TestServer();
beforeAll(async () => {
  await server
    .route('/api/v1/namespaces/prod/secrets', (_q, res) =>
      json(res, 200, {
        kind: 'PartialObjectMetadataList',
        items: [secret('web', 10, 'pending-upgrade'), secret('web', 9, 'deployed'), secret('web', 8, 'superseded')],
      }),
    )
    .start(tls);
});
afterAll(() => server.stop());

describe('SecretReleaseReader', () => {
  it('lists only the metadata of the release secrets, in one call, oldest revision first', async () => {
    const access = await parseKubeconfig(
      `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
    );
    const history = await new SecretReleaseReader(new KubeClient(access), 'prod').history('web');
    expect(history.map((r) => [r.revision, r.status])).toEqual([
      [8, 'superseded'],
      [9, 'deployed'],
      [10, 'pending-upgrade'],
    ]);
    expect(history[0]?.updated).toBe('2026-12-02T05:36:52.000Z');
    expect(classifyRelease(history).kind).toBe('stuck');
    const [request] = server.requests;
    expect(request?.url).toBe('/api/v1/namespaces/prod/secrets?labelSelector=owner%3Dhelm%2Cname%3Dweb');
    expect(request?.headers['accept']).toMatch(/^application\/json;as=PartialObjectMetadataList;g=meta\.k8s\.io;v=v1/);
  });

  it('ignores secrets of other releases and unreadable versions', () => {
    const odd = { metadata: { name: 'sh.helm.release.v1.web.vX', labels: { version: 'X', status: 'deployed' } } };
    expect(revisionsFromSecrets([secret('web-blue', 1, 'deployed'), odd, secret('web', 1, 'failed')], 'web')).toEqual([
      {
        revision: 1,
        status: 'failed',
        chart: '',
        appVersion: '',
        description: '',
        updated: '2026-12-02T05:36:52.000Z',
      },
    ]);
  });

  it('is used only when helm keeps its history in Secrets', () => {
    expect(usesSecretStorage({})).toBe(true);
    expect(usesSecretStorage({ HELM_DRIVER: 'secret' })).toBe(true);
    expect(usesSecretStorage({ HELM_DRIVER: 'configmap' })).toBe(false);
    expect(usesSecretStorage({ HELM_DRIVER: 'sql' })).toBe(false);
  });
});
