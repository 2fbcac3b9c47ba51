/** Nearest-rank percentile (p in 0–100) of a list of numbers; undefined for an empty list. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** Nearest-rank percentile of a non-empty list already sorted ascending (no copy, no sort). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface LatencyStats {
  p50: number;
  p95: number;
  max: number;
}

export function latencyStats(values: readonly number[]): LatencyStats | undefined {
  if (values.length === 0) return undefined;
  return { p50: percentile(values, 50) as number, p95: percentile(values, 95) as number, max: Math.max(...values) };
}
