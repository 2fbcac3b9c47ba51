import type { EnvironmentSettings } from '../slipway-schema';

/** How an environment's clusters were grouped, for messages and the summary. */
export type WaveRule = 'waves' | 'max-parallel' | 'wave-percent' | 'one wave';

export interface WaveGroups {
  rule: WaveRule;
  /** Cluster names per wave, in order. */
  waves: string[][];
  /** max-parallel and wave-percent: the clusters a wave may deliver to at once (its size). */
  clustersAtOnce?: number;
}

/**
 * The waves of an environment: the explicit `waves`, or chunks of `max-parallel` clusters, or
 * chunks of `wave-percent` of them (ceil(n × p / 100), at least one), in declaration order.
 * Without any of them, every cluster is in one wave: all at once, as a plain matrix runs.
 * Valid settings only (load-config checked that waves name each declared cluster once).
 */
export function groupWaves(
  clusters: readonly string[],
  settings: Pick<EnvironmentSettings, 'waves' | 'max-parallel' | 'wave-percent'>,
): WaveGroups {
  if (settings.waves) return { rule: 'waves', waves: settings.waves.map((wave) => [...wave]) };
  const size = settings['max-parallel'];
  if (size !== undefined) return { rule: 'max-parallel', waves: chunks(clusters, size), clustersAtOnce: size };
  if (settings['wave-percent'] !== undefined) {
    const share = Math.max(1, Math.ceil((clusters.length * settings['wave-percent']) / 100));
    return { rule: 'wave-percent', waves: chunks(clusters, share), clustersAtOnce: share };
  }
  return { rule: 'one wave', waves: clusters.length ? [[...clusters]] : [] };
}

function chunks(items: readonly string[], size: number): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
