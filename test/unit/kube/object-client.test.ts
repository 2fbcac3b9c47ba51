import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { json, selfSignedCert, TestServer } from '../../support/test-server';
import { KubeApiError, KubeClient } from '../../../packages/kube/src/kube-client';
import { parseKubeconfig } from '../../../packages/kube/src/kubeconfig';
import { isConflict, ObjectClient, objectPath, resourceOf } from '../../../packages/kube/src/object-client';

describe('objectPath', () => {
  it('maps core and grouped kinds to API paths', () => {
    expect(objectPath({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'a', name: 'x' })).toBe(
      '/api/v1/namespaces/a/configmaps/x',
    );
    expect(objectPath({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: 'a' })).toBe(
      '/apis/networking.k8s.io/v1/namespaces/a/ingresses',
    );
    expect(objectPath({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'a', name: 'd' }, 'scale')).toBe(
      '/apis/apps/v1/namespaces/a/deployments/d/scale',
    );
    expect(
      objectPath({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', namespace: '', name: 'g' }),
    ).toBe('/apis/gateway.networking.k8s.io/v1/gatewayclasses/g');
    expect(resourceOf('HTTPRoute')).toBe('httproutes');
    expect(resourceOf('Gateway')).toBe('gateways');
    expect(resourceOf('NetworkPolicy')).toBe('networkpolicies');
  });
});

describe('ObjectClient against a fake API server', () => {
  const tls = selfSignedCert();
  const server = new TestServer();
  let stored: { metadata: { name: string; resourceVersion: string }; data: Record<string, string> } | undefined;
  const requests: string[] = [];
  let bumpBeforeNextPut = 0;

  beforeAll(async () => {
    await server
      .route('/api/v1/namespaces/ns/configmaps', (q, res, body) => {
        requests.push(`${q.method} collection`);
        if (q.method === 'GET') return json(res, 200, { kind: 'ConfigMapList', items: stored ? [stored] : [] });
        if (stored) return json(res, 409, { kind: 'Status', reason: 'AlreadyExists', code: 409, message: 'exists' });
        stored = { ...JSON.parse(body), metadata: { ...JSON.parse(body).metadata, resourceVersion: '1' } };
        json(res, 201, stored);
      })
      .route('/api/v1/namespaces/ns/configmaps/state', (q, res, body) => {
        requests.push(`${q.method} object`);
        if (q.method === 'GET')
          return stored ? json(res, 200, stored) : json(res, 404, { reason: 'NotFound', code: 404 });
        if (q.method === 'DELETE') {
          if (!stored) return json(res, 404, { reason: 'NotFound', code: 404 });
          stored = undefined;
          return json(res, 200, {});
        }
        const next = JSON.parse(body) as NonNullable<typeof stored>;
        if (bumpBeforeNextPut > 0 && stored) {
          bumpBeforeNextPut--;
          stored.metadata.resourceVersion = String(Number(stored.metadata.resourceVersion) + 1);
        }
        if (next.metadata.resourceVersion !== stored?.metadata.resourceVersion)
          return json(res, 409, {
            kind: 'Status',
            reason: 'Conflict',
            code: 409,
            message: 'the object has been modified',
          });
        // A dry run: validated and answered as it would be stored, nothing stored.
        if (new URL(q.url ?? '/', server.url).searchParams.get('dryRun') === 'All') return json(res, 200, next);
        stored = {
          ...next,
          metadata: { ...next.metadata, resourceVersion: String(Number(next.metadata.resourceVersion) + 1) },
        };
        json(res, 200, stored);
      })
      .start(tls);
  });
  afterAll(() => server.stop());

  async function objects(): Promise<ObjectClient> {
    const access = await parseKubeconfig(
      `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: "${server.url}", insecure-skip-tls-verify: true } }]
users: [{ name: u, user: { token: tok-abcdef123456 } }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`,
      {},
    );
    return new ObjectClient(new KubeClient(access));
  }
  const ref = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'ns', name: 'state' };

  it('creates once, refuses a second create with a conflict, reads, updates and deletes', async () => {
    const client = await objects();
    expect(await client.get(ref)).toBeUndefined();
    await client.create(ref, { metadata: {}, data: { a: '1' } });
    const second = await client.create(ref, { metadata: {}, data: { a: '2' } }).catch((e: unknown) => e);
    expect(isConflict(second)).toBe(true);
    const updated = await client.update(ref, (cm) => ({ ...cm, data: { a: 'changed' } }));
    expect(updated['data']).toEqual({ a: 'changed' });
    expect(await client.delete(ref)).toBe(true);
    expect(await client.delete(ref)).toBe(false);
  });

  it('lists the objects of a kind in a namespace', async () => {
    const client = await objects();
    const collection = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'ns' };
    expect(await client.list(collection)).toEqual([]);
    await client.create(ref, { metadata: {}, data: { a: '1' } });
    expect((await client.list(collection)).map((cm) => [cm.metadata.name, cm['data']])).toEqual([
      ['state', { a: '1' }],
    ]);
    await client.delete(ref);
  });

  it('a dry-run replace sends dryRun=All and answers the object, leaving the stored one as it was', async () => {
    const client = await objects();
    await client.create(ref, { metadata: {}, data: { n: '0' } });
    const current = await client.get(ref);
    server.requests.length = 0;
    const answer = await client.replace(ref, { ...current, data: { n: 'dry' } } as never, { dryRun: true });
    expect(answer['data']).toEqual({ n: 'dry' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /api/v1/namespaces/ns/configmaps/state?dryRun=All',
    ]);
    expect((await client.get(ref))?.['data']).toEqual({ n: '0' });
    await client.delete(ref);
  });

  it('a replace with a stale resourceVersion is refused; update reads again and retries', async () => {
    const client = await objects();
    await client.create(ref, { metadata: {}, data: { n: '0' } });
    const old = await client.get(ref);
    await client.replace(ref, { ...old, metadata: { ...old?.metadata }, data: { n: '1' } } as never);
    const stale = await client.replace(ref, { ...old, data: { n: '2' } } as never).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(KubeApiError);
    expect(isConflict(stale)).toBe(true);
    bumpBeforeNextPut = 1;
    requests.length = 0;
    const result = await client.update(ref, (cm) => ({ ...cm, data: { n: '3' } }));
    expect(result['data']).toEqual({ n: '3' });
    expect(requests.filter((r) => r === 'PUT object')).toHaveLength(2);
    await client.delete(ref);
  });
});
