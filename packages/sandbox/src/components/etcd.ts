import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureService, type ClusterContext } from '../component';
import { httpGet } from '../probe';

/**
 * etcd built at the version Kubernetes pins for its client, one member, plain HTTP on loopback,
 * data under the state folder, no fsync (the sandbox's data is disposable).
 */
export async function startEtcd(ctx: ClusterContext<'etcd'>): Promise<string> {
  const client = `http://127.0.0.1:${ctx.ports.etcdClient}`;
  const peer = `http://127.0.0.1:${ctx.ports.etcdPeer}`;
  const data = join(ctx.paths.data, 'etcd');
  mkdirSync(data, { recursive: true, mode: 0o700 });
  await ensureService(ctx, {
    name: 'etcd',
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
    ports: [ctx.ports.etcdClient, ctx.ports.etcdPeer],
    ready: async () => {
      const res = await httpGet(`${client}/health`);
      return (res.status === 200 && res.body.includes('true')) || `/health: ${res.status} ${res.body}`;
    },
  });
  return client;
}
