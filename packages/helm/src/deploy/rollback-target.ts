import { ConfigError } from '@slipway/kit';
import type { HelmCli } from '../helm-cli';
import type { Revision } from '../release-history';
import {
  describeContent,
  readContent,
  restoredRevision,
  rollbackCandidates,
  sameContent,
  type ReleaseContent,
} from './release-content';

export interface RollbackTarget {
  target: Revision;
  live: ReleaseContent;
  content: ReleaseContent;
}

/**
 * mode: rollback's target. Named: that revision. Else the newest good revision whose content
 * (chart, images, values) differs from what is live: after an automatic rollback the revision
 * before the live one runs the very same release, and going "back" to it would change nothing.
 */
export async function chooseRollbackTarget(
  helm: HelmCli,
  release: string,
  history: Revision[],
  named: number | undefined,
): Promise<RollbackTarget> {
  const current = history.at(-1);
  if (!current) throw new Error(`Release ${release} has no revisions: nothing to roll back`);
  const live = await readContent(helm, release, current);
  if (named !== undefined) {
    const target = history.find((r) => r.revision === named);
    if (!target) {
      const have = history.map((r) => `${r.revision} (${r.status})`).join(', ');
      throw new ConfigError(`Input 'revision': release ${release} has no revision ${named} (have: ${have})`);
    }
    return { target, live, content: await readContent(helm, release, target) };
  }
  for (const candidate of rollbackCandidates(history, current.revision)) {
    const content = await readContent(helm, release, candidate);
    if (!sameContent(content, live)) return { target: candidate, live, content };
  }
  const restored = restoredRevision(current);
  throw new ConfigError(
    `Release ${release} is live at revision ${current.revision}${restored ? ` (restored from revision ${restored})` : ''} with ${describeContent(live)}: there is no earlier good release with other content to roll back to`,
  );
}
