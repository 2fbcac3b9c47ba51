import type { KubeObject } from '@slipway/kube';
import { manifestDocuments, type ManifestObject } from '../manifest-documents';

export type Colour = 'blue' | 'green';
export const COLOURS: readonly Colour[] = ['blue', 'green'];

/** Annotations on the live Service that hold the blue-green state; nothing else is needed. */
export const ANNOTATION = {
  colour: 'slipway.dev/colour',
  previous: 'slipway.dev/previous-colour',
  switchedAt: 'slipway.dev/switched-at',
  /** JSON {"Deployment/web-blue": 3}: replica counts of a colour scaled down, to scale it up again. */
  scaledDown: 'slipway.dev/scaled-down',
} as const;

export const MANAGED_BY = 'slipway-helm-deploy';

export function otherColour(colour: Colour): Colour {
  return colour === 'blue' ? 'green' : 'blue';
}

/** The helm release that holds one colour: `<release>-<colour>`. */
export function colourRelease(release: string, colour: Colour): string {
  return `${release}-${colour}`;
}

export interface ColourState {
  /** The colour the live Service selects now; undefined before the first switch. */
  active: Colour | undefined;
  /** The colour that served before the last switch. */
  previous: Colour | undefined;
  /** Replica counts of workloads this action scaled down, per colour, keyed Kind/name. */
  scaledDown: ScaledDown;
}

export type ScaledDown = Partial<Record<Colour, Record<string, number>>>;

function asColour(value: string | undefined): Colour | undefined {
  return value === 'blue' || value === 'green' ? value : undefined;
}

export function readColourState(service: KubeObject | undefined): ColourState {
  const annotations = service?.metadata.annotations ?? {};
  let scaledDown: ScaledDown = {};
  try {
    const parsed: unknown = JSON.parse(annotations[ANNOTATION.scaledDown] ?? '{}');
    if (parsed && typeof parsed === 'object') scaledDown = parsed as ScaledDown;
  } catch {
    // an edited annotation: forget it, the workloads say the truth
  }
  return {
    active: asColour(annotations[ANNOTATION.colour]),
    previous: asColour(annotations[ANNOTATION.previous]),
    scaledDown,
  };
}

/** The Service a colour release's chart renders, as much of it as the live Service copies. */
export interface ColourService {
  name: string;
  selector: Record<string, string>;
  ports: unknown[];
  type: string | undefined;
}

/** The annotations of a switched object (Service or HTTPRoute): now `colour`, the one before as previous. */
export function switchedAnnotations(
  current: KubeObject | undefined,
  target: { colour: Colour; switchedAt: string },
  scaledDown: ScaledDown,
): Record<string, string> {
  const state = readColourState(current);
  const annotations: Record<string, string> = { ...(current?.metadata.annotations ?? {}) };
  annotations[ANNOTATION.colour] = target.colour;
  if (state.active && state.active !== target.colour) annotations[ANNOTATION.previous] = state.active;
  else if (!state.active) delete annotations[ANNOTATION.previous];
  annotations[ANNOTATION.switchedAt] = target.switchedAt;
  if (Object.keys(scaledDown).length) annotations[ANNOTATION.scaledDown] = JSON.stringify(scaledDown);
  else delete annotations[ANNOTATION.scaledDown];
  return annotations;
}

/**
 * The live Service pointed at `colour`: the colour Service's selector and ports, the state in
 * annotations. `current` is the live Service as read (its resourceVersion guards the write), or
 * undefined to create it.
 */
export function switchedService(
  current: KubeObject | undefined,
  target: { name: string; namespace: string; colour: Colour; from: ColourService; switchedAt: string },
  scaledDown: ScaledDown,
): KubeObject {
  const base: KubeObject = current
    ? structuredClone(current)
    : {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: target.name,
          namespace: target.namespace,
          labels: { 'app.kubernetes.io/managed-by': MANAGED_BY },
        },
        spec: { type: target.from.type ?? 'ClusterIP' },
      };
  base.metadata.annotations = switchedAnnotations(current, target, scaledDown);
  const spec = { ...((base['spec'] as Record<string, unknown> | undefined) ?? {}) };
  spec['selector'] = { ...target.from.selector };
  spec['ports'] = structuredClone(target.from.ports);
  base['spec'] = spec;
  return base;
}

/** The first Service of a rendered manifest, with the selector the live Service will copy. */
export async function colourServiceIn(manifest: string): Promise<ColourService | undefined> {
  type Service = ManifestObject & { spec?: { selector?: Record<string, string>; ports?: unknown[]; type?: string } };
  for (const obj of await manifestDocuments<Service>(manifest)) {
    if (obj.kind !== 'Service' || !obj.metadata?.name || !obj.spec?.selector) continue;
    return {
      name: obj.metadata.name,
      selector: obj.spec.selector,
      ports: obj.spec.ports ?? [],
      type: obj.spec.type,
    };
  }
  return undefined;
}
