import { clusterPorts, type ClusterPorts } from './ports';

/** The processes of one cluster, by their pid file and log names. */
export interface ClusterServiceNames {
  etcd: string;
  apiserver: string;
  controllerManager: string;
  scheduler: string;
  kwok: string;
}

/** Where and under which names one cluster of the sandbox runs. */
export interface ClusterSpec {
  /** 1..N: cluster 1 is the sandbox's historic one (its names and ports never change). */
  index: number;
  ports: ClusterPorts;
  names: ClusterServiceNames;
  /** Folder under data/ for its etcd, and under config/ for its kubeconfigs. */
  etcdDataDir: string;
  kubeconfigDir: string;
  /** The cluster's name in its kubeconfigs (contexts are <user>@<this>), so merged kubeconfigs never clash. */
  kubeconfigCluster: string;
}

/** The names of cluster i's processes: cluster 1's as they always were, `-<i>` after them for the rest. */
export function clusterServiceNames(index: number): ClusterServiceNames {
  const suffix = index === 1 ? '' : `-${index}`;
  return {
    etcd: `etcd${suffix}`,
    apiserver: `kube-apiserver${suffix}`,
    controllerManager: `kube-controller-manager${suffix}`,
    scheduler: `kube-scheduler${suffix}`,
    kwok: `kwok${suffix}`,
  };
}

export function clusterSpec(index: number, env: NodeJS.ProcessEnv = process.env): ClusterSpec {
  const suffix = index === 1 ? '' : `-${index}`;
  return {
    index,
    ports: clusterPorts(index, env),
    names: clusterServiceNames(index),
    etcdDataDir: `etcd${suffix}`,
    kubeconfigDir: `kube${suffix}`,
    kubeconfigCluster: `slipway-sandbox${suffix}`,
  };
}
