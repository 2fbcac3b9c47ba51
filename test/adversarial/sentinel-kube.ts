/**
 * The sentinel's answers as a permissive Kubernetes API: reachable, everything allowed, every
 * namespace present, every collection empty, every object absent, every write accepted. Enough
 * for a deploy to pass its pre-flight and start helm, whose argv is what the suite judges.
 * undefined: not a Kubernetes path.
 */
export function answerAsKubernetes(method: string, rawPath: string): { status: number; body: unknown } | undefined {
  const path = rawPath.split('?')[0] ?? '/';
  if (path === '/version') return { status: 200, body: { major: '1', minor: '36', gitVersion: 'v1.36.0' } };
  if (!/^\/apis?\//.test(path)) return undefined;
  if (path.endsWith('/selfsubjectrulesreviews'))
    return {
      status: 201,
      body: {
        status: { resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }], incomplete: false },
      },
    };
  if (path.endsWith('/selfsubjectaccessreviews')) return { status: 201, body: { status: { allowed: true } } };
  if (method !== 'GET') return { status: method === 'POST' ? 201 : 200, body: { metadata: { name: 'sentinel' } } };
  const parts = path.split('/').filter(Boolean);
  // api/v1 or apis/<group>/<version>, then namespaces/<ns>[/<resource>[/<name>]].
  const rest = parts.slice(parts[0] === 'api' ? 2 : 3);
  if (rest[0] === 'namespaces' && rest.length === 2) return { status: 200, body: { metadata: { name: rest[1] } } };
  if (rest.length === 1 || (rest[0] === 'namespaces' && rest.length === 3))
    return { status: 200, body: { items: [], metadata: { resourceVersion: '1' } } };
  return { status: 404, body: { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404 } };
}
