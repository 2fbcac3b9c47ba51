/**
 * The one place that knows how helm v3 and v4 spell the same thing. Every helm argv that
 * differs between the two majors is built here.
 *
 * | meaning                          | helm v3       | helm v4                  |
 * | -------------------------------- | ------------- | ------------------------ |
 * | roll back a failed upgrade       | --atomic      | --rollback-on-failure    |
 * | wait until resources are ready   | --wait        | --wait=watcher           |
 * | replace resources by force       | --force       | --force-replace          |
 */
export interface UpgradeBehaviour {
  /** Wait for resources to be ready (up to --timeout). */
  wait: boolean;
  /** Let helm itself roll back a failed upgrade (we normally do it ourselves, watching). */
  helmRollbackOnFailure: boolean;
  /** Replace resources that cannot be patched. */
  force: boolean;
}

export function upgradeFlags(major: number, behaviour: UpgradeBehaviour): string[] {
  const v4 = major >= 4;
  const flags: string[] = [];
  if (behaviour.helmRollbackOnFailure) flags.push(v4 ? '--rollback-on-failure' : '--atomic');
  if (behaviour.wait) flags.push(v4 ? '--wait=watcher' : '--wait');
  if (behaviour.force) flags.push(v4 ? '--force-replace' : '--force');
  return flags;
}

/** `helm rollback` waits the same way `upgrade` does. */
export function waitFlags(major: number, wait: boolean): string[] {
  if (!wait) return [];
  return [major >= 4 ? '--wait=watcher' : '--wait'];
}

/** helm takes Go durations; we always pass whole seconds. */
export function timeoutFlag(timeoutMs: number): string[] {
  return ['--timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`];
}

/** Render without touching the cluster's objects: v4 wants the mode spelled out. */
export function dryRunFlags(major: number): string[] {
  return [major >= 4 ? '--dry-run=client' : '--dry-run'];
}
