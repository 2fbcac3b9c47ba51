import { errorMessage } from '@slipway/kit';
import {
  DeploymentLifecycle,
  type DeploymentEnd,
  type DeploymentSettings,
  type LifecycleOptions,
} from '@slipway/github';
import { deploymentPayload, type DeploymentStart } from './deployment-payload';

/** What a GitHub deployment says as it starts: its description, and the payload's facts. */
export interface RecordedStart {
  description: string;
  /** Written by deploymentPayload, the one writer delivery-metrics reads back. */
  payload: DeploymentStart;
}

export interface RecordedEnds<T> {
  /** The final status of a finished run; undefined leaves the deployment in_progress (a paused canary). */
  end: (result: T) => DeploymentEnd | undefined;
  /** The failure status's description when the work throws. */
  failed: (error: unknown) => string;
}

export interface RecordedOptions extends LifecycleOptions {
  /** Called with the deployment's id once it is created (an output, the canary's state). */
  onCreated?: (id: number) => void;
}

/**
 * The GitHub deployment around one run of helm-deploy or the canary: created and in_progress
 * before the work changes anything, then success or failure as `ends` says; a success marks the
 * environment's earlier deployments inactive. A Deployments API failure is a warning unless
 * deployment-fail-on-error, and never hides the work's own error.
 */
export async function withGitHubDeployment<T>(
  settings: DeploymentSettings,
  start: RecordedStart,
  options: RecordedOptions,
  work: () => Promise<T>,
  ends: RecordedEnds<T>,
): Promise<{ result: T; deploymentId: number | undefined }> {
  const lifecycle = new DeploymentLifecycle(settings, options);
  await lifecycle.start({
    description: start.description,
    payload: await deploymentPayload(start.payload),
    transientEnvironment: false,
  });
  if (lifecycle.id !== undefined) options.onCreated?.(lifecycle.id);
  const quiet = (e: unknown) => options.logger.warning(errorMessage(e));
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await lifecycle.finish({ state: 'failure', description: ends.failed(error) }).catch(quiet);
    throw error;
  }
  const end = ends.end(result);
  if (end?.state === 'success') await lifecycle.finish(end);
  else if (end) await lifecycle.finish(end).catch(quiet);
  return { result, deploymentId: lifecycle.id };
}
