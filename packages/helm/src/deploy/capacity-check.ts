import { ConfigError } from '@slipway/kit';
import { KubeApiError, RolloutWatcher, type KubeClient } from '@slipway/kube';
import { capacityProblems, podDemand, type LimitRange, type ResourceQuota } from './capacity';
import type { DeployContext, DeployRequest } from './deploy-types';

async function listIn<T>(kube: KubeClient, namespace: string, resource: string): Promise<T[]> {
  try {
    return (
      (await kube.get<{ items?: T[] }>(`/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`)).items ?? []
    );
  } catch (error) {
    // Not allowed to read them: the API server still decides at admission, and the judge names it.
    if (error instanceof KubeApiError && [403, 404].includes(error.status)) return [];
    throw error;
  }
}

/**
 * Before anything changes: the namespace's ResourceQuotas and LimitRanges admit the release's new
 * pods (requests and limits × replicas, plus a rolling update's surge, or a whole second colour).
 * Renders the chart (`render`) only when the namespace has either; throws one line naming the shortfall.
 */
export async function checkCapacity(
  request: DeployRequest,
  ctx: DeployContext,
  render: () => Promise<string>,
): Promise<void> {
  const [quotas, ranges] = await Promise.all([
    listIn<ResourceQuota>(ctx.kube, request.namespace, 'resourcequotas'),
    listIn<LimitRange>(ctx.kube, request.namespace, 'limitranges'),
  ]);
  if (!quotas.length && !ranges.length) return;
  const watcher = new RolloutWatcher({
    client: ctx.kube,
    namespace: request.namespace,
    release: request.release,
    logger: ctx.logger,
  });
  const [manifest, live] = await Promise.all([render(), watcher.snapshot()]);
  const demands = await podDemand(manifest, new Map(live.map((w) => [`${w.kind}/${w.name}`, w.desired])), ranges);
  const problems = capacityProblems(demands, quotas, ranges);
  const names = [...quotas, ...ranges].map((o) => o.metadata?.name).join(', ');
  if (problems.length)
    throw new ConfigError(
      `Pre-flight capacity: namespace ${request.namespace} cannot admit the new pods of ${request.release}: ${problems.join('; ')}`,
    );
  ctx.logger.info(`Capacity: the new pods of ${request.release} fit ${names}`);
}
