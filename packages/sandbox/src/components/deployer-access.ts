import { join } from 'node:path';
import { ensureLeaf } from '../certs';
import type { ClusterContext } from '../component';
import { kubectl, kubectlApply } from '../kubectl';
import { writeKubeconfig } from '../kubeconfig';
import { waitFor } from '../wait-for';
import type { ControlPlane } from './kubernetes';

export const deployerNamespace = 'slipway';
export const deployerUser = 'slipway-deployer';

/**
 * What a deployer may do, in its own namespace only: what helm (v3 and v4) needs for a release
 * and its --wait, what kubectl rollout status/undo needs, and the traffic objects a canary edits.
 */
const rules: { apiGroups: string[]; resources: string[] }[] = [
  {
    apiGroups: [''],
    resources: [
      'configmaps',
      'secrets',
      'services',
      'serviceaccounts',
      'pods',
      'pods/log',
      'events',
      'endpoints',
      'persistentvolumeclaims',
    ],
  },
  {
    apiGroups: ['apps'],
    resources: ['deployments', 'deployments/scale', 'replicasets', 'statefulsets', 'daemonsets'],
  },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'] },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'] },
  { apiGroups: ['gateway.networking.k8s.io'], resources: ['httproutes'] },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
  { apiGroups: ['events.k8s.io'], resources: ['events'] },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'] },
];

const verbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

function manifest(): string {
  const ruleYaml = rules
    .map(
      (rule) =>
        `  - apiGroups: ${JSON.stringify(rule.apiGroups)}\n    resources: ${JSON.stringify(rule.resources)}\n    verbs: ${JSON.stringify(verbs)}`,
    )
    .join('\n');
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${deployerNamespace}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: slipway-deployer
  namespace: ${deployerNamespace}
rules:
${ruleYaml}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: slipway-deployer
  namespace: ${deployerNamespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: slipway-deployer
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: ${deployerUser}
`;
}

/** The namespace, a least-privilege Role bound to the deployer, and the deployer's kubeconfig. */
export async function ensureDeployerAccess(ctx: ClusterContext<'kubectl'>, plane: ControlPlane): Promise<string> {
  const admin = { kubectl: ctx.binaries.kubectl, kubeconfig: plane.adminKubeconfig };
  await kubectlApply(admin, manifest());
  const pair = await ensureLeaf(ctx.paths.certs, ctx.ca, {
    name: 'deployer',
    subject: `/CN=${deployerUser}`,
    usage: 'client',
  });
  const path = writeKubeconfig(join(plane.kubeconfigDir, 'deployer.kubeconfig'), {
    server: plane.server,
    cluster: plane.cluster,
    caCert: ctx.ca.cert,
    client: pair,
    user: deployerUser,
    namespace: deployerNamespace,
  });
  // Pods can only be created once the controller manager made the namespace's default account.
  await waitFor(
    async () => {
      await kubectl(admin, ['get', 'serviceaccount', 'default', '-n', deployerNamespace]);
      return true;
    },
    { what: `the default service account in ${deployerNamespace}`, timeoutMs: 60_000 },
  );
  return path;
}
