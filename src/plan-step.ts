import { runnerLogger, setOutput } from '@slipway/kit';
import type { PlanInputs } from './inputs';

/**
 * mode: plan. slipway.yml in, the fleet's job matrices out as JSON outputs for `strategy.matrix`,
 * and a job summary of the stages and waves. No request is made and no process runs: a plan over
 * GitHub's limits is refused here, before any job of the fleet starts.
 */
export async function runPlanStep(inputs: PlanInputs): Promise<void> {
  // delivery loads once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
  const { loadConfig, planFleet, fleetOutputs, fleetSummary } = await import('@slipway/delivery');
  const config = await loadConfig(inputs.configPath, inputs.configName);
  const plan = planFleet(config, {
    environments: inputs.environments,
    services: inputs.services,
    clusters: inputs.clusters,
    base: inputs.base,
  });
  for (const [name, value] of Object.entries(fleetOutputs(plan))) setOutput(name, value);
  fleetSummary(plan).write();
  const waves = plan.stages.reduce((n, stage) => n + stage.waves.length, 0);
  runnerLogger.info(
    `Planned ${plan.jobs} deploy jobs: ${plan.services.length} services, ${plan.stages.length} stages, ${waves} waves; ${plan.builds.length} builds`,
  );
}
