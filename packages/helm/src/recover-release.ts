import type { Logger } from '@slipway/kit';
import type { HelmCli } from './helm-cli';
import { classifyRelease, type ReleaseState, type Revision } from './release-history';
import type { ReleaseReader } from './release-secrets';

export type Recovery =
  | { action: 'none'; state: ReleaseState }
  | { action: 'rolled-back'; from: number; fromStatus: string; to: number }
  | { action: 'uninstalled'; revision: number; status: string };

/**
 * A release left pending-install/upgrade/rollback by a killed run blocks every later operation
 * ("another operation is in progress"). Roll it back to its last deployed revision, or remove
 * a first install that never succeeded; say in the log what was done.
 */
export async function recoverStuckRelease(
  helm: HelmCli,
  release: string,
  options: {
    timeoutMs: number;
    logger: Logger;
    /** The history when already read; else read through `releases` (default: `helm history`). */
    history?: Revision[];
    releases?: ReleaseReader;
  },
): Promise<Recovery> {
  const history = options.history ?? (await (options.releases ?? helm).history(release));
  const state = classifyRelease(history);
  const { logger } = options;
  if (state.kind === 'stuck') {
    const { current, lastDeployed } = state;
    logger.warning(
      `Release ${release} is stuck at revision ${current.revision} (${current.status}), probably left by a killed run: rolling back to revision ${lastDeployed.revision}`,
    );
    await helm.rollback(release, lastDeployed.revision, { wait: true, timeoutMs: options.timeoutMs });
    logger.info(`Recovered ${release}: rolled back from revision ${current.revision} to ${lastDeployed.revision}`);
    return { action: 'rolled-back', from: current.revision, fromStatus: current.status, to: lastDeployed.revision };
  }
  if (state.kind === 'never-deployed') {
    const { current } = state;
    logger.warning(
      `Release ${release} was never deployed successfully (revision ${current.revision} is ${current.status}): uninstalling it before installing again`,
    );
    await helm.uninstall(release, { wait: true, timeoutMs: options.timeoutMs });
    logger.info(`Recovered ${release}: uninstalled the ${current.status} first install`);
    return { action: 'uninstalled', revision: current.revision, status: current.status };
  }
  return { action: 'none', state };
}
