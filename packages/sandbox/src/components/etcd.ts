import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterSpec } from '../cluster-spec';
import { ensureService, type ClusterContext } from '../component';
import { httpGet } from '../probe';

/**
 * etcd built at the version Kubernetes pins for its client, one member, plain HTTP on loopback,
 * data under the state folder, no fsync (the sandbox's data is disposable).
 */
export async function startEtcd(ctx: ClusterContext<'etcd'>, cluster: ClusterSpec): Promise<string> {
  const { ports } = cluster;
  const client = `http://127.0.0.1:${ports.etcdClient}`;
  const peer = `http://127.0.0.1:${ports.etcdPeer}`;
  const data = join(ctx.paths.data, cluster.etcdDataDir);
  mkdirSync(data, { recursive: true, mode: 0o700 });
  await ensureService(ctx, {
    name: cluster.names.etcd,
    command: ctx.binaries.etcd,
    args: [
      '--name=slipway',
      `--data-dir=${data}`,
      `--listen-client-urls=${client}`,
      `--advertise-client-urls=${client}`,
      `--listen-peer-urls=${peer}`,
      `--initial-advertise-peer-urls=${peer}`,
      `--initial-cluster=slipway=${peer}`,
      '--initial-cluster-state=new',
      '--logger=zap',
      '--log-level=warn',
      '--unsafe-no-fsync',
    ],
    ports: [ports.etcdClient, ports.etcdPeer],
    ready: async () => {
      const res = await httpGet(`${client}/health`);
      return (res.status === 200 && res.body.includes('true')) || `/health: ${res.status} ${res.body}`;
    },
  });
  return client;
}
