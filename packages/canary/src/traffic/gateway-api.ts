import type { KubeObject } from '../objects';
import {
  canaryShare,
  cookieMatch,
  headerMatch,
  isService,
  overLimits,
  withCanary,
  withoutCanary,
  type CanaryRouting,
  type HeaderMatch,
  type RouteRule,
} from './http-route-rules';
import { ClusterTraffic } from './cluster-traffic';
import { TrafficSetupError, type TrafficProvider, type TrafficTarget } from './traffic-provider';

interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
}
interface HTTPRoute extends KubeObject {
  spec?: { parentRefs?: ParentRef[]; rules?: RouteRule[]; [key: string]: unknown };
}
interface Gateway extends KubeObject {
  spec?: { gatewayClassName?: string };
}
interface GatewayClass extends KubeObject {
  spec?: { controllerName?: string };
  /** Gateway API v1.2+: what the controller implements, as it says itself. */
  status?: { supportedFeatures?: Array<{ name?: string } | string> };
}

const GROUP = 'gateway.networking.k8s.io';
/** Gateway API's feature name for the RequestMirror filter on HTTPRoutes. */
export const MIRROR_FEATURE = 'HTTPRouteRequestMirror';

/** The value a header without one must carry to reach the canary (as ingress-nginx's canary-by-header). */
export const HEADER_ALWAYS = 'always';

/** The A/B matches of a target: its header (and value, default "always") or its cookie. */
export function abMatches(target: TrafficTarget): HeaderMatch[] {
  const matches: HeaderMatch[] = [];
  if (target.header) matches.push(headerMatch(target.header.name, target.header.value ?? HEADER_ALWAYS));
  if (target.cookie) matches.push(cookieMatch(target.cookie.name, target.cookie.value));
  return matches;
}

/**
 * Gateway API: the weights of the stable and canary Services among an HTTPRoute's backendRefs;
 * with `canary-header` / `canary-cookie`, a rule before each weighted rule sending the matching
 * requests to the canary only; with `canary-mirror`, a RequestMirror filter copying a share of the
 * weighted rule's requests to the canary (its responses are discarded by the gateway).
 */
export class GatewayApiTraffic extends ClusterTraffic implements TrafficProvider {
  readonly name = 'gateway-api' as const;

  private get ref() {
    const { namespace, routeName: name } = this.target;
    return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name };
  }

  private get services() {
    return { stable: this.target.stableService, canary: this.target.canaryService };
  }

  private routing(weight: number): CanaryRouting {
    return { ...this.services, weight, matches: abMatches(this.target), mirror: this.target.mirror };
  }

  private get where(): string {
    return `HTTPRoute ${this.target.namespace}/${this.target.routeName}`;
  }

  async prepare(): Promise<Record<string, unknown>> {
    const route = await this.existing<HTTPRoute>(this.ref, 'route', `${this.where} not found`);
    const rules = route.spec?.rules ?? [];
    const stable = rules
      .flatMap((rule) => rule.backendRefs ?? [])
      .filter((ref) => isService(ref) && ref.name === this.target.stableService);
    if (stable.length === 0) throw this.noStableBackend(this.where, 'backendRef to Service');
    const routing = this.routing(0);
    if (routing.mirror) await this.checkMirrorSupport(route);
    if (routing.matches.length || routing.mirror) await this.checkRouting(route, routing);
    return { stableWeight: stable[0]?.weight ?? null };
  }

  /**
   * A gateway whose class says what it supports (status.supportedFeatures) and leaves RequestMirror
   * out does not mirror: Traefik, for one, answers the whole weighted rule with errors. A class that
   * says nothing, or that these credentials may not read (GatewayClasses are cluster-scoped), is
   * given the benefit of the doubt.
   */
  private async checkMirrorSupport(route: HTTPRoute): Promise<void> {
    for (const parent of route.spec?.parentRefs ?? []) {
      if ((parent.group ?? GROUP) !== GROUP || (parent.kind ?? 'Gateway') !== 'Gateway') continue;
      const namespace = parent.namespace ?? this.target.namespace;
      const gateway = await this.objects
        .get<Gateway>({ apiVersion: `${GROUP}/v1`, kind: 'Gateway', namespace, name: parent.name })
        .catch(() => undefined);
      const className = gateway?.spec?.gatewayClassName;
      if (!className) continue;
      const gatewayClass = await this.objects
        .get<GatewayClass>({ apiVersion: `${GROUP}/v1`, kind: 'GatewayClass', namespace: '', name: className })
        .catch(() => undefined);
      const features = (gatewayClass?.status?.supportedFeatures ?? []).map((f) => (typeof f === 'string' ? f : f.name));
      if (features.length === 0 || features.includes(MIRROR_FEATURE)) continue;
      throw new TrafficSetupError(
        `Input 'canary-mirror': Gateway ${namespace}/${parent.name}'s class "${className}" (${gatewayClass?.spec?.controllerName ?? 'unknown controller'}) does not list ${MIRROR_FEATURE} in its status.supportedFeatures: it would not mirror requests`,
      );
    }
  }

  /** The canary's routing as the API server would store it (dry run): within its limits, nothing pruned. */
  private async checkRouting(route: HTTPRoute, routing: CanaryRouting): Promise<void> {
    const input = routing.matches.length ? (this.target.header ? 'canary-header' : 'canary-cookie') : 'canary-mirror';
    const rules = withCanary(withoutCanary(route.spec?.rules ?? [], routing), routing);
    const over = overLimits(rules);
    if (over) throw new TrafficSetupError(`Input '${input}': ${this.where} would have ${over} with the canary's rules`);
    const stored = await this.objects.replace<HTTPRoute>(
      this.ref,
      { ...route, spec: { ...route.spec, rules } },
      { dryRun: true },
    );
    if (!routing.mirror) return;
    const mirrors = (stored.spec?.rules ?? [])
      .flatMap((r) => r.filters ?? [])
      .filter((f) => f.type === 'RequestMirror');
    if (mirrors.some((f) => f.requestMirror?.percent === undefined && f.requestMirror?.fraction === undefined))
      throw new TrafficSetupError(
        `Input 'canary-mirror': the cluster's HTTPRoute CRD dropped requestMirror.percent/fraction (they are in Gateway API's standard channel from v1.3.0); without them every request would be mirrored`,
      );
  }

  async setWeight(weight: number): Promise<void> {
    const routing = this.routing(weight);
    await this.objects.update<HTTPRoute>(this.ref, (route) => {
      route.spec = { ...route.spec, rules: withCanary(route.spec?.rules ?? [], routing) };
      return route;
    });
  }

  async currentWeight(): Promise<number> {
    const route = await this.objects.get<HTTPRoute>(this.ref);
    return canaryShare(route?.spec?.rules ?? [], this.services);
  }

  async restore(data: Record<string, unknown>): Promise<void> {
    const route = await this.objects.get<HTTPRoute>(this.ref);
    if (!route) return;
    const original = data['stableWeight'];
    const stableWeight = typeof original === 'number' ? original : null;
    await this.objects.update<HTTPRoute>(this.ref, (current) => {
      const rules = current.spec?.rules ?? [];
      const restored = withoutCanary(rules, this.services, stableWeight);
      if (JSON.stringify(restored) === JSON.stringify(rules)) return undefined;
      current.spec = { ...current.spec, rules: restored };
      return current;
    });
  }
}
