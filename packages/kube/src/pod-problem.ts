type ContainerStatus = {
  name?: string;
  ready?: boolean;
  restartCount?: number;
  state?: Record<string, { reason?: string; message?: string; exitCode?: number } | undefined>;
};

export type Pod = {
  metadata?: { name?: string; deletionTimestamp?: string; labels?: Record<string, string> };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string }>;
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
};

/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
export function podProblem(pod: Pod): string | undefined {
  const status = pod.status ?? {};
  const ready = status.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return undefined;
  for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
    for (const [state, detail] of Object.entries(container.state ?? {})) {
      if (state === 'running' || !detail) continue;
      if (state === 'terminated' && detail.exitCode === 0) continue;
      const why = [detail.reason, detail.message].filter(Boolean).join(': ');
      if (why)
        return `container ${container.name ?? '?'} ${state}: ${why}${container.restartCount ? ` (restarts: ${container.restartCount})` : ''}`;
    }
    if (container.ready === false && container.state?.['running'])
      return `container ${container.name ?? '?'} running but not ready (readiness probe failing)`;
  }
  const unscheduled = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
  if (unscheduled) return `not scheduled: ${unscheduled.message ?? unscheduled.reason ?? ''}`;
  if (status.reason || status.message) return [status.phase, status.reason, status.message].filter(Boolean).join(': ');
  return `${status.phase ?? 'Unknown'}${ready?.reason ? `: ${ready.reason}` : ''}${ready?.message ? ` (${ready.message})` : ''}`;
}
