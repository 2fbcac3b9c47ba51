import type { Logger } from '@slipway/kit';
import { percentileOfSorted, type LoadReport, type LoadSpec } from '@slipway/smoke';

/** What a `provider: load` metric reads: the generated load's figures over one sample's window. */
export const LOAD_VALUES = ['error-rate', 'p50', 'p95', 'p99'] as const;
export type LoadValue = (typeof LOAD_VALUES)[number];

/** The responses settled since the last sample: the error rate (0–1) and latency percentiles (ms). */
export interface LoadWindow {
  settled: number;
  values: Record<LoadValue, number> | undefined;
}

/** A load running through a step's analysis. */
export interface RunningLoad {
  /** The figures of the responses settled since the last call (or the start), then a fresh window. */
  take(): LoadWindow;
  /** Stops sending, waits for what is in flight, and gives the run's report. */
  stop(): Promise<LoadReport>;
  /** Settles with the report when the load has run its whole duration (or was stopped). */
  finished: Promise<LoadReport>;
}

export type LoadStarter = (signal?: AbortSignal) => RunningLoad;

/**
 * Starts the smoke engine's load generator against the canary for one step (loaded lazily), and
 * keeps per-window tallies so each sample judges only the responses of its own interval.
 */
export function loadStarter(
  spec: LoadSpec,
  logger: Logger,
  hooks: { now?: () => number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> } = {},
): LoadStarter {
  return (signal) => {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let settled = 0;
    let broken = 0;
    let latencies: number[] = [];
    // smoke loads only for a canary that generates its own load.
    const run = import('@slipway/smoke').then(({ runLoad }) =>
      runLoad(spec, {
        insecureTls: false,
        signal: stop.signal,
        ...(hooks.now ? { now: hooks.now } : {}),
        ...(hooks.sleep ? { sleep: hooks.sleep } : {}),
        onSettled: (passed, latencyMs) => {
          settled++;
          if (!passed) broken++;
          if (latencyMs !== undefined) latencies.push(latencyMs);
        },
      }),
    );
    logger.info(
      `  load: ${spec.rps}/s to ${spec.check.method} ${spec.check.url.href} for ${Math.round(spec.durationMs / 1000)}s (at most ${spec.concurrency} in flight)`,
    );
    return {
      finished: run,
      take: () => {
        const window: LoadWindow = { settled, values: undefined };
        if (settled > 0) {
          const sorted = latencies.sort((a, b) => a - b);
          const p = (q: number) => (sorted.length ? percentileOfSorted(sorted, q) : Number.NaN);
          window.values = { 'error-rate': broken / settled, p50: p(50), p95: p(95), p99: p(99) };
        }
        settled = 0;
        broken = 0;
        latencies = [];
        return window;
      },
      stop: async () => {
        stop.abort();
        signal?.removeEventListener('abort', onAbort);
        const report = await run;
        const latency = report.latency ? `, p95 ${report.latency.p95}ms` : '';
        logger.info(
          `  load: ${report.sent} sent, error rate ${(report.errorRate * 100).toFixed(2)}%${latency}${report.dropped ? `, ${report.dropped} slots dropped (all ${spec.concurrency} busy)` : ''}${report.firstFailure ? `; first failure: ${report.firstFailure}` : ''}`,
        );
        return report;
      },
    };
  };
}
