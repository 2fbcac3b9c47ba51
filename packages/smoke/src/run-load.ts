import { sleep as realSleep } from '@slipway/kit';
import type { CheckSpec } from './check-spec';
import { evaluateResponse } from './evaluate-response';
import { probe, ProbeAgents, type ProbeRequest, type ProbeResponse } from './http-probe';
import { percentileOfSorted } from './percentiles';

/** A load run: one smoke check's request and assertions, sent at a paced rate. */
export interface LoadSpec {
  /** The request and what each response must satisfy (`repeat` is ignored: the rate decides). */
  check: CheckSpec;
  /** Requests started per second, on a fixed schedule (open loop: a slow answer does not slow it). */
  rps: number;
  /**
   * At most this many requests in flight; a slot that finds them all busy waits for the next one
   * to free (latency is timed from the request's real start), and is dropped if the run ends first.
   */
  concurrency: number;
  durationMs: number;
}

export interface LoadOptions {
  insecureTls: boolean;
  signal?: AbortSignal;
  /** The schedule's clock (latencies are always real); default `performance.now`. */
  now?: () => number;
  /** How the schedule waits; with a fake `now`, a fake sleep moves it on. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Sends one request; default the engine's `probe` on keep-alive agents (proxies honoured as curl does). */
  send?: (request: ProbeRequest) => Promise<ProbeResponse>;
  /** Told of every request as it settles (a canary reads its figures per sample window from it). */
  onSettled?: (passed: boolean, latencyMs: number | undefined) => void;
}

export interface LoadReport {
  /** Requests started. */
  sent: number;
  /** Responses that met every expectation. */
  passed: number;
  /** Responses that missed one (status, body, json, header, max-latency). */
  failed: number;
  /** Requests with no response: refused, reset, timed out. */
  errors: number;
  /** Scheduled slots never sent: `concurrency` requests stayed in flight until the run's end. */
  dropped: number;
  /** (failed + errors) / sent; 0 when nothing was sent. */
  errorRate: number;
  /** Over every response that came, ms. */
  latency: { p50: number; p95: number; p99: number; max: number } | undefined;
  /** Responses by status code ("200": 1234); network errors under "error". */
  statuses: Record<string, number>;
  /** The first failure, worded as a smoke check's: what it wanted beside what it got. */
  firstFailure: string | undefined;
  durationMs: number;
  /** sent / duration, per second. */
  achievedRps: number;
}

/** The schedule never sleeps less than this: a timer cannot wait less, and each wake-up starts every slot due. */
const MIN_WAIT_MS = 1;

/**
 * Drives load: slot i is due at start + i / rps; each wake-up starts every slot due (up to the
 * concurrency cap, the rest dropped), then sleeps until the next. Bookkeeping per request is a
 * counter and one latency number; percentiles are computed once at the end.
 */
export async function runLoad(spec: LoadSpec, options: LoadOptions): Promise<LoadReport> {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? realSleep;
  const agents = options.send ? undefined : new ProbeAgents(spec.concurrency, options.insecureTls);
  const send = options.send ?? ((request: ProbeRequest) => probe(request, agents as ProbeAgents));
  const { check } = spec;
  const judgeLatency = check.expect.maxLatencyMs;
  const total = Math.max(1, Math.floor((spec.rps * spec.durationMs) / 1000));
  const periodMs = 1000 / spec.rps;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const report = { sent: 0, passed: 0, failed: 0, errors: 0, dropped: 0 };
  let firstFailure: string | undefined;
  let inFlight = 0;
  /** Slots due while every one of `concurrency` was busy: each starts when one frees. */
  let backlog = 0;
  let endAt = Infinity;
  let drained: (() => void) | undefined;
  const request: ProbeRequest = {
    url: check.url,
    method: check.method,
    headers: check.headers,
    body: check.body,
    timeoutMs: check.requestTimeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const start = () => {
    inFlight++;
    report.sent++;
    void send(request).then(settle, (error: unknown) =>
      settle({ ok: false, error: String(error), latencyMs: 0, timedOut: false }),
    );
  };
  const settle = (response: ProbeResponse) => {
    inFlight--;
    if (!response.ok) {
      report.errors++;
      statuses['error'] = (statuses['error'] ?? 0) + 1;
      firstFailure ??= response.error;
      options.onSettled?.(false, undefined);
    } else {
      latencies.push(response.latencyMs);
      const code = String(response.status);
      statuses[code] = (statuses[code] ?? 0) + 1;
      const mismatches = evaluateResponse(response, check.expect);
      if (judgeLatency !== undefined && response.latencyMs > judgeLatency)
        mismatches.push({
          what: 'latency',
          expected: `≤ ${judgeLatency}ms`,
          actual: `${Math.round(response.latencyMs)}ms`,
        });
      options.onSettled?.(mismatches.length === 0, response.latencyMs);
      if (mismatches.length === 0) report.passed++;
      else {
        report.failed++;
        const m = mismatches[0]!;
        firstFailure ??= `${m.what}: expected ${m.expected}, got ${m.actual}`;
      }
    }
    if (backlog > 0 && !options.signal?.aborted && now() < endAt) {
      backlog--;
      start();
    }
    if (inFlight === 0) drained?.();
  };
  const started = now();
  endAt = started + spec.durationMs;
  let slot = 0;
  while (slot < total && !options.signal?.aborted) {
    const due = Math.min(total, Math.floor((now() - started) / periodMs) + 1);
    for (; slot < due; slot++) {
      if (inFlight >= spec.concurrency) backlog++;
      else start();
    }
    if (slot >= total) break;
    const wait = Math.max(MIN_WAIT_MS, started + slot * periodMs - now());
    try {
      await sleep(wait, options.signal);
    } catch {
      break; // cancelled: what was sent is still counted below
    }
  }
  if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  report.dropped = backlog + (total - slot);
  agents?.close();
  const durationMs = Math.max(now() - started, spec.durationMs);
  latencies.sort((a, b) => a - b);
  const broken = report.failed + report.errors;
  return {
    ...report,
    errorRate: report.sent === 0 ? 0 : broken / report.sent,
    latency:
      latencies.length === 0
        ? undefined
        : {
            p50: percentileOfSorted(latencies, 50),
            p95: percentileOfSorted(latencies, 95),
            p99: percentileOfSorted(latencies, 99),
            max: latencies[latencies.length - 1] as number,
          },
    statuses,
    firstFailure,
    durationMs: Math.round(durationMs),
    achievedRps: (report.sent / durationMs) * 1000,
  };
}
