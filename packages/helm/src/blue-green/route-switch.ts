import type { KubeObject } from '@slipway/kube';
import { switchedAnnotations, type Colour, type ColourService, type ScaledDown } from './colour-state';

/** The Service an HTTPRoute sends the colour's traffic to, recorded on the route. */
export const BACKEND_ANNOTATION = 'slipway.dev/backend';

type BackendRef = { group?: string; kind?: string; name?: string; namespace?: string; port?: number; weight?: number };
type Rule = { backendRefs?: BackendRef[]; [key: string]: unknown };

function isService(ref: BackendRef): boolean {
  return (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service' && !ref.namespace;
}

/**
 * The HTTPRoute with its traffic moved to `colour`'s Service (Gateway API v1). Only the
 * backendRefs that name the Service this action routed to last (recorded in an annotation) are
 * replaced, so rules for other services stay as they are; a route this action has not switched
 * yet has the backends of every rule that has any replaced by the colour's (the route was named
 * for this; a rule without backends, such as a redirect, is left). Port and weight of a
 * replaced ref are kept; a ref without a port gets the colour Service's first port. The state
 * (colour, previous colour, switched-at, scaled-down replicas) goes in the route's annotations,
 * as it does on a switched Service.
 */
export function switchedRoute(
  current: KubeObject,
  target: { colour: Colour; service: ColourService; switchedAt: string },
  scaledDown: ScaledDown,
): KubeObject {
  const route = structuredClone(current);
  const spec = (route['spec'] ?? {}) as { rules?: Rule[] };
  const rules = spec.rules?.length ? spec.rules : [{}];
  const last = current.metadata.annotations?.[BACKEND_ANNOTATION];
  const adopted = last !== undefined && rules.some((r) => r.backendRefs?.some((b) => isService(b) && b.name === last));
  const firstPort = (target.service.ports[0] as { port?: number } | undefined)?.port;
  const to = (ref: BackendRef | undefined): BackendRef => {
    const next: BackendRef = { ...(ref ?? {}), name: target.service.name };
    delete next.group;
    delete next.kind;
    delete next.namespace;
    if (next.port === undefined && firstPort !== undefined) next.port = firstPort;
    return next;
  };
  const anyBackends = rules.some((r) => r.backendRefs?.length);
  spec.rules = rules.map((rule) => {
    if (adopted)
      return { ...rule, backendRefs: rule.backendRefs?.map((b) => (isService(b) && b.name === last ? to(b) : b)) };
    // First switch: rules that send traffic somewhere now send it to the colour (all of them when none does).
    if (anyBackends && !rule.backendRefs?.length) return rule;
    return { ...rule, backendRefs: [to(rule.backendRefs?.[0])] };
  });
  route['spec'] = spec;
  route.metadata.annotations = {
    ...switchedAnnotations(current, target, scaledDown),
    [BACKEND_ANNOTATION]: target.service.name,
  };
  return route;
}

/** The Services an HTTPRoute's rules send traffic to, in order ("name:port"), for logs and tests. */
export function routeBackends(route: KubeObject | undefined): string[] {
  const rules = ((route?.['spec'] ?? {}) as { rules?: Rule[] }).rules ?? [];
  return rules.flatMap((r) => (r.backendRefs ?? []).map((b) => `${b.name ?? '?'}${b.port ? `:${b.port}` : ''}`));
}
