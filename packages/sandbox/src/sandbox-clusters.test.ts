import { describe, expect, it } from '@jest/globals';
import { clusterServiceNames, clusterSpec } from './cluster-spec';
import { parseEnvFile, renderEnvFile } from './env-file';
import { clusterEnv, refuseReadyClass, sandboxClusters } from './sandbox-clusters';

const cluster = (index: number) => ({
  index,
  api: `https://127.0.0.1:${47000 + index}`,
  kubeconfig: `/s/config/kube-${index}/admin.kubeconfig`,
  deployerKubeconfig: `/s/config/kube-${index}/deployer.kubeconfig`,
});

describe('clusters in the env file', () => {
  it('names the count and, per cluster, its API server and both kubeconfigs', () => {
    expect(clusterEnv([cluster(1), cluster(2)])).toEqual({
      SLIPWAY_CLUSTERS: '2',
      SLIPWAY_REFUSE_READY_CLASS: refuseReadyClass,
      SLIPWAY_KUBE_API_1: 'https://127.0.0.1:47001',
      SLIPWAY_KUBECONFIG_1: '/s/config/kube-1/admin.kubeconfig',
      SLIPWAY_KUBECONFIG_DEPLOYER_1: '/s/config/kube-1/deployer.kubeconfig',
      SLIPWAY_KUBE_API_2: 'https://127.0.0.1:47002',
      SLIPWAY_KUBECONFIG_2: '/s/config/kube-2/admin.kubeconfig',
      SLIPWAY_KUBECONFIG_DEPLOYER_2: '/s/config/kube-2/deployer.kubeconfig',
    });
  });

  it('reads back, through the env file, the clusters it wrote', () => {
    const clusters = [cluster(1), cluster(2), cluster(3)];
    expect(sandboxClusters(parseEnvFile(renderEnvFile(clusterEnv(clusters))))).toEqual(clusters);
  });

  it('reads an env file from before --clusters as its one cluster', () => {
    expect(
      sandboxClusters({
        SLIPWAY_KUBE_API: 'https://127.0.0.1:47143',
        SLIPWAY_KUBECONFIG_ADMIN: '/s/admin.kubeconfig',
        SLIPWAY_KUBECONFIG_DEPLOYER: '/s/deployer.kubeconfig',
      }),
    ).toEqual([
      {
        index: 1,
        api: 'https://127.0.0.1:47143',
        kubeconfig: '/s/admin.kubeconfig',
        deployerKubeconfig: '/s/deployer.kubeconfig',
      },
    ]);
  });

  it('says which key is missing', () => {
    const env = clusterEnv([cluster(1), cluster(2)]);
    delete env['SLIPWAY_KUBECONFIG_2'];
    expect(() => sandboxClusters(env)).toThrow('the sandbox env file has no SLIPWAY_KUBECONFIG_2');
  });
});

describe('cluster names', () => {
  it('keeps cluster 1 on the names its pid files, logs, data and kubeconfigs always had', () => {
    expect(clusterSpec(1, {})).toMatchObject({
      names: {
        etcd: 'etcd',
        apiserver: 'kube-apiserver',
        controllerManager: 'kube-controller-manager',
        scheduler: 'kube-scheduler',
        kwok: 'kwok',
      },
      etcdDataDir: 'etcd',
      kubeconfigDir: 'kube',
      kubeconfigCluster: 'slipway-sandbox',
    });
  });

  it('gives cluster i ≥ 2 names of its own', () => {
    expect(clusterServiceNames(3)).toEqual({
      etcd: 'etcd-3',
      apiserver: 'kube-apiserver-3',
      controllerManager: 'kube-controller-manager-3',
      scheduler: 'kube-scheduler-3',
      kwok: 'kwok-3',
    });
    expect(clusterSpec(3, {})).toMatchObject({
      etcdDataDir: 'etcd-3',
      kubeconfigDir: 'kube-3',
      kubeconfigCluster: 'slipway-sandbox-3',
    });
  });
});
