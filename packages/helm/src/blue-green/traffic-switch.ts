import { ConfigError } from '@slipway/kit';
import { ObjectClient, type KubeClient, type KubeObject, type ObjectRef } from '@slipway/kube';
import {
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

/** The live Service and the blue-green state it holds; refuses a Service helm owns. */
export async function readLiveService(
  kube: KubeClient,
  ref: ObjectRef,
): Promise<{ service: KubeObject | undefined; state: ColourState }> {
  const service = await new ObjectClient(kube).get(ref);
  const owner = service?.metadata.annotations?.['meta.helm.sh/release-name'];
  if (owner)
    throw new ConfigError(
      `Input 'service': Service ${ref.namespace}/${ref.name} belongs to helm release "${owner}"; blue-green needs a Service of its own to switch (name another with 'service', or uninstall the rolling release first)`,
    );
  return { service, state: readColourState(service) };
}

/**
 * Points the live Service at `colour` (creating it the first time). Guarded by resourceVersion:
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
  const { ANNOTATION } = await import('./colour-state');
  await new ObjectClient(kube).update(ref, (live) => {
    const record = change(readColourState(live));
    const annotations = { ...(live.metadata.annotations ?? {}) };
    if (Object.keys(record).length) annotations[ANNOTATION.scaledDown] = JSON.stringify(record);
    else delete annotations[ANNOTATION.scaledDown];
    live.metadata.annotations = annotations;
    return live;
  });
}
