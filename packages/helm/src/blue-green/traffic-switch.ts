import { ConfigError } from '@slipway/kit';
import { ObjectClient, type KubeClient, type KubeObject, type ObjectRef } from '@slipway/kube';
import { switchedRoute } from './route-switch';
import {
  ANNOTATION,
  COLOURS,
  colourRelease,
  readColourState,
  switchedService,
  type Colour,
  type ColourService,
  type ColourState,
  type ScaledDown,
} from './colour-state';

export function liveServiceRef(namespace: string, name: string): ObjectRef {
  return { apiVersion: 'v1', kind: 'Service', namespace, name };
}

/** What blue-green switches: the HTTPRoute named by `route`, else the action's own Service. */
export function trafficRef(namespace: string, settings: { service: string; route?: string }): ObjectRef {
  if (settings.route)
    return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name: settings.route };
  return liveServiceRef(namespace, settings.service);
}

/**
 * The live Service (or HTTPRoute) and the blue-green state it holds. A Service must be the
 * action's own (helm would undo the switch); an HTTPRoute must exist (its parentRefs are the
 * user's) and must not belong to one of the colour releases.
 */
export async function readLiveService(
  kube: KubeClient,
  ref: ObjectRef,
  release?: string,
): Promise<{ service: KubeObject | undefined; state: ColourState }> {
  const service = await new ObjectClient(kube).get(ref);
  const owner = service?.metadata.annotations?.['meta.helm.sh/release-name'];
  if (ref.kind === 'HTTPRoute') {
    if (!service)
      throw new ConfigError(
        `Input 'route': HTTPRoute ${ref.namespace}/${ref.name} does not exist; create it (with its parentRefs) before the first blue-green deploy`,
      );
    if (owner && release && COLOURS.some((c) => owner === colourRelease(release, c)))
      throw new ConfigError(
        `Input 'route': HTTPRoute ${ref.namespace}/${ref.name} belongs to the colour release "${owner}", which would undo every switch; keep the route out of the chart deployed as colours`,
      );
    return { service, state: readColourState(service) };
  }
  if (owner)
    throw new ConfigError(
      `Input 'service': Service ${ref.namespace}/${ref.name} belongs to helm release "${owner}"; blue-green needs a Service of its own to switch (name another with 'service', or uninstall the rolling release first)`,
    );
  return { service, state: readColourState(service) };
}

/**
 * Points the live Service at `colour` (creating it the first time), or the HTTPRoute's backends
 * at the colour's Service. Guarded by resourceVersion:
 * a concurrent switch makes this one read again and re-apply. `scaledDown` replaces the record of
 * scaled-down workloads.
 */
export async function switchTraffic(
  kube: KubeClient,
  ref: ObjectRef,
  colour: Colour,
  from: ColourService,
  scaledDown: (state: ColourState) => ScaledDown,
  switchedAt: string,
): Promise<KubeObject> {
  const objects = new ObjectClient(kube);
  if (ref.kind === 'HTTPRoute')
    return objects.update(ref, (live) =>
      switchedRoute(live, { colour, service: from, switchedAt }, scaledDown(readColourState(live))),
    );
  const target = { name: ref.name, namespace: ref.namespace, colour, from, switchedAt };
  const current = await objects.get(ref);
  if (!current) return objects.create(ref, switchedService(undefined, target, scaledDown(readColourState(undefined))));
  return objects.update(ref, (live) => switchedService(live, target, scaledDown(readColourState(live))));
}

/** Rewrites only the record of scaled-down workloads, leaving the selector as it is. */
export async function recordScaledDown(
  kube: KubeClient,
  ref: ObjectRef,
  change: (state: ColourState) => ScaledDown,
): Promise<void> {
  await new ObjectClient(kube).update(ref, (live) => {
    const record = change(readColourState(live));
    const annotations = { ...(live.metadata.annotations ?? {}) };
    if (Object.keys(record).length) annotations[ANNOTATION.scaledDown] = JSON.stringify(record);
    else delete annotations[ANNOTATION.scaledDown];
    live.metadata.annotations = annotations;
    return live;
  });
}
