import type { Logger } from '@slipway/kit';
import { RolloutWatcher, type KubeClient, type WorkloadStatus, workloadPath } from '@slipway/kube';

/** Sets a workload's replicas through its scale subresource (helm's next upgrade sets them again). */
async function setReplicas(kube: KubeClient, w: Pick<WorkloadStatus, 'kind' | 'name' | 'namespace'>, n: number) {
  await kube.request({
    method: 'PUT',
    path: `${workloadPath(w.kind, w.namespace, w.name)}/scale`,
    body: {
      apiVersion: 'autoscaling/v1',
      kind: 'Scale',
      metadata: { name: w.name, namespace: w.namespace },
      spec: { replicas: n },
    },
  });
}

/**
 * Scales the Deployments and StatefulSets of a colour release to zero; returns their replica
 * counts before (Kind/name → replicas) so they can be restored. DaemonSets cannot scale and are left.
 */
export async function scaleDownColour(
  kube: KubeClient,
  namespace: string,
  release: string,
  logger: Logger,
): Promise<Record<string, number>> {
  const watcher = new RolloutWatcher({ client: kube, namespace, release, logger });
  const before: Record<string, number> = {};
  for (const w of await watcher.snapshot()) {
    if (w.kind === 'DaemonSet' || w.kind === 'Job' || w.desired === 0) continue;
    await setReplicas(kube, w, 0);
    before[`${w.kind}/${w.name}`] = w.desired;
    logger.info(`Scaled ${w.kind}/${w.name} of ${release} down from ${w.desired} to 0`);
  }
  return before;
}

/** Restores the replica counts `scaleDownColour` returned, then waits until every workload of the release is ready. */
export async function scaleUpColour(
  kube: KubeClient,
  namespace: string,
  release: string,
  replicas: Record<string, number>,
  options: { logger: Logger; timeoutMs: number; intervalMs?: number; signal?: AbortSignal; now?: () => number },
): Promise<WorkloadStatus[]> {
  const { logger } = options;
  const watcher = new RolloutWatcher({
    client: kube,
    namespace,
    release,
    logger,
    intervalMs: options.intervalMs ?? 2000,
    now: options.now,
  });
  for (const w of await watcher.snapshot()) {
    const n = replicas[`${w.kind}/${w.name}`];
    if (n === undefined || w.kind === 'DaemonSet' || w.desired === n) continue;
    await setReplicas(kube, w, n);
    logger.info(`Scaled ${w.kind}/${w.name} of ${release} up from ${w.desired} to ${n}`);
  }
  return waitHealthy(watcher, options);
}

/** The judge over the release's workloads until healthy; throws with its reason when not. */
export async function waitHealthy(
  watcher: RolloutWatcher,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<WorkloadStatus[]> {
  const verdict = await watcher.judge({ timeoutMs: options.timeoutMs, signal: options.signal });
  if (verdict.state === 'failed') throw new Error(verdict.reason);
  return watcher.last;
}
