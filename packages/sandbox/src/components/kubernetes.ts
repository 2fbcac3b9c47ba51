import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLeaf, ensureServiceAccountKey } from '../certs';
import type { ClusterSpec } from '../cluster-spec';
import { ensureService, type ClusterContext } from '../component';
import { writeKubeconfig } from '../kubeconfig';
import { httpGet } from '../probe';

export interface ControlPlane {
  server: string;
  /** The cluster's name in its kubeconfigs. */
  cluster: string;
  adminKubeconfig: string;
  kubeconfigDir: string;
  /** Bearer tokens the API server takes (a static token file), for exec-plugin tests. */
  tokens: string[];
}

/** The user the static tokens authenticate as: cluster admin, as the admin kubeconfig is. */
export const tokenUser = 'slipway-exec';

/**
 * A few bearer tokens in a static token file, kept across `up`s: an exec credential plugin in
 * the tests hands them out one after another, each "valid" for a few seconds.
 */
function ensureTokenFile(dir: string): { path: string; tokens: string[] } {
  const path = join(dir, 'tokens.csv');
  if (!existsSync(path)) {
    const lines = Array.from(
      { length: 8 },
      () => `${randomBytes(16).toString('hex')},${tokenUser},${tokenUser},"system:masters"`,
    );
    writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 });
  }
  const tokens = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(',')[0] as string);
  return { path, tokens };
}

export const serviceClusterIpRange = '10.96.0.0/16';

/** kube-apiserver, kube-controller-manager and kube-scheduler, built from the pinned version. */
export async function startControlPlane(
  ctx: ClusterContext<'kubeApiserver' | 'kubeControllerManager' | 'kubeScheduler'>,
  spec: ClusterSpec,
  etcdUrl: string,
): Promise<ControlPlane> {
  const { certs } = ctx.paths;
  const { ports, names, kubeconfigCluster: cluster } = spec;
  const server = `https://127.0.0.1:${ports.apiserver}`;
  const kubeconfigDir = join(ctx.paths.config, spec.kubeconfigDir);
  mkdirSync(kubeconfigDir, { recursive: true, mode: 0o700 });

  const serving = await ensureLeaf(certs, ctx.ca, {
    name: 'kube-apiserver',
    subject: '/CN=kube-apiserver',
    usage: 'server',
    altNames: [
      'IP:127.0.0.1',
      'IP:10.96.0.1',
      'DNS:localhost',
      'DNS:kubernetes',
      'DNS:kubernetes.default',
      'DNS:kubernetes.default.svc',
      'DNS:kubernetes.default.svc.cluster.local',
    ],
  });
  const sa = await ensureServiceAccountKey(certs);
  const tokenFile = ensureTokenFile(kubeconfigDir);
  const client = (name: string, subject: string) => ensureLeaf(certs, ctx.ca, { name, subject, usage: 'client' });
  const admin = await client('admin', '/O=system:masters/CN=slipway-admin');
  const kcm = await client('kube-controller-manager', '/CN=system:kube-controller-manager');
  const scheduler = await client('kube-scheduler', '/CN=system:kube-scheduler');

  const kubeconfig = (name: string, pair: typeof admin, user: string) =>
    writeKubeconfig(join(kubeconfigDir, `${name}.kubeconfig`), {
      server,
      cluster,
      caCert: ctx.ca.cert,
      client: pair,
      user,
    });
  const adminKubeconfig = kubeconfig('admin', admin, 'slipway-admin');
  const kcmKubeconfig = kubeconfig('kube-controller-manager', kcm, 'system:kube-controller-manager');
  const schedulerKubeconfig = kubeconfig('kube-scheduler', scheduler, 'system:kube-scheduler');

  const ca = readFileSync(ctx.ca.cert);
  const adminCert = { ca, cert: readFileSync(admin.cert), key: readFileSync(admin.key) };

  await ensureService(ctx, {
    name: names.apiserver,
    command: ctx.binaries.kubeApiserver,
    args: [
      `--etcd-servers=${etcdUrl}`,
      '--etcd-prefix=/slipway-registry',
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${ports.apiserver}`,
      `--tls-cert-file=${serving.cert}`,
      `--tls-private-key-file=${serving.key}`,
      `--client-ca-file=${ctx.ca.cert}`,
      `--token-auth-file=${tokenFile.path}`,
      `--service-account-key-file=${sa.pub}`,
      `--service-account-signing-key-file=${sa.key}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--authorization-mode=RBAC',
      '--anonymous-auth=false',
      `--service-cluster-ip-range=${serviceClusterIpRange}`,
      // Endpoints may not hold loopback addresses; nothing in the sandbox needs them.
      '--endpoint-reconciler-type=none',
      '--allow-privileged=true',
      '--profiling=false',
      '--v=1',
    ],
    ports: [ports.apiserver],
    ready: async () => {
      const res = await httpGet(`${server}/readyz`, adminCert);
      return res.status === 200 || `/readyz answered ${res.status}: ${res.body.slice(-300)}`;
    },
    readyTimeoutMs: 120_000,
  });

  const healthz = (port: number) => async () => {
    const res = await httpGet(`https://127.0.0.1:${port}/healthz`, { insecure: true });
    return res.status === 200 || `/healthz answered ${res.status}`;
  };
  await Promise.all([
    ensureService(ctx, {
      name: names.controllerManager,
      command: ctx.binaries.kubeControllerManager,
      args: [
        `--kubeconfig=${kcmKubeconfig}`,
        `--authentication-kubeconfig=${kcmKubeconfig}`,
        `--authorization-kubeconfig=${kcmKubeconfig}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${ports.controllerManager}`,
        `--service-account-private-key-file=${sa.key}`,
        `--root-ca-file=${ctx.ca.cert}`,
        `--cluster-signing-cert-file=${ctx.ca.cert}`,
        `--cluster-signing-key-file=${ctx.ca.key}`,
        '--use-service-account-credentials=true',
        `--service-cluster-ip-range=${serviceClusterIpRange}`,
        '--leader-elect=false',
        '--v=1',
      ],
      ports: [ports.controllerManager],
      ready: healthz(ports.controllerManager),
    }),
    ensureService(ctx, {
      name: names.scheduler,
      command: ctx.binaries.kubeScheduler,
      args: [
        `--kubeconfig=${schedulerKubeconfig}`,
        `--authentication-kubeconfig=${schedulerKubeconfig}`,
        `--authorization-kubeconfig=${schedulerKubeconfig}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${ports.scheduler}`,
        '--leader-elect=false',
        '--v=1',
      ],
      ports: [ports.scheduler],
      ready: healthz(ports.scheduler),
    }),
  ]);
  return { server, cluster, adminKubeconfig, kubeconfigDir, tokens: tokenFile.tokens };
}
