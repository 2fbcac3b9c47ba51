/**
 * Fixed loopback ports in an unusual range, so the sandbox never collides with a developer's own
 * services. SLIPWAY_PORT_BASE moves the whole block (default 47100): every port, those of the
 * extra clusters too, is in base..base+99, so two sandboxes whose bases are 100 apart never meet.
 */
export interface Ports {
  registry: number;
  registryTls: number;
  etcdClient: number;
  etcdPeer: number;
  apiserver: number;
  controllerManager: number;
  scheduler: number;
  kwok: number;
  prometheus: number;
  metricsStub: number;
}

/** The ports of one cluster's own processes. */
export type ClusterPorts = Pick<
  Ports,
  'etcdClient' | 'etcdPeer' | 'apiserver' | 'controllerManager' | 'scheduler' | 'kwok'
>;

/** Clusters 2.. take six ports each from the block's free start (base+0..base+41): at most 8 in all. */
export const maxClusters = 8;
const clusterSlotWidth = 6;

export function portBase(env: NodeJS.ProcessEnv = process.env): number {
  const base = Number(env['SLIPWAY_PORT_BASE'] || 47100);
  if (!Number.isInteger(base) || base < 1024 || base > 65000) {
    throw new Error(`SLIPWAY_PORT_BASE must be an integer in 1024..65000, got ${base}`);
  }
  return base;
}

export function sandboxPorts(env: NodeJS.ProcessEnv = process.env): Ports {
  const base = portBase(env);
  return {
    registry: base + 50,
    registryTls: base + 51,
    etcdClient: base + 79,
    etcdPeer: base + 80,
    apiserver: base + 43,
    controllerManager: base + 57,
    scheduler: base + 59,
    kwok: base + 83,
    prometheus: base + 90,
    metricsStub: base + 91,
  };
}

/** Cluster 1 keeps the sandbox's historic ports; cluster i ≥ 2 its own slot of six. */
export function clusterPorts(index: number, env: NodeJS.ProcessEnv = process.env): ClusterPorts {
  if (!Number.isInteger(index) || index < 1 || index > maxClusters) {
    throw new Error(`cluster index must be an integer in 1..${maxClusters}, got ${index}`);
  }
  if (index === 1) {
    const { etcdClient, etcdPeer, apiserver, controllerManager, scheduler, kwok } = sandboxPorts(env);
    return { etcdClient, etcdPeer, apiserver, controllerManager, scheduler, kwok };
  }
  const slot = portBase(env) + (index - 2) * clusterSlotWidth;
  return {
    apiserver: slot,
    etcdClient: slot + 1,
    etcdPeer: slot + 2,
    controllerManager: slot + 3,
    scheduler: slot + 4,
    kwok: slot + 5,
  };
}
