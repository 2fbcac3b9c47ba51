import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sandboxClusters, setRefuseReady, type SandboxCluster } from '@slipway/sandbox';
import { eventually, exec, execOk, need, sandbox, testTimeoutMs, uniqueSuffix } from './sandbox-helpers';

/**
 * `up --clusters N`: each cluster its own etcd, API server, controllers and kwok, and the
 * refuse-Ready rule of one cluster. Runs against a sandbox of two clusters or more; on one of a
 * single cluster it is skipped, and its title says so.
 */
const clusters = sandboxClusters(sandbox);
const several = clusters.length >= 2;
const first = clusters[0] as SandboxCluster;
// The rule is cluster-wide: the last cluster, the one a suite least likely uses beside this one.
const refusing = clusters.at(-1) as SandboxCluster;
const namespace = `sandbox-clusters-${uniqueSuffix()}`;
const image = `${need('SLIPWAY_REGISTRY')}/sandbox-test/hello`;

function kubectl(cluster: SandboxCluster, args: string[], input?: string) {
  return exec(need('KUBECTL'), [`--kubeconfig=${cluster.kubeconfig}`, ...args], { input });
}

async function kubectlOk(cluster: SandboxCluster, args: string[], input?: string): Promise<string> {
  const result = await kubectl(cluster, args, input);
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} in cluster ${cluster.index}: ${result.stderr}`);
  return result.stdout.trim();
}

function deployment(name: string, tag: string): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: `${image}:${tag}` }] },
      },
    },
  });
}

const readyReplicas = (cluster: SandboxCluster, name: string) =>
  kubectlOk(cluster, ['get', 'deployment', name, '-n', namespace, '-o', 'jsonpath={.status.readyReplicas}']);

/** The waiting reasons of the containers of the Deployment's newest pods. */
async function waitingReasons(cluster: SandboxCluster, name: string, tag: string): Promise<string[]> {
  const pods = JSON.parse(
    await kubectlOk(cluster, ['get', 'pods', '-n', namespace, '-l', `app=${name}`, '-o', 'json']),
  ) as {
    items: Array<{
      spec: { containers: Array<{ image: string }> };
      status: { containerStatuses?: Array<{ state: { waiting?: { reason: string } } }> };
    }>;
  };
  return pods.items
    .filter((pod) => pod.spec.containers[0]?.image.endsWith(`:${tag}`))
    .flatMap((pod) => (pod.status.containerStatuses ?? []).map((c) => c.state.waiting?.reason ?? 'not waiting'));
}

const title = several
  ? `sandbox of ${clusters.length} clusters`
  : 'sandbox clusters (skipped: the running sandbox has 1 cluster; bring it up with --clusters 2 or more)';

describe(title, () => {
  const maybe = several ? it : it.skip;

  beforeAll(async () => {
    if (!several) return;
    for (const cluster of clusters) await kubectlOk(cluster, ['create', 'namespace', namespace]);
  }, testTimeoutMs);

  afterAll(async () => {
    if (!several) return;
    await setRefuseReady(sandbox, refusing.index, false);
    for (const cluster of clusters) await kubectl(cluster, ['delete', 'namespace', namespace, '--wait=false']);
  }, testTimeoutMs);

  maybe(
    'each cluster is its own: its own API server and etcd, and what is made in one is absent from the others',
    async () => {
      expect(new Set(clusters.map((c) => c.api)).size).toBe(clusters.length);
      // kube-system is made by each API server at its first start: one uid per etcd.
      const uids = await Promise.all(
        clusters.map((c) => kubectlOk(c, ['get', 'namespace', 'kube-system', '-o', 'jsonpath={.metadata.uid}'])),
      );
      expect(uids.every((uid) => /^[0-9a-f-]{36}$/.test(uid))).toBe(true);
      expect(new Set(uids).size).toBe(clusters.length);

      const name = `only-in-${refusing.index}`;
      await kubectlOk(refusing, [
        'create',
        'configmap',
        name,
        '-n',
        namespace,
        `--from-literal=cluster=${refusing.index}`,
      ]);
      expect(
        await kubectlOk(refusing, ['get', 'configmap', name, '-n', namespace, '-o', 'jsonpath={.data.cluster}']),
      ).toBe(String(refusing.index));
      for (const other of clusters.filter((c) => c !== refusing)) {
        const absent = await kubectl(other, ['get', 'configmap', name, '-n', namespace]);
        expect(absent.code).not.toBe(0);
        expect(absent.stderr).toContain(`configmaps "${name}" not found`);
      }
    },
    testTimeoutMs,
  );

  maybe(
    'every cluster has its own Ready kwok nodes and its deployer, who may deploy in SLIPWAY_NAMESPACE there',
    async () => {
      for (const cluster of clusters) {
        const nodes = await kubectlOk(cluster, [
          'get',
          'nodes',
          '-o',
          'jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status} {end}',
        ]);
        expect(nodes).toBe(
          need('SLIPWAY_NODES')
            .split(',')
            .map((node) => `${node}=True`)
            .join(' '),
        );
        const deployer = await execOk(need('KUBECTL'), [
          `--kubeconfig=${cluster.deployerKubeconfig}`,
          'auth',
          'can-i',
          'create',
          'deployments',
          '-n',
          need('SLIPWAY_NAMESPACE'),
        ]);
        expect(deployer.stdout.trim()).toBe('yes');
      }
    },
    testTimeoutMs,
  );

  maybe(
    "the refuse-Ready rule: the refusing cluster's new pods crash-loop and its rollout never completes, the other cluster's completes; the pods already running stay Ready, so an undo completes",
    async () => {
      // Running in the refusing cluster before the rule is on: it must keep serving.
      await kubectlOk(refusing, ['apply', '-f', '-'], deployment('before', '1.0.0'));
      await kubectlOk(refusing, ['rollout', 'status', 'deployment/before', '-n', namespace, '--timeout=60s']);
      await setRefuseReady(sandbox, refusing.index, true);
      try {
        for (const cluster of [first, refusing])
          await kubectlOk(cluster, ['apply', '-f', '-'], deployment('app', '2.0.0'));
        const done = await kubectl(first, ['rollout', 'status', 'deployment/app', '-n', namespace, '--timeout=60s']);
        expect(done).toMatchObject({ code: 0 });
        expect(done.stdout).toContain('successfully rolled out');
        expect(await readyReplicas(first, 'app')).toBe('1');

        // Once kwok has had the refusing cluster's pod, it is in CrashLoopBackOff: a state waiting does not mend.
        await eventually(
          async () => ((await waitingReasons(refusing, 'app', '2.0.0')).length ? true : undefined),
          60_000,
        );
        expect(await waitingReasons(refusing, 'app', '2.0.0')).toEqual(['CrashLoopBackOff']);
        const stuck = await kubectl(refusing, [
          'rollout',
          'status',
          'deployment/app',
          '-n',
          namespace,
          '--timeout=10s',
        ]);
        expect(stuck.code).not.toBe(0);
        expect(await readyReplicas(refusing, 'app')).toBe('');

        // An upgrade of the running Deployment: its new pod fails, its old one stays Ready; undo puts it back.
        await kubectlOk(refusing, ['apply', '-f', '-'], deployment('before', '2.0.0'));
        await eventually(
          async () => ((await waitingReasons(refusing, 'before', '2.0.0')).length ? true : undefined),
          60_000,
        );
        expect(await waitingReasons(refusing, 'before', '2.0.0')).toEqual(['CrashLoopBackOff']);
        expect(await readyReplicas(refusing, 'before')).toBe('1');
        await kubectlOk(refusing, ['rollout', 'undo', 'deployment/before', '-n', namespace]);
        const undone = await kubectl(refusing, [
          'rollout',
          'status',
          'deployment/before',
          '-n',
          namespace,
          '--timeout=60s',
        ]);
        expect(undone).toMatchObject({ code: 0 });
      } finally {
        await setRefuseReady(sandbox, refusing.index, false);
      }
      // Off again: a pod made now is Ready.
      await kubectlOk(refusing, ['apply', '-f', '-'], deployment('after', '1.0.0'));
      const after = await kubectl(refusing, [
        'rollout',
        'status',
        'deployment/after',
        '-n',
        namespace,
        '--timeout=60s',
      ]);
      expect(after).toMatchObject({ code: 0 });
    },
    testTimeoutMs,
  );
});
