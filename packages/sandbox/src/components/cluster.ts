import type { BinaryBuilds } from '../binaries';
import type { ClusterSpec } from '../cluster-spec';
import type { SandboxContext } from '../component';
import { ensureDeployerAccess } from './deployer-access';
import { startEtcd } from './etcd';
import { startControlPlane, type ControlPlane } from './kubernetes';
import { startKwok } from './kwok';

/** One cluster, up: its API server, kubeconfigs and nodes. */
export interface Cluster {
  spec: ClusterSpec;
  plane: ControlPlane;
  deployerKubeconfig: string;
  nodes: string[];
}

/** Runs one part of `up` under a progress line of its own (up.ts' stepper). */
export type Step = <T>(name: string, action: () => Promise<T>) => Promise<T>;

/**
 * etcd, the control plane, the deployer's access and the kwok nodes of one cluster, each part as
 * soon as its binaries are built. Cluster 1's steps keep their historic names (and timings);
 * cluster i's are "cluster i …".
 */
export async function startCluster(
  ctx: SandboxContext,
  spec: ClusterSpec,
  builds: Pick<BinaryBuilds, 'etcd' | 'kubernetes' | 'kwok'>,
  step: Step,
): Promise<Cluster> {
  const prefix = spec.index === 1 ? '' : `cluster ${spec.index} `;
  const etcd = await builds.etcd;
  const etcdUrl = await step(`${prefix}etcd`, () => startEtcd({ ...ctx, binaries: { etcd } }, spec));
  const kube = await builds.kubernetes;
  const plane = await step(`${prefix}kubernetes control plane`, () =>
    startControlPlane({ ...ctx, binaries: kube }, spec, etcdUrl),
  );
  const deployerKubeconfig = await step(`${prefix}deployer access`, () =>
    ensureDeployerAccess({ ...ctx, binaries: kube }, plane),
  );
  const kwok = await builds.kwok;
  const nodes = await step(`${prefix}kwok nodes`, () =>
    startKwok({ ...ctx, binaries: { kwok, kubectl: kube.kubectl } }, spec, plane),
  );
  return { spec, plane, deployerKubeconfig, nodes };
}
