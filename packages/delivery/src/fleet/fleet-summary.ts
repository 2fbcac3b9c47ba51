import { SummaryBuilder } from '@slipway/kit';
import type { FleetPlan, FleetStage } from './plan-fleet';

/** Clusters named per wave in the table; a wave of a thousand says how many more. */
const CLUSTERS_SHOWN = 8;

/** The plan step's job summary: one row per wave, what happens after each stage. */
export function fleetSummary(plan: FleetPlan): SummaryBuilder {
  const builds = plan.builds.map((b) => b.service);
  const given = plan.services.filter((s) => s.image).map((s) => `${s.name} (${s.image})`);
  const rows = plan.stages.flatMap((stage) =>
    stage.waves.map((wave, index) => [
      index === 0 ? stage.name : '',
      String(wave.wave),
      clusterList(wave.clusters),
      String(wave.matrix.include.length),
      index === stage.waves.length - 1 ? afterStage(stage) : '',
    ]),
  );
  return new SummaryBuilder()
    .heading(`Slipway plan: ${plan.jobs} deploy jobs, ${plan.services.length} services, ${plan.stages.length} stages`)
    .paragraph(
      [`Built: ${builds.length ? builds.join(', ') : 'none'}`, given.length ? `given: ${given.join(', ')}` : '']
        .filter(Boolean)
        .join('; ')
        .replace(/[<>|`]/g, ''),
    )
    .table(['Stage', 'Wave', 'Clusters', 'Deploy jobs', 'After the stage (soak / on-failure)'], rows);
}

function clusterList(names: string[]): string {
  const shown = names.slice(0, CLUSTERS_SHOWN).join(', ');
  return names.length > CLUSTERS_SHOWN ? `${shown} … (${names.length} in all)` : shown;
}

function afterStage(stage: FleetStage): string {
  return `${stage.soak ? `soak ${stage.soak}` : 'no soak'} / ${stage.onFailure}`;
}
