import { lastGoodRevision, type Revision } from '../release-history';

/** What a failed deploy does next, decided from the release's history alone. */
export type AfterFailure =
  /** helm refused before writing a revision (kubeVersion, template error, missing chart): nothing to undo. */
  | { action: 'nothing-created' }
  | { action: 'disabled' }
  /** Another run holds the release; this one changed nothing, and undoing would undo that run. */
  | { action: 'concurrent'; holder: Revision | undefined }
  /** Another run deployed a good revision meanwhile: it serves, leave it. */
  | { action: 'other-run'; revision: number }
  | { action: 'uninstall' }
  | { action: 'rollback'; to: number };

export interface FailureFacts {
  /** The history as the deploy started. */
  before: Revision[];
  /** The history after the failure; undefined when it could not be read. */
  after: Revision[] | undefined;
  /** The revision this run's helm reported making (helm succeeded, the judge did not). */
  ours: number | undefined;
  /** helm refused to start because another operation holds the release. */
  concurrent: boolean;
  rollbackOnFailure: boolean;
}

export function decideAfterFailure(facts: FailureFacts): AfterFailure {
  const { before, after, ours } = facts;
  if (facts.concurrent)
    return facts.rollbackOnFailure ? { action: 'concurrent', holder: after?.at(-1) } : { action: 'disabled' };
  if (after && after.at(-1)?.revision === before.at(-1)?.revision && ours === undefined)
    return { action: 'nothing-created' };
  if (!facts.rollbackOnFailure) return { action: 'disabled' };
  const previous = lastGoodRevision(before);
  const current = after ? lastGoodRevision(after.filter((r) => r.revision !== ours)) : undefined;
  if (current && current.revision > (previous?.revision ?? 0))
    return { action: 'other-run', revision: current.revision };
  if (!previous) return { action: 'uninstall' };
  return { action: 'rollback', to: previous.revision };
}
