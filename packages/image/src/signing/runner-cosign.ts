import { addPath, runnerDirs, type Logger } from '@slipway/kit';
import type { CosignInputs } from './cosign-inputs';
import type { FoundTool } from './find-cosign';
import { resolveCosign } from './install-cosign';

/**
 * resolveCosign for a step on a runner (build-push, helm-deploy, canary, the root action): the
 * tool cache RUNNER_TOOL_CACHE names, and a downloaded or cached cosign put on PATH for this step
 * (where signing and verifying look for it) and the steps after it.
 */
export function runnerCosign(inputs: CosignInputs, logger: Logger, signal?: AbortSignal): Promise<FoundTool> {
  return resolveCosign({
    ...inputs,
    cacheDir: runnerDirs().toolCache,
    onInstalled: addPath,
    env: process.env,
    logger,
    ...(signal ? { signal } : {}),
  });
}
