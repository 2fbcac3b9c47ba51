import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError, TransientError, memoryLogger } from '@slipway/kit';
import { closedPort, json, selfSignedCert, TestServer } from '../../support/test-server';
import { checkPermissions, ensureNamespace, rulesGrant } from '../../../packages/kube/src/cluster-checks';
import { KubeApiError, KubeClient } from '../../../packages/kube/src/kube-client';
import { parseKubeconfig } from '../../../packages/kube/src/kubeconfig';

const tls = selfSignedCert();
const server = new TestServer();
const forbidden = {
  kind: 'Status',
  status: 'Failure',
  reason: 'Forbidden',
  message:
    'secrets is forbidden: User "deployer" cannot list resource "secrets" in API group "" in the namespace "other"',
  code: 403,
};
beforeAll(async () => {
  await server
    .route('/version', (_q, res) => json(res, 200, { gitVersion: 'v1.34.1' }))
    .route('/api/v1/namespaces/other/secrets', (_q, res) => json(res, 403, forbidden))
    .route('/api/v1/namespaces/bad-token', (_q, res) => json(res, 401, { kind: 'Status', code: 401 }))
    .route('/api/v1/namespaces/absent', (_q, res) => json(res, 404, { kind: 'Status', reason: 'NotFound', code: 404 }))
    .route('/api/v1/namespaces', (_q, res, body) => json(res, 201, JSON.parse(body)))
    .route('/api/v1/namespaces/apps/configmaps/gone', (q, res, body) =>
      json(res, 200, { method: q.method, received: JSON.parse(body) as unknown }),
    )
    // RBAC rules: everything in namespace "ruled"; elsewhere nothing (404 elsewhere: the reviews decide).
    .route('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', (_q, res, body) => {
      const review = JSON.parse(body) as { spec: { namespace: string } };
      if (review.spec.namespace !== 'ruled') return json(res, 404, { kind: 'Status', code: 404 });
      json(res, 201, {
        ...review,
        status: {
          resourceRules: [
            { verbs: ['*'], apiGroups: [''], resources: ['secrets', 'pods', 'events'] },
            { verbs: ['get', 'list', 'create', 'patch'], apiGroups: ['apps'], resources: ['*'] },
          ],
          incomplete: false,
        },
      });
    })
    .route('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', (_q, res, body) => {
      const review = JSON.parse(body) as { spec: { resourceAttributes: { verb: string; resource: string } } };
      const { verb, resource } = review.spec.resourceAttributes;
      json(res, 201, { ...review, status: { allowed: !(resource === 'secrets' && verb === 'delete') } });
    })
    .start(tls);
});
afterAll(() => server.stop());

const kubeconfig = (server: string, token = 'tok-abcdef123456') => `
apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster:
      server: ${server}
      certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}
users:
  - name: u
    user:
      token: ${token}
contexts:
  - name: ctx
    context: {cluster: c, user: u, namespace: apps}
  - name: other
    context: {cluster: c, user: u}
current-context: ctx
`;

describe('parseKubeconfig', () => {
  it('resolves the current context, or the named one', async () => {
    const access = await parseKubeconfig(kubeconfig(server.url));
    expect(access).toMatchObject({ server: server.url, context: 'ctx', namespace: 'apps', token: 'tok-abcdef123456' });
    expect(access.ca?.toString()).toBe(tls.cert);
    expect((await parseKubeconfig(kubeconfig(server.url), { context: 'other' })).namespace).toBeUndefined();
  });
  it('names the missing context and lists the ones there are; one from the input names the input', async () => {
    await expect(parseKubeconfig(kubeconfig(server.url), { context: 'prod' })).rejects.toThrow(
      `Input 'context': expected a context of the kubeconfig (have: ctx, other), got "prod"`,
    );
    const noCurrent = kubeconfig(server.url).replace(/current-context: ctx/, 'current-context: gone');
    await expect(parseKubeconfig(noCurrent)).rejects.toThrow(/no context named "gone" \(have: ctx, other\)/);
  });
});

describe('KubeClient over https with the kubeconfig CA and a bearer token', () => {
  it('verifies the server against the CA and sends the token', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    expect(await client.get('/version')).toEqual({ gitVersion: 'v1.34.1' });
    expect(server.requests.at(-1)?.headers['authorization']).toBe('Bearer tok-abcdef123456');
  });
  it('frames a DELETE body, so the API server reads the delete options', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    const options = { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Foreground' };
    const answer = await client.request({
      method: 'DELETE',
      path: '/api/v1/namespaces/apps/configmaps/gone',
      body: options,
    });
    expect(answer).toEqual({ method: 'DELETE', received: options });
  });

  it('a 403 carries the API server message, which names the permission', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    const attempt = client.get('/api/v1/namespaces/other/secrets');
    await expect(attempt).rejects.toThrow(KubeApiError);
    await expect(attempt).rejects.toThrow(/cannot list resource "secrets" in API group "" in the namespace "other"/);
  });
  it('a 401 is a ConfigError that does not echo the token', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    const error = await client.get('/api/v1/namespaces/bad-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain('tok-abcdef');
  });
  it('an unreachable server is a TransientError naming the server', async () => {
    const url = `https://127.0.0.1:${await closedPort()}`;
    const client = new KubeClient(await parseKubeconfig(kubeconfig(url)));
    const error = await client.get('/version').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect(String(error)).toContain(`Cannot reach the Kubernetes API at ${url}: ECONNREFUSED`);
  });
  it('refuses a server whose certificate the CA does not sign', async () => {
    const other = selfSignedCert();
    const text = kubeconfig(server.url).replace(
      Buffer.from(tls.cert).toString('base64'),
      Buffer.from(other.cert).toString('base64'),
    );
    const client = new KubeClient(await parseKubeconfig(text));
    await expect(client.get('/version')).rejects.toThrow(/Cannot reach the Kubernetes API/);
  });
});

describe('pre-flight checks', () => {
  it('creates a missing namespace only when allowed', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    const logger = memoryLogger();
    await expect(ensureNamespace(client, 'absent', { create: false, logger })).rejects.toThrow(
      /Namespace "absent" does not exist; create it or set 'create-namespace: true'/,
    );
    expect(await ensureNamespace(client, 'absent', { create: true, logger })).toBe('created');
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/namespaces' });
  });
  it('asks no access review when the RBAC rules grant everything', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    const before = server.requests.length;
    await checkPermissions(client, 'ruled');
    expect(server.requests.slice(before).map((r) => r.url)).toEqual([
      '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
    ]);
  });
  it('names the permission the user lacks', async () => {
    const client = new KubeClient(await parseKubeconfig(kubeconfig(server.url)));
    await expect(checkPermissions(client, 'apps')).rejects.toThrow(
      `The kubeconfig's user may not delete secrets in namespace "apps" (helm keeps release history in Secrets)`,
    );
  });
});

describe('rulesGrant', () => {
  const secretsList = { verb: 'list', resource: 'secrets', why: '' };
  it('grants by verb, group and resource, with wildcards', () => {
    expect(rulesGrant([{ verbs: ['list'], apiGroups: [''], resources: ['secrets'] }], secretsList)).toBe(true);
    expect(rulesGrant([{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }], secretsList)).toBe(true);
    expect(rulesGrant([{ verbs: ['get'], apiGroups: [''], resources: ['secrets'] }], secretsList)).toBe(false);
    expect(rulesGrant([{ verbs: ['list'], apiGroups: ['apps'], resources: ['secrets'] }], secretsList)).toBe(false);
  });
  it('does not count a rule limited to named objects', () => {
    expect(
      rulesGrant([{ verbs: ['list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['one'] }], secretsList),
    ).toBe(false);
  });
});
