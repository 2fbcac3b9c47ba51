export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface WorkloadRef {
  kind: WorkloadKind;
  name: string;
  namespace: string;
}

/** One workload's rollout at a moment, judged as its controller reports it (as `kubectl rollout status` does). */
export interface WorkloadStatus extends WorkloadRef {
  desired: number;
  updated: number;
  ready: number;
  available: number;
  /** Rolled out: the controller saw the latest spec and every replica it must update is updated and available. */
  done: boolean;
  /** Set when the controller gave up (ProgressDeadlineExceeded, a failed Job): waiting longer will not help. */
  failure: string | undefined;
  /** What the rollout still waits for, in kubectl's words; undefined when done. */
  waiting?: string;
  /** The controller cannot create pods (a ReplicaSet's FailedCreate: quota exceeded, admission denied). */
  replicaFailure?: string;
}

type Condition = { type?: string; status?: string; reason?: string; message?: string };
type Obj = {
  metadata?: { name?: string; namespace?: string; generation?: number };
  spec?: {
    replicas?: number;
    completions?: number;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
  };
  status?: Record<string, unknown>;
};

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

export function workloadPath(kind: WorkloadKind, namespace: string, name?: string): string {
  const group = kind === 'Job' ? 'batch/v1' : 'apps/v1';
  const plural = `${kind.toLowerCase()}s`;
  return `/apis/${group}/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

function conditionsOf(status: Record<string, unknown>): Condition[] {
  return (status['conditions'] as Condition[] | undefined) ?? [];
}

/** The one judge: is this workload healthy, still rolling out (and why), or failed? */
export function workloadStatus(kind: WorkloadKind, object: Obj): WorkloadStatus {
  const status = object.status ?? {};
  const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
  const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
  const counts = (desired: number, updated: number, ready: number, available: number) => ({
    ...ref,
    desired,
    updated,
    ready,
    available,
  });
  const verdict = (base: ReturnType<typeof counts>, waiting: string | undefined, failure?: string): WorkloadStatus => ({
    ...base,
    done: waiting === undefined && !failure,
    failure,
    ...(waiting !== undefined ? { waiting } : {}),
  });
  const notObserved = 'waiting for the controller to observe the new spec';

  if (kind === 'Job') {
    const conditions = conditionsOf(status);
    const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
    const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
    const desired = object.spec?.completions ?? 1;
    const succeeded = num(status['succeeded']);
    const base = counts(desired, succeeded, succeeded, succeeded);
    if (failed)
      return verdict(base, 'failed', `Job failed: ${[failed.reason, failed.message].filter(Boolean).join(': ')}`);
    return verdict(base, complete ? undefined : `${succeeded} of ${desired} completions`);
  }

  if (kind === 'DaemonSet') {
    const desired = num(status['desiredNumberScheduled']);
    const updated = num(status['updatedNumberScheduled']);
    const available = num(status['numberAvailable']);
    const base = counts(desired, updated, num(status['numberReady']), available);
    if (!observed) return verdict(base, notObserved);
    if (updated < desired) return verdict(base, `${updated} of ${desired} updated pods are scheduled`);
    if (available < desired) return verdict(base, `${available} of ${updated} updated pods are available`);
    return verdict(base, undefined);
  }

  const desired = object.spec?.replicas ?? 1;
  const updated = num(status['updatedReplicas']);
  const ready = num(status['readyReplicas']);
  const available = num(status['availableReplicas']);
  const base = counts(
    desired,
    updated,
    ready,
    status['availableReplicas'] === undefined && kind === 'StatefulSet' ? ready : available,
  );

  if (kind === 'StatefulSet') {
    if (!observed) return verdict(base, notObserved);
    if (ready < desired) return verdict(base, `${ready} of ${desired} pods are ready`);
    if (base.available < desired) return verdict(base, `${base.available} of ${desired} pods are available`);
    const strategy = object.spec?.updateStrategy;
    // OnDelete: the controller updates a pod only when it is deleted; the rollout is the user's.
    if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return verdict(base, undefined);
    const partition = strategy?.rollingUpdate?.partition ?? 0;
    if (partition > 0) {
      const wanted = Math.max(0, desired - partition);
      return verdict(
        base,
        updated < wanted ? `${updated} of ${wanted} pods above partition ${partition} are updated` : undefined,
      );
    }
    if (status['updateRevision'] !== status['currentRevision'] && status['updateRevision'] !== undefined)
      return verdict(base, `${updated} of ${desired} pods are at revision ${String(status['updateRevision'])}`);
    return verdict(base, undefined);
  }

  const conditions = conditionsOf(status);
  const stalled = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
  const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const withFailure = {
    ...base,
    ...(replicaFailure
      ? { replicaFailure: [replicaFailure.reason, replicaFailure.message].filter(Boolean).join(': ') }
      : {}),
  };
  const failure = stalled ? (stalled.message ?? 'ProgressDeadlineExceeded') : undefined;
  const total = num(status['replicas']);
  if (!observed) return verdict(withFailure, notObserved, failure);
  if (updated < desired)
    return verdict(withFailure, `${updated} of ${desired} new replicas have been updated`, failure);
  if (total > updated) return verdict(withFailure, `${total - updated} old replicas are pending termination`, failure);
  if (available < desired)
    return verdict(withFailure, `${available} of ${desired} updated replicas are available`, failure);
  return verdict(withFailure, undefined, failure);
}

export function formatStatus(s: WorkloadStatus): string {
  const counts =
    s.kind === 'Job'
      ? `${s.updated}/${s.desired} completed`
      : `${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available`;
  return `${s.kind}/${s.name}: ${counts}${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}

/** The workloads (and Jobs) in a rendered manifest (helm get manifest, helm get hooks). */
export async function workloadsInManifest(manifest: string, defaultNamespace: string): Promise<WorkloadRef[]> {
  // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
  const { parseAllDocuments } = await import('yaml');
  const refs: WorkloadRef[] = [];
  for (const doc of parseAllDocuments(manifest)) {
    const obj = doc.toJS() as { kind?: string; metadata?: { name?: string; namespace?: string } } | null;
    if (!obj || !(WORKLOAD_KINDS as readonly string[]).includes(obj.kind ?? '') || !obj.metadata?.name) continue;
    refs.push({
      kind: obj.kind as WorkloadKind,
      name: obj.metadata.name,
      namespace: obj.metadata.namespace ?? defaultNamespace,
    });
  }
  return refs;
}
