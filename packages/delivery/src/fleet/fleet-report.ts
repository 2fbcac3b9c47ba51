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

/** No comma: slack-notify's fields input is a list (comma or newline separated). */
const clusterLabel = (c: ClusterState) =>
  [c.cluster, `${c.stage} wave ${c.wave}`, c.region].filter(Boolean).join(' · ');

/**
 * Clusters named one field each in the message: Slack shows 50 blocks of 10 fields (the header,
 * text and links take some), and slack-notify takes 1000 fields; the summary names them all.
 */
export const SLACK_CLUSTERS_SHOWN = 400;

/**
 * The Slack message's parts for slack-notify: one field per cluster (`<cluster> · <stage> wave n=
 * api: repo@sha256:… · web: …`, its fields input), and the waves' outcomes per stage (its text).
 */
export function fleetSlack(state: FleetState): { fields: string; text: string } {
  const clusters = state.waves.flatMap((w) => w.clusters);
  const lines = clusters
    .slice(0, SLACK_CLUSTERS_SHOWN)
    .map((c) => `${clusterLabel(c)}=${c.services.map((s) => `${s.service}: ${serviceRuns(s)}`).join(' · ')}`);
  const left = clusters.length - SLACK_CLUSTERS_SHOWN;
  if (left > 0) lines.push(`more clusters=${left} more in the report job's summary`);
  const fields = lines.join('\n');
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
