import { runnerLogger, setOutput } from '@slipway/kit';
import type { ReportInputs } from './inputs';

/**
 * mode: report, the last job of a fleet run (fleet.yml, `if: always()`): slipway.yml planned
 * again as the plan job did, with the digests the waves deployed and the jobs' results, gives
 * which service runs what in which cluster and how each wave ended: the job summary, and the
 * fields and text of the run's one Slack message (slack-notify). No request is made.
 */
export async function runReportStep(inputs: ReportInputs): Promise<void> {
  // delivery loads once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
  const { loadConfig, planFleet, fleetState, fleetSlack, fleetStateSummary } = await import('@slipway/delivery');
  const config = await loadConfig(inputs.configPath, inputs.configName);
  const plan = planFleet(config, { environments: inputs.environments, services: inputs.services, base: inputs.base });
  runnerLogger.info(
    `Job results: ${Object.entries(inputs.results)
      .map(([job, result]) => `${job}=${result || '(none)'}`)
      .join(' ')}`,
  );
  const state = fleetState(plan, inputs.digests, inputs.results);
  const { fields, text } = fleetSlack(state);
  setOutput('status', state.status);
  setOutput('environments', plan.stages.map((s) => s.name).join(', '));
  setOutput('fields', fields);
  setOutput('text', text);
  fleetStateSummary(state).write();
  runnerLogger.info(`Fleet ${state.status}:\n${text}`);
}
