import { errorMessage, type Logger } from '@slipway/kit';
import type { CanaryOutcome } from '@slipway/canary';
import type { CanaryInputs } from './inputs';

/**
 * action: start is a GitHub deployment of the environment (payload kind canary), created after
 * the verification policy and before the canary release: success on promotion, failure on
 * abort; paused, it stays in_progress (a later resume, promote or abort does not finish it).
 */
export async function recordedCanary(
  inputs: CanaryInputs,
  work: () => Promise<CanaryOutcome>,
  options: { logger: Logger; signal?: AbortSignal; onCreated?: (id: number) => void },
): Promise<CanaryOutcome> {
  const { config, github } = inputs;
  if (!github || config.action !== 'start') {
    if (github) options.logger.info(`GitHub Deployments: not recorded for action ${config.action}`);
    return work();
  }
  const { withGitHubDeployment } = await import('@slipway/records');
  const { release, namespace, chart } = config.deploy;
  const start = {
    description: `${release} ${config.image ?? ''} (canary)`,
    payload: { kind: 'canary' as const, release, namespace, strategy: 'canary', chart, image: config.image },
  };
  const { result } = await withGitHubDeployment(github, start, options, work, {
    end: ({ result, state }) =>
      result === 'promoted'
        ? { state: 'success', description: `Promoted ${release} ${state.image} through ${state.steps.length} steps` }
        : result === 'aborted'
          ? { state: 'failure', description: `Canary of ${release} aborted: ${state.abortReason ?? 'aborted'}` }
          : undefined,
    failed: (error) => `Canary of ${release} failed: ${errorMessage(error)}`,
  });
  return result;
}
