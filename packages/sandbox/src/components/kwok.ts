import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLeaf } from '../certs';
import type { ClusterSpec } from '../cluster-spec';
import { ensureService, type ClusterContext } from '../component';
import { kubectl, kubectlApply } from '../kubectl';
import { writeKubeconfig } from '../kubeconfig';
import { packageDir } from '../paths';
import { httpGet } from '../probe';
import { waitFor } from '../wait-for';
import type { ControlPlane } from './kubernetes';

export const kwokNodes = ['kwok-node-1', 'kwok-node-2'];
export const stagesFile = join(packageDir, 'kwok', 'stages.yaml');

function nodeManifest(name: string): string {
  return `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    type: kwok
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: ${name}
    kubernetes.io/os: linux
    kubernetes.io/role: agent
    node-role.kubernetes.io/agent: ""
status:
  allocatable:
    cpu: "32"
    memory: 256Gi
    pods: "110"
  capacity:
    cpu: "32"
    memory: 256Gi
    pods: "110"
`;
}

/**
 * kwok simulating the nodes: their pods become Running and Ready, except pods with a `:broken`
 * image or the label sandbox.slipway.dev/never-ready, which never do (see kwok/stages.yaml).
 */
export async function startKwok(
  ctx: ClusterContext<'kwok' | 'kubectl'>,
  spec: ClusterSpec,
  plane: ControlPlane,
): Promise<string[]> {
  const { ports, names } = spec;
  // A HOME of its own per cluster: kwok keeps files there.
  const home = join(ctx.paths.state, 'run', ...(spec.index === 1 ? [] : [names.kwok]));
  mkdirSync(home, { recursive: true });
  const pair = await ensureLeaf(ctx.paths.certs, ctx.ca, {
    name: 'kwok',
    subject: '/O=system:masters/CN=kwok',
    usage: 'client',
  });
  const kubeconfig = writeKubeconfig(join(plane.kubeconfigDir, 'kwok.kubeconfig'), {
    server: plane.server,
    cluster: plane.cluster,
    caCert: ctx.ca.cert,
    client: pair,
    user: 'kwok',
  });
  await ensureService(ctx, {
    name: names.kwok,
    command: ctx.binaries.kwok,
    args: [
      `--kubeconfig=${kubeconfig}`,
      `--config=${stagesFile}`,
      '--manage-all-nodes=false',
      '--manage-nodes-with-label-selector=type=kwok',
      `--server-address=127.0.0.1:${ports.kwok}`,
      '--node-ip=10.244.0.1',
      '--cidr=10.244.0.0/16',
    ],
    env: { ...process.env, HOME: home },
    ports: [ports.kwok],
    ready: async () => (await httpGet(`http://127.0.0.1:${ports.kwok}/healthz`)).status === 200,
  });
  const admin = { kubectl: ctx.binaries.kubectl, kubeconfig: plane.adminKubeconfig };
  await kubectlApply(admin, kwokNodes.map(nodeManifest).join('---\n'));
  await waitFor(
    async () => {
      await kubectl(admin, ['wait', '--for=condition=Ready', '--timeout=5s', ...kwokNodes.map((n) => `node/${n}`)]);
      return true;
    },
    { what: `nodes ${kwokNodes.join(', ')} to be Ready`, timeoutMs: 60_000 },
  );
  return kwokNodes;
}
