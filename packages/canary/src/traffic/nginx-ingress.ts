import { isNotFound } from '@slipway/kube';
import { CANARY_OF_LABEL, type KubeObject } from '../objects';
import { ClusterTraffic } from './cluster-traffic';
import { TrafficSetupError, type TrafficProvider } from './traffic-provider';

const PREFIX = 'nginx.ingress.kubernetes.io/';
interface Ingress extends KubeObject {
  spec?: Record<string, unknown>;
}

/** Replaces the stable Service by the canary's in every backend of an Ingress spec. */
export function canarySpec(spec: Record<string, unknown>, stable: string, canary: string): Record<string, unknown> {
  const copy = structuredClone(spec);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const service = record['service'] as { name?: string } | undefined;
    if (service && typeof service === 'object' && service.name === stable) service.name = canary;
    for (const value of Object.values(record)) visit(value);
  };
  visit(copy);
  delete copy['tls'];
  return copy;
}

/**
 * ingress-nginx: a second Ingress `<stable-ingress>-canary` for the same hosts and paths, marked
 * `nginx.ingress.kubernetes.io/canary: "true"` with `canary-weight` (and optionally
 * `canary-by-header`). Restoring stable deletes it; the stable Ingress is never changed.
 */
export class NginxTraffic extends ClusterTraffic implements TrafficProvider {
  readonly name = 'nginx' as const;

  private ref(name: string) {
    return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name };
  }

  get canaryIngress(): string {
    return `${this.target.routeName}-canary`.slice(0, 253);
  }

  async prepare(): Promise<Record<string, unknown>> {
    const stable = await this.existing<Ingress>(this.ref(this.target.routeName), 'route');
    if (!JSON.stringify(stable.spec ?? {}).includes(`"name":"${this.target.stableService}"`))
      throw this.noStableBackend(`Ingress ${this.target.namespace}/${this.target.routeName}`, 'backend Service');
    return {};
  }

  private annotations(weight: number): Record<string, string> {
    const a: Record<string, string> = { [`${PREFIX}canary`]: 'true', [`${PREFIX}canary-weight`]: String(weight) };
    if (this.target.header) {
      a[`${PREFIX}canary-by-header`] = this.target.header.name;
      if (this.target.header.value) a[`${PREFIX}canary-by-header-value`] = this.target.header.value;
    }
    return a;
  }

  async setWeight(weight: number): Promise<void> {
    const ref = this.ref(this.canaryIngress);
    const existing = await this.objects.get<Ingress>(ref);
    if (existing) {
      await this.objects.update<Ingress>(ref, (current) => {
        current.metadata.annotations = { ...current.metadata.annotations, ...this.annotations(weight) };
        return current;
      });
      return;
    }
    const stable = await this.objects.get<Ingress>(this.ref(this.target.routeName));
    if (!stable) throw new TrafficSetupError(`Ingress ${this.target.namespace}/${this.target.routeName} disappeared`);
    await this.objects.create(ref, {
      metadata: {
        labels: { [CANARY_OF_LABEL]: this.target.release },
        annotations: { ...stable.metadata.annotations, ...this.annotations(weight) },
      },
      spec: canarySpec(stable.spec ?? {}, this.target.stableService, this.target.canaryService),
    });
  }

  async currentWeight(): Promise<number> {
    const canary = await this.objects.get<Ingress>(this.ref(this.canaryIngress));
    if (!canary || canary.metadata.annotations?.[`${PREFIX}canary`] !== 'true') return 0;
    return Number(canary.metadata.annotations?.[`${PREFIX}canary-weight`] ?? 0);
  }

  async restore(): Promise<void> {
    try {
      await this.objects.delete(this.ref(this.canaryIngress));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
