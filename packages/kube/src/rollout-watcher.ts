import { errorMessage, sleep as realSleep, TransientError, type Logger } from '@slipway/kit';
import type { KubeClient } from './kube-client';
import {
  WORKLOAD_KINDS,
  formatStatus,
  workloadPath,
  workloadStatus,
  type WorkloadRef,
  type WorkloadStatus,
} from './workload-status';

export interface RolloutWatcherOptions {
  client: KubeClient;
  namespace: string;
  /** Workloads of this helm release (meta.helm.sh/release-name) are watched. */
  release: string;
  logger: Logger;
  /** Pace of the progress log. */
  intervalMs?: number;
  /** Rejects or resolves early when the signal aborts (the watched operation settled). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A read that takes longer is a stall (listing a release's workloads takes milliseconds). Default 5 s. */
  stallMs?: number;
  /** A read without an answer this long fails, so a silent API server is reported, not waited on. Default 20 s. */
  readTimeoutMs?: number;
  now?: () => number;
}

type Listed = { items?: Array<Record<string, unknown> & { metadata?: { annotations?: Record<string, string> } }> };
type Pod = {
  metadata?: { name?: string };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string }>;
    containerStatuses?: Array<{
      name?: string;
      ready?: boolean;
      restartCount?: number;
      state?: Record<string, { reason?: string; message?: string; exitCode?: number } | undefined>;
    }>;
  };
};
type Event = {
  involvedObject?: { kind?: string; name?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  metadata?: { creationTimestamp?: string };
};

/**
 * Watches every Deployment, StatefulSet and DaemonSet of a helm release through the
 * Kubernetes API, logging updated / ready / available per workload at a steady pace, and
 * explains a rollout that failed: the failing pods' reasons and the workloads' recent events.
 */
export class RolloutWatcher {
  private readonly intervalMs: number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The last statuses read, for the summary. */
  last: WorkloadStatus[] = [];
  /** Consecutive reads that failed (the API server went away mid-watch). */
  failedReads = 0;
  /** Every read, over the whole watch, that could not reach the API server, and the last such error. */
  unreachableReads = 0;
  private lastUnreachable = '';
  /** Reads that answered, or failed, only after `stallMs`; the longest took `longestStallMs`. */
  stalledReads = 0;
  private longestStallMs = 0;
  private readonly stallMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RolloutWatcherOptions) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.sleep = options.sleep ?? ((ms, signal) => realSleep(ms, signal));
    this.stallMs = options.stallMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  /** The release's workloads and their rollout counts, read now. */
  async snapshot(): Promise<WorkloadStatus[]> {
    const { client, namespace, release } = this.options;
    const lists = await Promise.all(
      WORKLOAD_KINDS.map(async (kind) => {
        const listed = await client.request<Listed>({
          path: workloadPath(kind, namespace),
          timeoutMs: this.options.readTimeoutMs ?? 20_000,
        });
        return (listed.items ?? [])
          .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
          .map((item) => workloadStatus(kind, { ...item, metadata: { namespace, ...item.metadata } }));
      }),
    );
    return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
  }

  /**
   * Logs progress every interval until `operation` settles; returns the operation's outcome.
   * The pause between reads is cancelled the moment the operation settles: a pending timer
   * would keep the process alive for up to one interval after helm is done.
   */
  async watchWhile<T>(operation: Promise<T>): Promise<T> {
    const settled = new AbortController();
    const done = operation.then(
      () => settled.abort(),
      () => settled.abort(),
    );
    while (!settled.signal.aborted) {
      await this.tick();
      if (settled.signal.aborted) break;
      await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
    }
    await this.tick();
    return operation;
  }

  /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
  async tick(): Promise<void> {
    const started = this.now();
    try {
      this.last = await this.snapshot();
      this.failedReads = 0;
      if (!this.last.length) this.options.logger.info(`No workloads of release ${this.options.release} yet`);
      for (const status of this.last) this.options.logger.info(formatStatus(status));
    } catch (error) {
      this.failedReads++;
      if (error instanceof TransientError) {
        this.unreachableReads++;
        this.lastUnreachable = errorMessage(error);
      }
      this.options.logger.warning(`Cannot read the rollout (${this.failedReads}): ${errorMessage(error)}`);
    } finally {
      const took = this.now() - started;
      if (took > this.stallMs) {
        this.stalledReads++;
        this.longestStallMs = Math.max(this.longestStallMs, took);
        this.options.logger.warning(`The Kubernetes API took ${seconds(took)} to answer a rollout read`);
      }
    }
  }

  /**
   * Said when the API server could not be reached, or kept a read waiting (its etcd gone, say),
   * at some point of the watch, even if it came back.
   */
  outage(): string | undefined {
    const said: string[] = [];
    if (this.unreachableReads)
      said.push(
        `the Kubernetes API was unreachable during the watch (${reads(this.unreachableReads)} failed; last: ${this.lastUnreachable})`,
      );
    if (this.stalledReads)
      said.push(
        `the Kubernetes API stalled during the watch (${reads(this.stalledReads)} waited over ${seconds(this.stallMs)}, the longest ${seconds(this.longestStallMs)}): the API server or its etcd was not answering`,
      );
    return said.length ? said.join('; ') : undefined;
  }

  /** Why the given workloads are not healthy: pod reasons and recent events, one line each. */
  async explain(workloads: WorkloadRef[] = this.last.filter((s) => !s.done)): Promise<string[]> {
    const lines: string[] = [];
    for (const workload of workloads) {
      try {
        lines.push(...(await this.explainOne(workload)));
      } catch (error) {
        lines.push(`${workload.kind}/${workload.name}: could not read why (${errorMessage(error)})`);
      }
    }
    return lines;
  }

  private async explainOne(workload: WorkloadRef): Promise<string[]> {
    const { client } = this.options;
    const ns = encodeURIComponent(workload.namespace);
    const object = await client.get<{ spec?: { selector?: { matchLabels?: Record<string, string> } } }>(
      workloadPath(workload.kind, workload.namespace, workload.name),
    );
    const lines: string[] = [];
    const status = this.last.find((s) => s.kind === workload.kind && s.name === workload.name);
    if (status?.failure) lines.push(`${workload.kind}/${workload.name}: ${status.failure}`);
    const labels = object.spec?.selector?.matchLabels ?? {};
    const selector = Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const pods = selector
      ? ((
          await client.get<{ items?: Pod[] }>(
            `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`,
          )
        ).items ?? [])
      : [];
    const failing = pods.map((pod) => [pod.metadata?.name ?? '?', podProblem(pod)] as const).filter(([, why]) => why);
    for (const [name, why] of failing.slice(0, 5)) lines.push(`pod ${name}: ${why}`);
    if (failing.length > 5) lines.push(`… and ${failing.length - 5} more pods not ready`);
    const events = ((await client.get<{ items?: Event[] }>(`/api/v1/namespaces/${ns}/events`)).items ?? [])
      .filter((e) => {
        const name = e.involvedObject?.name ?? '';
        return name === workload.name || name.startsWith(`${workload.name}-`);
      })
      .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
    // Warnings say why; a few of the latest normal events give the sequence around them.
    const warnings = events.filter((e) => e.type === 'Warning').slice(-6);
    const normal = events.filter((e) => e.type !== 'Warning').slice(-3);
    for (const e of [...warnings, ...normal])
      lines.push(
        `event ${e.type ?? ''} ${e.reason ?? ''} on ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}: ${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`.replace(
          /\s+/g,
          ' ',
        ),
      );
    return lines.map((l) => l.trim());
  }
}

function reads(n: number): string {
  return n === 1 ? '1 read' : `${n} reads`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function eventTime(e: Event): string {
  return e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
}

/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
export function podProblem(pod: Pod): string | undefined {
  const status = pod.status ?? {};
  const ready = status.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return undefined;
  for (const container of status.containerStatuses ?? []) {
    for (const [state, detail] of Object.entries(container.state ?? {})) {
      if (state === 'running' || !detail) continue;
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
