import type { LoadReport } from '@slipway/smoke';
import type { CanaryState } from './canary-state';

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

/** One row per analysed step that drove load. */
export interface StepLoad {
  step: number;
  weight: number;
  figures: LoadFigures;
}

export function stepLoads(state: Pick<CanaryState, 'analyses'>): StepLoad[] {
  return state.analyses.flatMap((a) => (a.load ? [{ step: a.step + 1, weight: a.weight, figures: a.load }] : []));
}

/**
 * The `load` output: a JSON list, one entry per step that drove load, or "" without generated
 * load. Latencies are ms and null when no response came.
 */
export function loadOutput(state: Pick<CanaryState, 'analyses'>): string {
  const rows = stepLoads(state);
  if (!rows.length) return '';
  return JSON.stringify(
    rows.map(({ step, weight, figures }) => ({
      step,
      weight,
      sent: figures.sent,
      rps: figures.rps,
      'error-rate': figures.errorRate,
      p50: figures.latency?.p50 ?? null,
      p95: figures.latency?.p95 ?? null,
      p99: figures.latency?.p99 ?? null,
    })),
  );
}
