/** One revision as `helm history -o json` prints it. */
export interface Revision {
  revision: number;
  status: string;
  chart: string;
  appVersion: string;
  description: string;
  updated: string;
}

export type ReleaseState =
  /** Never installed (or uninstalled). */
  | { kind: 'absent' }
  /** The last revision is deployed, or failed with an earlier good one to upgrade from. */
  | { kind: 'ready'; current: Revision; lastDeployed: Revision | undefined }
  /** Left pending-* by a killed run, with a good revision to go back to. */
  | { kind: 'stuck'; current: Revision; lastDeployed: Revision }
  /** Never deployed successfully: a pending or failed first install, to be removed. */
  | { kind: 'never-deployed'; current: Revision };

const PENDING = new Set(['pending-install', 'pending-upgrade', 'pending-rollback']);
const GOOD = new Set(['deployed', 'superseded']);

export function parseHistory(json: string): Revision[] {
  const raw: unknown = JSON.parse(json || '[]');
  if (!Array.isArray(raw)) throw new Error('helm history -o json did not print a list');
  return raw
    .map((entry: Record<string, unknown>) => ({
      revision: Number(entry['revision']),
      status: String(entry['status'] ?? ''),
      chart: String(entry['chart'] ?? ''),
      appVersion: String(entry['app_version'] ?? ''),
      description: String(entry['description'] ?? ''),
      updated: String(entry['updated'] ?? ''),
    }))
    .sort((a, b) => a.revision - b.revision);
}

export function isPending(status: string): boolean {
  return PENDING.has(status);
}

/**
 * The last good revision before `before` (default: the newest): a revision that was deployed,
 * preferring the one helm still marks deployed.
 */
export function lastGoodRevision(history: Revision[], before = Number.POSITIVE_INFINITY): Revision | undefined {
  const earlier = history.filter((r) => r.revision < before);
  const deployed = earlier.filter((r) => r.status === 'deployed');
  if (deployed.length) return deployed[deployed.length - 1];
  const good = earlier.filter((r) => GOOD.has(r.status));
  return good[good.length - 1];
}

export function classifyRelease(history: Revision[]): ReleaseState {
  const current = history[history.length - 1];
  if (!current || current.status === 'uninstalled') return { kind: 'absent' };
  const everGood = history.some((r) => GOOD.has(r.status));
  if (isPending(current.status) || current.status === 'uninstalling') {
    const lastDeployed = lastGoodRevision(history, current.revision);
    return lastDeployed ? { kind: 'stuck', current, lastDeployed } : { kind: 'never-deployed', current };
  }
  if (current.status === 'failed' && !everGood) return { kind: 'never-deployed', current };
  return { kind: 'ready', current, lastDeployed: lastGoodRevision(history) };
}
