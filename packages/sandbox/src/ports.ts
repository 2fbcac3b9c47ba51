/**
 * Fixed loopback ports in an unusual range, so the sandbox never collides with a developer's own
 * services. SLIPWAY_PORT_BASE moves the whole block (default 47100).
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

export function sandboxPorts(env: NodeJS.ProcessEnv = process.env): Ports {
  const base = Number(env['SLIPWAY_PORT_BASE'] || 47100);
  if (!Number.isInteger(base) || base < 1024 || base > 65000) {
    throw new Error(`SLIPWAY_PORT_BASE must be an integer in 1024..65000, got ${base}`);
  }
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
