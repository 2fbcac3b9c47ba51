import { addPath, getState, runnerLogger, saveState } from '@slipway/kit';
import type { DeployContext } from './deploy-types';
import { openRunnerSession, type RunnerSessionOptions } from './runner-session';

/** The step state that carries the kubeconfig main wrote to its post step (which reuses, then deletes it). */
export const KUBECONFIG_STATE = 'kubeconfig-path';

export type JobSessionOptions = Omit<
  RunnerSessionOptions,
  'written' | 'onKubeconfigWritten' | 'onHelmInstalled' | 'logger'
> & {
  /** Main: each kubeconfig written is saved for the post step; post: none is (it reuses main's). */
  saveWritten: boolean;
};

/**
 * The runner session of one step of a job, main or post, for helm-deploy, canary and the root
 * action alike: the kubeconfig file main wrote (the step's state) reused, helm's folder put on
 * PATH, the runner's log.
 */
export function openJobSession(options: JobSessionOptions): Promise<DeployContext> {
  const { saveWritten, ...session } = options;
  return openRunnerSession({
    ...session,
    written: getState(KUBECONFIG_STATE),
    onHelmInstalled: addPath,
    logger: runnerLogger,
    ...(saveWritten ? { onKubeconfigWritten: (path: string) => saveState(KUBECONFIG_STATE, path) } : {}),
  });
}
