import { formatQuantity, parseQuantity } from '@slipway/kube';
import { manifestDocuments } from '../manifest-documents';

type Resources = { requests?: Record<string, string>; limits?: Record<string, string> };
type Container = { name?: string; resources?: Resources };
type Workload = {
  kind?: string;
  metadata?: { name?: string };
  spec?: {
    replicas?: number;
    strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string } };
    template?: { spec?: { containers?: Container[]; initContainers?: Container[] } };
  };
};
export type ResourceQuota = {
  metadata?: { name?: string };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
  spec?: { hard?: Record<string, string> };
};
export type LimitRange = {
  metadata?: { name?: string };
  spec?: {
    limits?: Array<{
      type?: string;
      default?: Record<string, string>;
      defaultRequest?: Record<string, string>;
      max?: Record<string, string>;
      min?: Record<string, string>;
    }>;
  };
};

/** The new pods a release brings at the peak of its rollout, per workload. */
export interface PodDemand {
  workload: string;
  /** Pods beyond those running now: new replicas, plus the surge of a rolling update. */
  extraPods: number;
  why: string;
  /** One pod's requests and limits (LimitRange defaults applied): requests.cpu, limits.memory, … */
  perPod: Record<string, number>;
  containers: Array<{ name: string; resources: Record<string, number> }>;
}

const RESOURCES = ['cpu', 'memory'] as const;

/** A Deployment's maxSurge in pods (default 25%, rounded up, as the controller does). */
export function surgePods(workload: Workload, replicas: number): number {
  const strategy = workload.spec?.strategy;
  if (strategy?.type === 'Recreate') return 0;
  const surge = strategy?.rollingUpdate?.maxSurge ?? '25%';
  if (typeof surge === 'number') return surge;
  const percent = /^(\d+)%$/.exec(surge);
  return percent ? Math.ceil((replicas * Number(percent[1])) / 100) : Number(surge) || 0;
}

function containerResources(container: Container, ranges: LimitRange[]): Record<string, number> {
  const out: Record<string, number> = {};
  const limitDefaults = ranges
    .flatMap((r) => r.spec?.limits ?? [])
    .filter((l) => (l.type ?? 'Container') === 'Container');
  for (const resource of RESOURCES) {
    const limit =
      parseQuantity(container.resources?.limits?.[resource]) ??
      limitDefaults.map((l) => parseQuantity(l.default?.[resource])).find((v) => v !== undefined);
    const request =
      parseQuantity(container.resources?.requests?.[resource]) ??
      limitDefaults.map((l) => parseQuantity(l.defaultRequest?.[resource])).find((v) => v !== undefined) ??
      // With a limit and no request, Kubernetes requests the limit.
      limit;
    if (request !== undefined) out[`requests.${resource}`] = request;
    if (limit !== undefined) out[`limits.${resource}`] = limit;
  }
  return out;
}

/**
 * The release's demand: for each Deployment and StatefulSet of the rendered manifest, its pods
 * beyond what runs now (`live`: replicas of the same workload today; 0 for a new one or an idle colour).
 */
export async function podDemand(
  manifest: string,
  live: Map<string, number>,
  ranges: LimitRange[],
): Promise<PodDemand[]> {
  const demands: PodDemand[] = [];
  for (const obj of await manifestDocuments<Workload>(manifest)) {
    if (!['Deployment', 'StatefulSet'].includes(obj.kind ?? '') || !obj.metadata?.name) continue;
    const key = `${obj.kind}/${obj.metadata.name}`;
    const replicas = obj.spec?.replicas ?? 1;
    const now = live.get(key) ?? 0;
    const surge = obj.kind === 'Deployment' && now > 0 ? surgePods(obj, replicas) : 0;
    const extraPods = Math.max(0, replicas - now) + surge;
    const containers = (obj.spec?.template?.spec?.containers ?? []).map((c) => ({
      name: c.name ?? '?',
      resources: containerResources(c, ranges),
    }));
    const perPod: Record<string, number> = {};
    for (const c of containers) for (const [k, v] of Object.entries(c.resources)) perPod[k] = (perPod[k] ?? 0) + v;
    const why =
      now === 0
        ? `${replicas} new ${plural(replicas, 'pod')}`
        : `${surge} surge ${plural(surge, 'pod')}${replicas > now ? ` and ${replicas - now} more ${plural(replicas - now, 'replica')}` : ''}`;
    demands.push({ workload: key, extraPods, why, perPod, containers });
  }
  return demands;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** What the quota counts for one pod: requests.cpu also as "cpu", and the pod itself. */
function quotaKey(resource: string): string {
  if (resource === 'cpu' || resource === 'memory') return `requests.${resource}`;
  if (resource === 'count/pods') return 'pods';
  return resource;
}

/**
 * Every reason the namespace would refuse the release's new pods: a ResourceQuota without room
 * for them (naming the shortfall), a quota that needs requests the pods lack, a LimitRange
 * maximum or minimum a container breaks. Empty when they fit.
 */
export function capacityProblems(demands: PodDemand[], quotas: ResourceQuota[], ranges: LimitRange[]): string[] {
  const problems: string[] = [];
  for (const range of ranges)
    for (const limit of range.spec?.limits ?? []) {
      if ((limit.type ?? 'Container') !== 'Container') continue;
      for (const d of demands)
        for (const c of d.containers)
          for (const resource of RESOURCES) {
            const max = parseQuantity(limit.max?.[resource]);
            const min = parseQuantity(limit.min?.[resource]);
            const lim = c.resources[`limits.${resource}`];
            const req = c.resources[`requests.${resource}`];
            if (max !== undefined && lim !== undefined && lim > max)
              problems.push(
                `LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} limits.${resource} ${formatQuantity(resource, lim)} is over the maximum ${formatQuantity(resource, max)}`,
              );
            if (min !== undefined && req !== undefined && req < min)
              problems.push(
                `LimitRange ${range.metadata?.name}: ${d.workload} container ${c.name} requests.${resource} ${formatQuantity(resource, req)} is under the minimum ${formatQuantity(resource, min)}`,
              );
          }
    }
  for (const quota of quotas) {
    const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
    const used = quota.status?.used ?? {};
    for (const [resource, hardText] of Object.entries(hard)) {
      const key = quotaKey(resource);
      if (key !== 'pods' && !/^(requests|limits)\.(cpu|memory)$/.test(key)) continue;
      const limit = parseQuantity(hardText) ?? 0;
      const left = limit - (parseQuantity(used[resource]) ?? 0);
      let needed = 0;
      const parts: string[] = [];
      for (const d of demands) {
        if (!d.extraPods) continue;
        const perPod = key === 'pods' ? 1 : d.perPod[key];
        if (perPod === undefined) {
          problems.push(
            `ResourceQuota ${quota.metadata?.name} limits ${resource}, and ${d.workload}'s pods set no ${key}: the API server would refuse them`,
          );
          continue;
        }
        needed += perPod * d.extraPods;
        parts.push(`${d.workload}: ${d.why}`);
      }
      if (needed > left + 1e-9)
        problems.push(
          `ResourceQuota ${quota.metadata?.name}: ${resource} needs ${formatQuantity(resource, needed)} for ${parts.join(', ')}, but only ${formatQuantity(resource, Math.max(0, left))} of ${formatQuantity(resource, limit)} is left (short by ${formatQuantity(resource, needed - Math.max(0, left))})`,
        );
    }
  }
  return [...new Set(problems)];
}
