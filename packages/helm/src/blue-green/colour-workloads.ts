import { ConfigError } from '@slipway/kit';
import { manifestDocuments } from '../manifest-documents';

/**
 * Workload kinds that cannot run as two colours side by side, and why. A second StatefulSet
 * claims volumes of its own, so switching colours would switch the data served; a second
 * DaemonSet puts another pod on every node (and fights over host ports). Argo Rollouts and
 * Flagger's blue-green take Deployments only, for the same reasons.
 */
const WITHOUT_COLOURS: Record<string, string> = {
  StatefulSet: 'a second colour would claim volumes of its own, so the switch would change the data served',
  DaemonSet: 'both colours would run a pod on every node',
};

/** Why the rendered release cannot be delivered blue-green, or undefined when it can. */
export async function workloadsWithoutColours(manifest: string): Promise<string | undefined> {
  const found = new Map<string, string[]>();
  for (const obj of await manifestDocuments(manifest)) {
    if (!obj.kind || !Object.hasOwn(WITHOUT_COLOURS, obj.kind)) continue;
    found.set(obj.kind, [...(found.get(obj.kind) ?? []), `${obj.kind}/${obj.metadata?.name ?? '?'}`]);
  }
  if (!found.size) return undefined;
  return [...found].map(([kind, names]) => `${names.join(', ')} (${WITHOUT_COLOURS[kind]})`).join(' and ');
}

/** Refuses, before the colour release is touched, a chart whose workloads cannot have two colours. */
export async function refuseWorkloadsWithoutColours(release: string, manifest: string): Promise<void> {
  const why = await workloadsWithoutColours(manifest);
  if (why)
    throw new ConfigError(
      `Input 'strategy': blue-green cannot deliver release ${release}: it renders ${why}; use strategy rolling`,
    );
}
