export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface WorkloadRef {
  kind: WorkloadKind;
  name: string;
  namespace: string;
}

/** One workload's rollout at a moment: the counts `kubectl rollout status` looks at. */
export interface WorkloadStatus extends WorkloadRef {
  desired: number;
  updated: number;
  ready: number;
  available: number;
  /** Rolled out: the controller saw the latest spec and every replica is updated and available. */
  done: boolean;
  /** Set when the controller gave up (ProgressDeadlineExceeded): waiting longer will not help. */
  failure: string | undefined;
}

type Obj = {
  metadata?: { name?: string; namespace?: string; generation?: number };
  spec?: { replicas?: number; updateStrategy?: { type?: string } };
  status?: Record<string, unknown>;
};

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

export function workloadPath(kind: WorkloadKind, namespace: string, name?: string): string {
  const plural = `${kind.toLowerCase()}s`;
  return `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

export function workloadStatus(kind: WorkloadKind, object: Obj): WorkloadStatus {
  const status = object.status ?? {};
  const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
  const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
  if (kind === 'DaemonSet') {
    const desired = num(status['desiredNumberScheduled']);
    const updated = num(status['updatedNumberScheduled']);
    const available = num(status['numberAvailable']);
    return {
      ...ref,
      desired,
      updated,
      ready: num(status['numberReady']),
      available,
      done: observed && updated >= desired && available >= desired,
      failure: undefined,
    };
  }
  const desired = object.spec?.replicas ?? 1;
  const updated = num(status['updatedReplicas']);
  const ready = num(status['readyReplicas']);
  const available = num(status['availableReplicas']);
  if (kind === 'StatefulSet') {
    const rolling = (object.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
    const revisionsMatch = !rolling || status['updateRevision'] === status['currentRevision'] || updated >= desired;
    return {
      ...ref,
      desired,
      updated,
      ready,
      available,
      done: observed && ready >= desired && revisionsMatch,
      failure: undefined,
    };
  }
  const conditions = (status['conditions'] as Array<Record<string, string>> | undefined) ?? [];
  const stalled = conditions.find((c) => c['type'] === 'Progressing' && c['reason'] === 'ProgressDeadlineExceeded');
  const total = num(status['replicas']);
  return {
    ...ref,
    desired,
    updated,
    ready,
    available,
    done: observed && updated >= desired && total <= updated && available >= desired,
    failure: stalled ? (stalled['message'] ?? 'ProgressDeadlineExceeded') : undefined,
  };
}

export function formatStatus(s: WorkloadStatus): string {
  return `${s.kind}/${s.name}: ${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}

/** The Deployments, StatefulSets and DaemonSets in a rendered manifest (helm get manifest). */
export async function workloadsInManifest(manifest: string, defaultNamespace: string): Promise<WorkloadRef[]> {
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
