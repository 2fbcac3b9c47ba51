import { runnerDirs } from '@slipway/kit';
import { sessionKubeconfig } from '@slipway/kube';
import type { DeployContext } from './deploy-types';
import { openSession, type SessionOptions } from './open-session';

export interface RunnerSessionOptions extends Omit<
  SessionOptions,
  'kubeconfigYaml' | 'kubeconfigPath' | 'tempDir' | 'toolCacheDir'
> {
  /** The kubeconfig input's YAML (decoded), when one was given. */
  kubeconfigInput: string | undefined;
  /** The kubeconfig file an earlier phase of this job wrote: the post step reuses it. */
  written?: string | undefined;
  /** The step's environment (KUBECONFIG, RUNNER_TEMP, RUNNER_TOOL_CACHE). Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * One step's helm/kube session on a runner, the same for helm-deploy, canary and the root
 * action, main and post: the kubeconfig is the file written earlier in this job, else the
 * input, else the ambient KUBECONFIG (merged when it lists several); every file goes under
 * RUNNER_TEMP (onKubeconfigWritten told each kubeconfig written, for the post step to delete)
 * and helm comes from, or is installed into, RUNNER_TOOL_CACHE (see runnerDirs).
 */
export async function openRunnerSession(options: RunnerSessionOptions): Promise<DeployContext> {
  const { kubeconfigInput, written, env = process.env, ...session } = options;
  const { temp, toolCache } = runnerDirs(env);
  const kubeconfig = await sessionKubeconfig({
    written,
    input: kubeconfigInput,
    ambient: env['KUBECONFIG'],
    tempDir: temp,
    onWritten: session.onKubeconfigWritten,
  });
  return openSession({ ...session, ...kubeconfig, tempDir: temp, toolCacheDir: toolCache });
}
