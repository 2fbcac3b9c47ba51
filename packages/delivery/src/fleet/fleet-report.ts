import { SummaryBuilder } from '@slipway/kit';
import type { ClusterState, FleetState, ServiceState, WaveState } from './fleet-state';

/** What one service is in a cluster after the run, in a word or its image. */
export function serviceRuns(state: ServiceState): string {
  if (state.runs === 'new') return state.image || 'the build of this run (no digest reported)';
  if (state.runs === 'previous') return 'previous revision (rolled back)';
  return state.runs === 'unchanged' ? 'unchanged (not delivered)' : 'unknown (see the run)';
}

function waveText(wave: WaveState): string {
  const rolledBack = wave.rolledBack && wave.outcome === 'succeeded' ? ', then rolled back (rollback-stage)' : '';
  const own = wave.rolledBack && wave.outcome !== 'succeeded' ? ', rolled back' : '';
  return `wave ${wave.wave} ${wave.outcome}${own}${rolledBack}`;
}

const clusterLabel = (c: ClusterState) => `${c.cluster} (${c.stage}, wave ${c.wave}${c.region ? `, ${c.region}` : ''})`;

/**
 * The Slack message's parts for slack-notify: one field per cluster (`<cluster> (<stage>, wave n)=
 * api: repo@sha256:… · web: …`, its fields input), and the waves' outcomes per stage (its text).
 */
export function fleetSlack(state: FleetState): { fields: string; text: string } {
  const clusters = state.waves.flatMap((w) => w.clusters);
  const fields = clusters
    .map((c) => `${clusterLabel(c)}=${c.services.map((s) => `${s.service}: ${serviceRuns(s)}`).join(' · ')}`)
    .join('\n');
  const stages = [...new Set(state.waves.map((w) => w.stage))];
  const text = stages
    .map(
      (stage) =>
        `${stage}: ${state.waves
          .filter((w) => w.stage === stage)
          .map(waveText)
          .join(', ')}`,
    )
    .join('\n');
  return { fields, text };
}

/** The report job's summary: the fleet's state, one row per cluster and service. */
export function fleetStateSummary(state: FleetState): SummaryBuilder {
  const rows = state.waves.flatMap((wave) =>
    wave.clusters.flatMap((c) =>
      c.services.map((s) => [c.stage, String(c.wave), waveText(wave), c.cluster, c.region, s.service, serviceRuns(s)]),
    ),
  );
  return new SummaryBuilder()
    .heading(`Slipway fleet: ${state.status}`)
    .table(['Stage', 'Wave', 'Outcome', 'Cluster', 'Region', 'Service', 'Runs'], rows);
}
