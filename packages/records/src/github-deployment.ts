import { errorMessage } from '@slipway/kit';
import {
  DeploymentLifecycle,
  type DeploymentEnd,
  type DeploymentSettings,
  type LifecycleOptions,
} from '@slipway/github';
import { deploymentPayload, type DeploymentStart } from './deployment-payload';

export interface RecordedOptions extends LifecycleOptions {
  /** Called with the deployment's id once it is created (an output, the canary's state). */
  onCreated?: (id: number) => void;
}

export interface RecordedRun<T> {
  result: T;
  deploymentId: number | undefined;
  /**
   * deployment-fail-on-error: GitHub refused the success status after the work succeeded. The
   * caller writes its outputs and summary first, then fails with it (the root action, helm-deploy
   * and the canary alike).
   */
  refused?: unknown;
}

/**
 * The description a deployment starts with, for helm-deploy, the canary and the root action
 * alike: "web r/web:2 (rolling)", "web r/web:2 (canary)", "Rollback of web to revision 3 (rolling)".
 */
export function startDescription(start: DeploymentStart): string {
  if (start.kind === 'rollback') {
    const to = start.revision ? `revision ${start.revision}` : 'the last good revision';
    return `Rollback of ${start.release} to ${to} (${start.strategy})`;
  }
  return `${start.release}${start.image ? ` ${start.image}` : ''} (${start.strategy})`;
}

/** The failure status when the work throws: "Deploy of web failed: <error>" (Rollback of, Canary of). */
export function failedDescription(start: Pick<DeploymentStart, 'kind' | 'release'>, error: unknown): string {
  const what = start.kind === 'rollback' ? 'Rollback' : start.kind === 'canary' ? 'Canary' : 'Deploy';
  return `${what} of ${start.release} failed: ${errorMessage(error)}`;
}

/**
 * The GitHub deployment around one run of helm-deploy, the canary or the root action: created
 * and in_progress (description and payload from `start`, through startDescription and
 * deploymentPayload) before the work changes anything, then the status `end` gives (none leaves
 * it in_progress: a paused canary), or failure when the work throws; a success marks the
 * environment's earlier deployments inactive. A Deployments API failure is a warning unless
 * deployment-fail-on-error: then a refused start throws before the work, and a refused success
 * status comes back as `refused`. It never hides the work's own error.
 */
export async function withGitHubDeployment<T>(
  settings: DeploymentSettings,
  start: DeploymentStart,
  options: RecordedOptions,
  work: (deploymentId: number | undefined) => Promise<T>,
  end: (result: T) => DeploymentEnd | undefined,
): Promise<RecordedRun<T>> {
  const lifecycle = new DeploymentLifecycle(settings, options);
  await lifecycle.start({
    description: startDescription(start),
    payload: await deploymentPayload(start),
    transientEnvironment: false,
  });
  if (lifecycle.id !== undefined) options.onCreated?.(lifecycle.id);
  let result: T;
  try {
    result = await work(lifecycle.id);
  } catch (error) {
    await finishAs(lifecycle, { state: 'failure', description: failedDescription(start, error) }, options);
    throw error;
  }
  const refused = await finishAs(lifecycle, end(result), options);
  return { result, deploymentId: lifecycle.id, ...(refused ? { refused: refused.error } : {}) };
}

/**
 * Finishes deployment `id`, which an earlier run created and left in_progress (a paused canary
 * that this run promoted or aborted); nothing is created. The same rules as withGitHubDeployment:
 * the refusal of a success status under deployment-fail-on-error is returned, not thrown.
 */
export async function finishKeptDeployment(
  settings: DeploymentSettings,
  id: number,
  end: DeploymentEnd,
  options: LifecycleOptions,
): Promise<{ error: unknown } | undefined> {
  const lifecycle = new DeploymentLifecycle(settings, options);
  lifecycle.adopt(id);
  return finishAs(lifecycle, end, options);
}

/** A refused success is returned under deployment-fail-on-error; a refused failure only warns (the work's own error says more). */
async function finishAs(
  lifecycle: DeploymentLifecycle,
  end: DeploymentEnd | undefined,
  options: LifecycleOptions,
): Promise<{ error: unknown } | undefined> {
  if (!end) return undefined;
  try {
    await lifecycle.finish(end);
    return undefined;
  } catch (error) {
    if (end.state === 'success') return { error };
    options.logger.warning(errorMessage(error));
    return undefined;
  }
}
