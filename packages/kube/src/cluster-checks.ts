import { ConfigError, mapConcurrent, type Logger } from '@slipway/kit';
import { KubeApiError, type KubeClient } from './kube-client';

/** GET /version: the API server answers, and with which version. */
export async function checkReachable(client: KubeClient): Promise<string> {
  const version = await client.get<{ gitVersion?: string }>('/version');
  return version.gitVersion ?? 'unknown';
}

/**
 * Whether the namespace exists, changing nothing. A user who may not read Namespace objects (a
 * namespaced deployer) is trusted that it exists: the permission check says the rest.
 */
export async function lookupNamespace(
  client: KubeClient,
  namespace: string,
  logger: Logger,
): Promise<'present' | 'absent' | 'assumed'> {
  try {
    return (await client.find(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) ? 'present' : 'absent';
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 403) {
      logger.info(`Cannot read namespace ${namespace} (forbidden to this user): assuming it exists`);
      return 'assumed';
    }
    throw error;
  }
}

/** The namespace exists, or is created when allowed; `found` is a lookup already made. */
export async function ensureNamespace(
  client: KubeClient,
  namespace: string,
  options: { create: boolean; logger: Logger; found?: 'present' | 'absent' | 'assumed' },
): Promise<'present' | 'created' | 'assumed'> {
  const found = options.found ?? (await lookupNamespace(client, namespace, options.logger));
  if (found !== 'absent') return found;
  if (!options.create)
    throw new ConfigError(`Namespace "${namespace}" does not exist; create it or set 'create-namespace: true'`);
  try {
    await client.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 409) return 'present';
    if (error instanceof KubeApiError && error.status === 403)
      throw new ConfigError(
        `Namespace "${namespace}" does not exist and this user may not create namespaces: ${error.message}`,
      );
    throw error;
  }
  options.logger.info(`Created namespace ${namespace}`);
  return 'created';
}

export interface Permission {
  verb: string;
  resource: string;
  group?: string;
  /** Why it is needed, for the error message. */
  why: string;
}

/** What a helm release with rollout watching needs in its namespace. */
export const DEPLOY_PERMISSIONS: Permission[] = [
  ...['get', 'list', 'create', 'update', 'delete'].map((verb) => ({
    verb,
    resource: 'secrets',
    why: 'helm keeps release history in Secrets',
  })),
  ...['get', 'list', 'create', 'patch'].map((verb) => ({
    verb,
    resource: 'deployments',
    group: 'apps',
    why: 'to deploy the workloads',
  })),
  { verb: 'list', resource: 'statefulsets', group: 'apps', why: 'to watch the rollout' },
  { verb: 'list', resource: 'daemonsets', group: 'apps', why: 'to watch the rollout' },
  { verb: 'list', resource: 'pods', why: 'to explain a failed rollout' },
  { verb: 'list', resource: 'events', why: 'to explain a failed rollout' },
];

type ResourceRule = { verbs?: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] };

/** Whether RBAC rules grant a permission on every object of its kind (a rule naming objects does not). */
export function rulesGrant(rules: ResourceRule[], p: Permission): boolean {
  const has = (list: string[] | undefined, value: string) => !!list && (list.includes('*') || list.includes(value));
  return rules.some(
    (r) =>
      !r.resourceNames?.length &&
      has(r.verbs, p.verb) &&
      has(r.apiGroups, p.group ?? '') &&
      has(r.resources, p.resource),
  );
}

/**
 * Whether this user may do each thing; fails naming the first permission missing. One
 * SelfSubjectRulesReview answers for most users at once; what its rules do not grant (they may be
 * incomplete: the Node authorizer and webhooks cannot list theirs) is asked one by one with
 * SelfSubjectAccessReviews. Both reviews are allowed to every authenticated user.
 */
export async function checkPermissions(
  client: KubeClient,
  namespace: string,
  permissions = DEPLOY_PERMISSIONS,
): Promise<void> {
  const rules = await client
    .create<{ status?: { resourceRules?: ResourceRule[] } }>('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectRulesReview',
      spec: { namespace },
    })
    .then(
      (review) => review.status?.resourceRules ?? [],
      (error: unknown) => {
        // Refused or not served: the access reviews below decide alone.
        if (error instanceof KubeApiError) return [];
        throw error;
      },
    );
  const unsure = permissions.filter((p) => !rulesGrant(rules, p));
  const answers = await mapConcurrent(unsure, unsure.length, async (p) => {
    const review = await client.create<{ status?: { allowed?: boolean; reason?: string } }>(
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { namespace, verb: p.verb, resource: p.resource, group: p.group ?? '' } },
      },
    );
    return { p, allowed: review.status?.allowed === true };
  });
  const missing = answers.filter((a) => !a.allowed).map((a) => a.p);
  if (!missing.length) return;
  const first = missing[0] as Permission;
  const what = (p: Permission) => `${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}`;
  throw new ConfigError(
    `The kubeconfig's user may not ${what(first)} in namespace "${namespace}" (${first.why})${missing.length > 1 ? `; also missing: ${missing.slice(1).map(what).join(', ')}` : ''}`,
  );
}
