import type { CanaryState } from './canary-state';
import type { LoadFigures } from './load-figures';

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
