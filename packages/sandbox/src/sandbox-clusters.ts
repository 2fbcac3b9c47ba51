import type { SandboxEnv } from './env-file';

/** One cluster of a running sandbox, as its env file names it. */
export interface SandboxCluster {
  /** 1..SLIPWAY_CLUSTERS; cluster 1 is the one SLIPWAY_KUBE_API and KUBECONFIG point at. */
  index: number;
  api: string;
  /** Cluster admin (system:masters). */
  kubeconfig: string;
  /** The least-privilege deployer, in namespace SLIPWAY_NAMESPACE. */
  deployerKubeconfig: string;
}

/** The PriorityClass whose presence in a cluster is its refuse-Ready rule (refuse-ready.ts, kwok/stages.yaml). */
export const refuseReadyClass = 'slipway-sandbox-refuse-ready';

export interface ClusterEnvInput {
  index: number;
  api: string;
  kubeconfig: string;
  deployerKubeconfig: string;
}

/** The env file's keys for the clusters: SLIPWAY_CLUSTERS and, for each i, SLIPWAY_KUBE_API_<i>, SLIPWAY_KUBECONFIG_<i>, SLIPWAY_KUBECONFIG_DEPLOYER_<i>. */
export function clusterEnv(clusters: ClusterEnvInput[]): SandboxEnv {
  const env: SandboxEnv = { SLIPWAY_CLUSTERS: String(clusters.length), SLIPWAY_REFUSE_READY_CLASS: refuseReadyClass };
  for (const cluster of clusters) {
    env[`SLIPWAY_KUBE_API_${cluster.index}`] = cluster.api;
    env[`SLIPWAY_KUBECONFIG_${cluster.index}`] = cluster.kubeconfig;
    env[`SLIPWAY_KUBECONFIG_DEPLOYER_${cluster.index}`] = cluster.deployerKubeconfig;
  }
  return env;
}

/**
 * The clusters a sandbox env file describes. An env file from before `--clusters` (no
 * SLIPWAY_CLUSTERS) has the one cluster of SLIPWAY_KUBE_API and the admin/deployer kubeconfigs.
 */
export function sandboxClusters(env: SandboxEnv): SandboxCluster[] {
  const count = Number(env['SLIPWAY_CLUSTERS'] ?? '1');
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`SLIPWAY_CLUSTERS must be a whole number ≥ 1, got ${env['SLIPWAY_CLUSTERS']}`);
  return Array.from({ length: count }, (_, i) => {
    const index = i + 1;
    const legacy = index === 1 && env['SLIPWAY_CLUSTERS'] === undefined;
    const key = (name: string, old: string): string => {
      const value = env[legacy ? old : `${name}_${index}`];
      if (!value) throw new Error(`the sandbox env file has no ${name}_${index}: run npm run sandbox -- up`);
      return value;
    };
    return {
      index,
      api: key('SLIPWAY_KUBE_API', 'SLIPWAY_KUBE_API'),
      kubeconfig: key('SLIPWAY_KUBECONFIG', 'SLIPWAY_KUBECONFIG_ADMIN'),
      deployerKubeconfig: key('SLIPWAY_KUBECONFIG_DEPLOYER', 'SLIPWAY_KUBECONFIG_DEPLOYER'),
    };
  });
}
