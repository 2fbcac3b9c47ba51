import type { KubeObject, Objects } from '../objects';
import { TrafficSetupError, type TrafficProvider, type TrafficTarget } from './traffic-provider';

interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
  [key: string]: unknown;
}
interface HTTPRoute extends KubeObject {
  spec?: { rules?: Array<{ backendRefs?: BackendRef[]; [key: string]: unknown }>; [key: string]: unknown };
}

const isService = (ref: BackendRef) => (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service';

/** Gateway API: the weights of the stable and canary Services among an HTTPRoute's backendRefs. */
export class GatewayApiTraffic implements TrafficProvider {
  readonly name = 'gateway-api' as const;
  constructor(
    private readonly objects: Objects,
    private readonly target: TrafficTarget,
  ) {}

  private get ref() {
    const { namespace, routeName: name } = this.target;
    return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name };
  }

  private stableRefs(route: HTTPRoute): BackendRef[] {
    return (route.spec?.rules ?? []).flatMap((rule) =>
      (rule.backendRefs ?? []).filter((ref) => isService(ref) && ref.name === this.target.stableService),
    );
  }

  async prepare(): Promise<Record<string, unknown>> {
    const route = await this.objects.get<HTTPRoute>(this.ref);
    const where = `HTTPRoute ${this.target.namespace}/${this.target.routeName}`;
    if (!route)
      throw new TrafficSetupError(
        `Input 'route': expected an existing HTTPRoute, got "${this.target.routeName}" (${where} not found)`,
      );
    const stable = this.stableRefs(route);
    if (stable.length === 0)
      throw new TrafficSetupError(
        `Input 'stable-service': ${where} has no backendRef to Service "${this.target.stableService}"`,
      );
    return { stableWeight: stable[0]?.weight ?? null };
  }

  async setWeight(weight: number): Promise<void> {
    await this.objects.update<HTTPRoute>(this.ref, (route) => {
      for (const rule of route.spec?.rules ?? []) {
        const refs = rule.backendRefs ?? [];
        const stable = refs.find((ref) => isService(ref) && ref.name === this.target.stableService);
        if (!stable) continue;
        stable.weight = 100 - weight;
        const canary = refs.find((ref) => isService(ref) && ref.name === this.target.canaryService);
        if (canary) canary.weight = weight;
        else {
          const { weight: _w, name: _n, ...rest } = stable;
          refs.push({ ...rest, name: this.target.canaryService, weight });
        }
        rule.backendRefs = refs;
      }
      return route;
    });
  }

  async currentWeight(): Promise<number> {
    const route = await this.objects.get<HTTPRoute>(this.ref);
    const refs = (route?.spec?.rules ?? []).flatMap((r) => r.backendRefs ?? []);
    const canary = refs.find((ref) => isService(ref) && ref.name === this.target.canaryService);
    const stable = refs.find((ref) => isService(ref) && ref.name === this.target.stableService);
    if (!canary) return 0;
    const c = canary.weight ?? 1;
    const s = stable ? (stable.weight ?? 1) : 0;
    return c + s === 0 ? 0 : Math.round((100 * c) / (c + s));
  }

  async restore(data: Record<string, unknown>): Promise<void> {
    const route = await this.objects.get<HTTPRoute>(this.ref);
    if (!route) return;
    await this.objects.update<HTTPRoute>(this.ref, (current) => {
      let changed = false;
      for (const rule of current.spec?.rules ?? []) {
        const refs = rule.backendRefs ?? [];
        const kept = refs.filter((ref) => !(isService(ref) && ref.name === this.target.canaryService));
        for (const ref of kept) {
          if (!isService(ref) || ref.name !== this.target.stableService) continue;
          const original = data['stableWeight'];
          if (typeof original === 'number') ref.weight = original;
          else delete ref.weight;
          changed = true;
        }
        if (kept.length !== refs.length) changed = true;
        rule.backendRefs = kept;
      }
      return changed ? current : undefined;
    });
  }
}
