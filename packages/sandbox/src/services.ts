import { clusterServiceNames } from './cluster-spec';

/** The processes every sandbox shares, in start order. */
export const sharedServiceNames = ['dockerd', 'registry', 'registry-tls', 'metrics-stub', 'prometheus'] as const;

/** Cluster i's processes, in start order (cluster 1's are etcd, kube-apiserver, …; cluster 2's etcd-2, …). */
export function clusterProcessNames(index: number): string[] {
  const names = clusterServiceNames(index);
  return [names.etcd, names.apiserver, names.controllerManager, names.scheduler, names.kwok];
}

/** etcd of any cluster: `down` stops it after everything that uses it. */
export function isEtcd(name: string): boolean {
  return /^etcd(-\d+)?$/.test(name);
}
