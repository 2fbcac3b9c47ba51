import type { FleetPlan } from './fleet-plan';

/** What became of a wave in the run, from its job's result (GitHub's success, failure, …). */
export type WaveOutcome = 'succeeded' | 'failed' | 'cancelled' | 'not started' | 'unknown';

/** What a cluster runs of a service after the run. */
export type ServiceState =
  { service: string; runs: 'new'; image: string } | { service: string; runs: 'previous' | 'unchanged' | 'unknown' };

export interface ClusterState {
  stage: string;
  wave: number;
  cluster: string;
  region: string;
  services: ServiceState[];
}

export interface WaveState {
  stage: string;
  wave: number;
  outcome: WaveOutcome;
  /** The wave's clusters were rolled back: by their own jobs (failed), or under rollback-stage. */
  rolledBack: boolean;
  clusters: ClusterState[];
}

export interface FleetState {
  status: 'succeeded' | 'failed' | 'cancelled';
  waves: WaveState[];
}

const OUTCOMES: Record<string, WaveOutcome> = {
  success: 'succeeded',
  failure: 'failed',
  cancelled: 'cancelled',
  skipped: 'not started',
};

/**
 * The fleet after a run, from the plan and what its jobs reported: `stage-<n>` (the stage slot's
 * result) and `stage-<n>-waves` (its wave slots' results, comma separated). A stage that succeeded
 * ran every wave; in a failed one, the failed wave was rolled back by its own jobs, the waves
 * after it never started, and the earlier ones keep the new build, or under rollback-stage are
 * back on their previous revision. Without the waves' results a failed stage is "unknown".
 */
export function fleetState(
  plan: FleetPlan,
  digests: Record<string, string>,
  results: Record<string, string>,
): FleetState {
  const waves = plan.stages.flatMap((stage, index) => {
    const stageResult = results[`stage-${index + 1}`] ?? '';
    const reported = (results[`stage-${index + 1}-waves`] ?? '').split(',');
    const outcomes = stage.waves.map((_, w): WaveOutcome => {
      if (stageResult === 'success') return 'succeeded';
      if (stageResult === 'skipped' || stageResult === '') return 'not started';
      return OUTCOMES[reported[w] ?? ''] ?? (reported.some(Boolean) ? 'not started' : 'unknown');
    });
    const failedAt = outcomes.findIndex((o) => o === 'failed' || o === 'cancelled');
    return stage.waves.map((wave, w): WaveState => {
      const outcome = outcomes[w] as WaveOutcome;
      const rolledBack =
        outcome === 'failed' || outcome === 'cancelled' || (stage.onFailure === 'rollback-stage' && w < failedAt);
      const runs = (service: string, image: string): ServiceState => {
        if (outcome === 'unknown') return { service, runs: 'unknown' };
        if (rolledBack) return { service, runs: 'previous' };
        if (outcome !== 'succeeded') return { service, runs: 'unchanged' };
        return { service, runs: 'new', image: image || (digests[service] ?? '') };
      };
      return {
        stage: stage.name,
        wave: wave.wave,
        outcome,
        rolledBack,
        clusters: wave.clusters.map((cluster) => {
          const jobs = wave.matrix.include.filter((job) => job.cluster === cluster);
          return {
            stage: stage.name,
            wave: wave.wave,
            cluster,
            region: jobs[0]?.region ?? '',
            services: jobs.map((job) => runs(job.service, job.image)),
          };
        }),
      };
    });
  });
  const values = Object.values(results);
  const allRan = plan.stages.every((_, index) => results[`stage-${index + 1}`] === 'success');
  const status = values.includes('cancelled')
    ? 'cancelled'
    : values.includes('failure') || !allRan
      ? 'failed'
      : 'succeeded';
  return { status, waves };
}
