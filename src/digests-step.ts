import { runnerLogger, setOutput, signalOnTermination } from '@slipway/kit';
import type { DigestsInputs } from './inputs';

/**
 * mode: digests. After a fleet's build job: each service the plan builds resolved, through the
 * registry, from the tag the build pushed to its digest; one JSON output (service →
 * repo@sha256:…) that every wave deploys from.
 */
export async function runDigestsStep(inputs: DigestsInputs): Promise<void> {
  // delivery loads once the inputs are good: a bad input fails at the toolkit's start-up cost (npm run bench).
  const { loadConfig, planFleet, fleetDigests, digestsOutput, digestsSummary } = await import('@slipway/delivery');
  const config = await loadConfig(inputs.configPath, inputs.configName);
  const plan = planFleet(config, { services: inputs.services });
  const digests = await fleetDigests(plan, {
    registry: inputs.registry,
    tag: inputs.tag,
    credentials: inputs.credentials,
    logger: runnerLogger,
    signal: signalOnTermination(),
  });
  setOutput('digests', digestsOutput(digests));
  digestsSummary(digests).write();
}
