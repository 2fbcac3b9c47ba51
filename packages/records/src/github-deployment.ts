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
  work: (deploymentId: number | undefined) => Promise<T>,
  ends: RecordedEnds<T>,
): Promise<{ result: T; deploymentId: number | undefined }> {
  const lifecycle = new DeploymentLifecycle(settings, options);
  await lifecycle.start({
    description: start.description,
    payload: await deploymentPayload(start.payload),
    transientEnvironment: false,
  });
  if (lifecycle.id !== undefined) options.onCreated?.(lifecycle.id);
  let result: T;
  try {
    result = await work(lifecycle.id);
  } catch (error) {
    await finishAs(lifecycle, { state: 'failure', description: ends.failed(error) }, options);
    throw error;
  }
  await finishAs(lifecycle, ends.end(result), options);
  return { result, deploymentId: lifecycle.id };
}

/**
 * Finishes deployment `id`, which an earlier run created and left in_progress (a paused canary
 * that this run promoted or aborted); nothing is created. The same rules as withGitHubDeployment.
 */
export async function finishKeptDeployment(
  settings: DeploymentSettings,
  id: number,
  end: DeploymentEnd,
  options: LifecycleOptions,
): Promise<void> {
  const lifecycle = new DeploymentLifecycle(settings, options);
  lifecycle.adopt(id);
  await finishAs(lifecycle, end, options);
}

/** A refused success fails the run under deployment-fail-on-error; a refused failure only warns (the work's own error says more). */
async function finishAs(lifecycle: DeploymentLifecycle, end: DeploymentEnd | undefined, options: LifecycleOptions) {
  if (end?.state === 'success') await lifecycle.finish(end);
  else if (end) await lifecycle.finish(end).catch((e: unknown) => options.logger.warning(errorMessage(e)));
}
