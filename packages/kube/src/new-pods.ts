import { KubeApiError, type KubeClient } from './kube-client';
import { podProblem, type Pod } from './pod-problem';
import type { WorkloadStatus } from './workload-status';

/** The raw workload object, as listed: what finding its new pods needs. */
export type WorkloadObject = {
  metadata?: { name?: string; generation?: number; annotations?: Record<string, string> };
  spec?: { selector?: { matchLabels?: Record<string, string> } };
  status?: { updateRevision?: string };
};

type ReplicaSet = {
  metadata?: { annotations?: Record<string, string>; labels?: Record<string, string> };
  status?: { conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string }> };
};

/** Waiting reasons after which a container will not come up by itself (the image, the config, the process). */
const TERMINAL_REASONS = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

export interface PodFinding {
  pod: string;
  why: string;
  /** Terminal-looking: a state that waiting does not mend (crash loop, image pull, bad config, Failed). */
  terminal: boolean;
}

export interface NewPods {
  /** Pods of the workload's current revision. */
  count: number;
  /** Those of them that are not ready, and why. */
  problems: PodFinding[];
  /** The new ReplicaSet cannot create pods (quota exceeded, admission denied). */
  createFailure?: string;
}

/** Whether a not-ready pod is in a state that will not mend by waiting. */
export function isTerminal(pod: Pod): boolean {
  if (pod.status?.phase === 'Failed') return true;
  return (pod.status?.containerStatuses ?? [])
    .concat(pod.status?.initContainerStatuses ?? [])
    .some((c) => TERMINAL_REASONS.has(c.state?.['waiting']?.reason ?? ''));
}

function selectorOf(object: WorkloadObject, extra: Record<string, string> = {}): string {
  return Object.entries({ ...(object.spec?.selector?.matchLabels ?? {}), ...extra })
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

async function listed<T>(client: KubeClient, path: string): Promise<T[]> {
  try {
    return (await client.get<{ items?: T[] }>(path)).items ?? [];
  } catch (error) {
    // A user who may not list these (RBAC) still gets the verdict from the counts.
    if (error instanceof KubeApiError && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
}

/**
 * The pods of a workload's latest revision, and why those not ready are not: a Deployment's new
 * ReplicaSet (and its FailedCreate), a StatefulSet's update revision, a DaemonSet's generation.
 */
export async function newPodsOf(client: KubeClient, status: WorkloadStatus, object: WorkloadObject): Promise<NewPods> {
  if (status.kind === 'Job' || !object.spec?.selector?.matchLabels) return { count: 0, problems: [] };
  const ns = `/api/v1/namespaces/${encodeURIComponent(status.namespace)}`;
  let extra: Record<string, string> = {};
  let createFailure: string | undefined = status.replicaFailure;
  if (status.kind === 'Deployment') {
    const revision = object.metadata?.annotations?.['deployment.kubernetes.io/revision'];
    const sets = await listed<ReplicaSet>(
      client,
      `/apis/apps/v1/namespaces/${encodeURIComponent(status.namespace)}/replicasets?labelSelector=${encodeURIComponent(selectorOf(object))}`,
    );
    const current = sets.find((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision);
    const hash = current?.metadata?.labels?.['pod-template-hash'];
    if (!current || !hash) return { count: 0, problems: [], createFailure };
    extra = { 'pod-template-hash': hash };
    const failed = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    if (failed) createFailure = [failed.reason, failed.message].filter(Boolean).join(': ');
  } else if (status.kind === 'StatefulSet' && object.status?.updateRevision) {
    extra = { 'controller-revision-hash': object.status.updateRevision };
  } else if (status.kind === 'DaemonSet' && object.metadata?.generation !== undefined) {
    extra = { 'pod-template-generation': String(object.metadata.generation) };
  }
  const pods = await listed<Pod>(client, `${ns}/pods?labelSelector=${encodeURIComponent(selectorOf(object, extra))}`);
  const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
  const problems = live.flatMap((pod) => {
    const why = podProblem(pod);
    return why ? [{ pod: pod.metadata?.name ?? '?', why, terminal: isTerminal(pod) }] : [];
  });
  return { count: live.length, problems, ...(createFailure ? { createFailure } : {}) };
}

/**
 * A FailedCreate that mends by itself: in a namespace created moments ago the ServiceAccount
 * controller has not made `default` yet, and the ReplicaSet controller retries until it has.
 */
export function createFailureMends(failure: string): boolean {
  return /error looking up service account [^:]*\/default: serviceaccount "default" not found/.test(failure);
}

/** Every new pod failing in a way waiting will not mend, or no pod can be created at all. */
export function allNewPodsFailing(found: NewPods): boolean {
  if (found.createFailure && !createFailureMends(found.createFailure) && found.problems.every((p) => p.terminal))
    return true;
  return found.count > 0 && found.problems.length === found.count && found.problems.every((p) => p.terminal);
}
