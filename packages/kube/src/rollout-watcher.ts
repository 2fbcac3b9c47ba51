import { errorMessage, sleep as realSleep, TransientError, type Logger } from '@slipway/kit';
import type { KubeClient } from './kube-client';
import { allNewPodsFailing, newPodsOf, type NewPods, type WorkloadObject } from './new-pods';
import { podProblem, type Pod } from './pod-problem';
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
  /**
   * Fail fast: a workload whose every new pod has looked terminal (crash loop, image pull, bad
   * config, pods that cannot be created) this long will not get healthy. Default 30 s.
   */
  failFastMs?: number;
}

/** The judge's word on the release: healthy, failed (and why), or still rolling out (and why). */
export type Verdict =
  { state: 'healthy' } | { state: 'failed'; reason: string; fastMs?: number } | { state: 'pending'; reason: string };

/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = WORKLOAD_KINDS.filter((kind) => kind !== 'Job');

type Listed = { items?: Array<Record<string, unknown> & { metadata?: { annotations?: Record<string, string> } }> };
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
  /** The judge's word after the last read. */
  verdict: Verdict = { state: 'pending', reason: 'not read yet' };
  /** GET requests sent to the API server (for the bench's requests per second). */
  requests = 0;
  private firstRead: number | undefined;
  private readonly failFastMs: number;
  private objects = new Map<string, WorkloadObject>();
  /** Since when each workload's every new pod has looked terminal. */
  private readonly failingSince = new Map<string, number>();
  private readonly said = new Set<string>();
  /** Each workload's generation at the first read: while helm applies, only what it changed can fail fast. */
  private baseline: Map<string, number> | undefined;
  /** Set once the operation is done (judge): then every workload's state is the release's. */
  private judging = false;

  constructor(private readonly options: RolloutWatcherOptions) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.sleep = options.sleep ?? ((ms, signal) => realSleep(ms, signal));
    this.stallMs = options.stallMs ?? 5000;
    this.now = options.now ?? Date.now;
    this.failFastMs = options.failFastMs ?? 30_000;
  }

  /** The release's workloads and their rollout counts, read now. */
  async snapshot(): Promise<WorkloadStatus[]> {
    const { client, namespace, release } = this.options;
    const objects = new Map<string, WorkloadObject>();
    const lists = await Promise.all(
      WATCHED_KINDS.map(async (kind) => {
        this.requests++;
        const listed = await client.request<Listed>({
          path: workloadPath(kind, namespace),
          timeoutMs: this.options.readTimeoutMs ?? 20_000,
        });
        return (listed.items ?? [])
          .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
          .map((item) => {
            const status = workloadStatus(kind, { ...item, metadata: { namespace, ...item.metadata } });
            objects.set(`${kind}/${status.name}`, item as WorkloadObject);
            return status;
          });
      }),
    );
    this.objects = objects;
    return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
  }

  /**
   * The judge, after the operation that changed the release: reads until every workload is
   * healthy, one failed, every new pod of one has looked terminal for `failFastMs`, or
   * `timeoutMs` ran out.
   */
  async judge(options: {
    timeoutMs: number;
    signal?: AbortSignal;
  }): Promise<Verdict & { state: 'healthy' | 'failed' }> {
    this.judging = true;
    const deadline = this.now() + options.timeoutMs;
    const signal = options.signal ?? new AbortController().signal;
    for (;;) {
      await this.tick();
      const verdict = this.verdict;
      if (verdict.state !== 'pending') return verdict;
      if (this.now() >= deadline)
        return { state: 'failed', reason: `not healthy within ${seconds(options.timeoutMs)}: ${verdict.reason}` };
      await this.sleep(Math.min(this.intervalMs, Math.max(0, deadline - this.now())), signal);
      if (signal.aborted) throw signal.reason;
    }
  }

  /** The verdict on what was just read; reads the new pods of workloads not yet healthy, and names why. */
  private async assess(statuses: WorkloadStatus[], at: number): Promise<Verdict> {
    const pending: string[] = [];
    for (const s of statuses) {
      const key = `${s.kind}/${s.name}`;
      if (s.done) continue;
      const object = this.objects.get(key) ?? {};
      const generation = object.metadata?.generation ?? 0;
      // Pods of a spec helm has not replaced yet (a release left broken before) are not this rollout's.
      const changed = this.judging || this.baseline?.get(key) !== generation;
      this.requests += s.kind === 'Deployment' ? 2 : s.kind === 'Job' ? 0 : 1;
      const found = await newPodsOf(this.options.client, s, object);
      const why = describeWaiting(s, found);
      this.sayOnce(found);
      if (s.failure) return { state: 'failed', reason: why };
      const timer = `${key}@${generation}`;
      if (changed && allNewPodsFailing(found)) {
        const since = this.failingSince.get(timer) ?? at;
        this.failingSince.set(timer, since);
        if (at - since >= this.failFastMs)
          return {
            state: 'failed',
            reason: `${why} (every new pod failing for ${seconds(at - since)})`,
            fastMs: at - since,
          };
      } else this.failingSince.delete(timer);
      pending.push(why);
    }
    return pending.length ? { state: 'pending', reason: pending.join('; ') } : { state: 'healthy' };
  }

  /** Names each pod problem once while the watch runs (the progress lines say the counts). */
  private sayOnce(found: NewPods): void {
    const lines = found.problems.map((p) => `pod ${p.pod}: ${p.why}`);
    if (found.createFailure) lines.unshift(`cannot create pods: ${found.createFailure}`);
    for (const line of lines) {
      if (this.said.has(line)) continue;
      this.said.add(line);
      this.options.logger.warning(line);
    }
  }

  /**
   * Logs progress every interval until `operation` settles; returns the operation's outcome.
   * The pause between reads is cancelled the moment the operation settles: a pending timer
   * would keep the process alive for up to one interval after helm is done. When the judge
   * fails the rollout meanwhile, `onFailed` is called once (the caller stops helm's wait).
   */
  async watchWhile<T>(operation: Promise<T>, onFailed?: (verdict: Verdict & { state: 'failed' }) => void): Promise<T> {
    const settled = new AbortController();
    const done = operation.then(
      () => settled.abort(),
      () => settled.abort(),
    );
    let told = false;
    while (!settled.signal.aborted) {
      await this.tick();
      if (settled.signal.aborted) break;
      if (onFailed && !told && this.verdict.state === 'failed') {
        told = true;
        onFailed(this.verdict);
      }
      await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
    }
    await this.tick();
    return operation;
  }

  /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
  async tick(): Promise<void> {
    const started = this.now();
    this.firstRead ??= started;
    try {
      this.last = await this.snapshot();
      this.failedReads = 0;
      if (!this.last.length) this.options.logger.info(`No workloads of release ${this.options.release} yet`);
      for (const status of this.last) this.options.logger.info(formatStatus(status));
      this.baseline ??= new Map(
        this.last.map((w) => [
          `${w.kind}/${w.name}`,
          this.objects.get(`${w.kind}/${w.name}`)?.metadata?.generation ?? 0,
        ]),
      );
      this.verdict = await this.assess(this.last, started);
    } catch (error) {
      this.verdict = { state: 'pending', reason: `cannot read the rollout: ${errorMessage(error)}` };
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

  /** "12 API reads in 30.0 s (0.4/s)": what the watch cost the API server. */
  load(): string {
    const ms = this.firstRead === undefined ? 0 : this.now() - this.firstRead;
    const rate = ms > 0 ? (this.requests * 1000) / ms : 0;
    return `${this.requests} API reads in ${seconds(ms)} (${rate.toFixed(1)}/s)`;
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
    if (status?.replicaFailure) lines.push(`${workload.kind}/${workload.name}: ${status.replicaFailure}`);
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

/** "Deployment/web: 0 of 1 updated replicas are available; pod web-1: container app waiting: CrashLoopBackOff". */
function describeWaiting(s: WorkloadStatus, found: NewPods): string {
  const said = [`${s.kind}/${s.name}: ${s.failure ?? s.waiting ?? 'not healthy'}`];
  if (found.createFailure) said.push(`cannot create pods: ${found.createFailure}`);
  const problems = [...found.problems].sort((a, b) => Number(b.terminal) - Number(a.terminal));
  for (const p of problems.slice(0, 2)) said.push(`pod ${p.pod}: ${p.why}`);
  if (problems.length > 2) said.push(`${problems.length - 2} more pods not ready`);
  return said.join('; ');
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
