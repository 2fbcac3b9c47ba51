import type { LoadReport } from '@slipway/smoke';

/** What a step's generated load came to, kept in the canary state for the summary and the outputs. */
export interface LoadFigures {
  /** Requests sent. */
  sent: number;
  /** Requests per second achieved (sent over the load's own duration). */
  rps: number;
  /** (failed + errors) / sent, 0–1. */
  errorRate: number;
  /** Latency percentiles over every response, ms; absent when no response came. */
  latency?: { p50: number; p95: number; p99: number };
}

/** The figures of one load run, rounded as they are shown (0.1/s, 0.01 %, 0.1 ms). */
export function loadFigures(report: LoadReport): LoadFigures {
  const round = (value: number, places: number) => Number(value.toFixed(places));
  const { latency } = report;
  return {
    sent: report.sent,
    rps: round(report.achievedRps, 1),
    errorRate: round(report.errorRate, 4),
    ...(latency
      ? { latency: { p50: round(latency.p50, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1) } }
      : {}),
  };
}
