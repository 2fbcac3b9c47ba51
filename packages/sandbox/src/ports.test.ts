import { describe, expect, it } from '@jest/globals';
import { clusterPorts, maxClusters, sandboxPorts } from './ports';

const everyPort = (base: string): number[] => {
  const env = { SLIPWAY_PORT_BASE: base };
  // Cluster 1's ports are among sandboxPorts'; clusters 2.. add their own.
  const clusters = Array.from({ length: maxClusters - 1 }, (_, i) => Object.values(clusterPorts(i + 2, env)));
  return [...Object.values(sandboxPorts(env)), ...clusters.flat()];
};

describe('sandbox ports', () => {
  it('keeps cluster 1 on the ports the sandbox always had', () => {
    expect(clusterPorts(1, {})).toEqual({
      etcdClient: 47179,
      etcdPeer: 47180,
      apiserver: 47143,
      controllerManager: 47157,
      scheduler: 47159,
      kwok: 47183,
    });
  });

  it('gives every cluster up to the most ports of its own, none shared with another or the shared services', () => {
    const ports = everyPort('47100');
    expect(ports).toHaveLength(10 + 6 * (maxClusters - 1));
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('keeps every port in base..base+99, so sandboxes 100 apart (the dev one, CI at 48600) never meet', () => {
    for (const base of ['47100', '47600', '48600']) {
      for (const port of everyPort(base)) {
        expect(port).toBeGreaterThanOrEqual(Number(base));
        expect(port).toBeLessThan(Number(base) + 100);
      }
    }
    const dev = new Set(everyPort('47100'));
    expect(everyPort('48600').filter((port) => dev.has(port))).toEqual([]);
  });

  it('moves cluster 2 with SLIPWAY_PORT_BASE', () => {
    expect(clusterPorts(2, { SLIPWAY_PORT_BASE: '48600' }).apiserver).toBe(48600);
    expect(clusterPorts(3, { SLIPWAY_PORT_BASE: '48600' }).apiserver).toBe(48606);
  });

  it('refuses a cluster index outside 1..maxClusters and a bad base', () => {
    expect(() => clusterPorts(0)).toThrow(`cluster index must be an integer in 1..${maxClusters}, got 0`);
    expect(() => clusterPorts(maxClusters + 1)).toThrow('cluster index must be an integer');
    expect(() => sandboxPorts({ SLIPWAY_PORT_BASE: 'x' })).toThrow('SLIPWAY_PORT_BASE must be an integer');
  });
});
