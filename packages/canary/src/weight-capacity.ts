import { ConfigError, errorMessage, type Logger } from '@slipway/kit';
import { KubeApiError } from '@slipway/kube';
import { capacityAt, type CapacityAt, type HpaBounds } from './capacity-plan';
import type { CapacityRecord } from './canary-state';
import { deploymentRef, scaleDeployment, type KubeObject, type Objects, type ScaledDeployment } from './objects';
import type { TrafficTarget } from './traffic/traffic-provider';

interface HorizontalPodAutoscaler extends KubeObject {
  spec?: {
    scaleTargetRef?: { apiVersion?: string; kind?: string; name?: string };
    minReplicas?: number;
    maxReplicas?: number;
  };
  status?: { currentReplicas?: number };
}

/** The canary's capacity as the weight moves: the run drives it (see runCanary), this does the writes. */
export interface CanaryCapacity {
  /** Reads the stable side before anything changes; refuses what it cannot honour. undefined: replicas stay as deployed. */
  measure(): Promise<CapacityRecord | undefined>;
  /**
   * Before traffic moves to `weight`: the canary Deployment at its share (the run then waits for it
   * to be available); undefined when there is no such Deployment (its replicas stay as deployed).
   */
  scaleCanary(weight: number, record: CapacityRecord): Promise<CapacityAt | undefined>;
  /** After traffic moved: stable at its share (scale-down-stable only). */
  scaleStable(at: CapacityAt, record: CapacityRecord): Promise<void>;
  /** Stable back to its replicas at the start, then judged: undefined when available, else why not. */
  restoreStable(record: CapacityRecord): Promise<string | undefined>;
  /** The canary Deployment at zero replicas, once traffic has left it. */
  drainCanary(): Promise<void>;
}

/**
 * Capacity that follows the weight, for providers whose canary is its own Deployment behind
 * weighted routing (gateway-api, nginx), through the same ObjectClient as the traffic objects.
 * An HPA (autoscaling/v2) on stable is respected: its observed replicas are stable's, the canary
 * is held within its min and max, and stable's replicas are never written.
 */
export class WeightCapacity implements CanaryCapacity {
  private told = new Set<string>();

  constructor(
    private readonly objects: Objects,
    private readonly target: TrafficTarget,
    private readonly options: {
      scaleDownStable: boolean;
      logger: Logger;
      /** The judge of rollout health on the stable release (waits up to the release's timeout). */
      stableUnavailable: () => Promise<string | undefined>;
    },
  ) {}

  private ref(name: string) {
    return deploymentRef(this.target.namespace, name);
  }

  private once(line: string): void {
    if (this.told.has(line)) return;
    this.told.add(line);
    this.options.logger.info(line);
  }

  /** The HPAs of the namespace by the Deployment they scale; none visible when listing them is forbidden. */
  private async hpas(): Promise<Map<string, HpaBounds>> {
    const { namespace } = this.target;
    let items: HorizontalPodAutoscaler[];
    try {
      items = await this.objects.list<HorizontalPodAutoscaler>({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        namespace,
      });
    } catch (error) {
      if (!(error instanceof KubeApiError) || ![403, 404].includes(error.status)) throw error;
      this.once(`Cannot list HorizontalPodAutoscalers in ${namespace} (${errorMessage(error)}): assuming none`);
      return new Map();
    }
    const found = new Map<string, HpaBounds>();
    for (const hpa of items) {
      const ref = hpa.spec?.scaleTargetRef;
      if (ref?.kind !== 'Deployment' || !ref.name || !(ref.apiVersion ?? 'apps/v1').startsWith('apps/')) continue;
      found.set(ref.name, {
        name: hpa.metadata.name ?? '',
        minReplicas: hpa.spec?.minReplicas ?? 1,
        maxReplicas: hpa.spec?.maxReplicas ?? Number.MAX_SAFE_INTEGER,
        currentReplicas: hpa.status?.currentReplicas,
      });
    }
    return found;
  }

  private async scaleTo(name: string, replicas: number): Promise<void> {
    if (await scaleDeployment(this.objects, this.ref(name), replicas))
      this.options.logger.info(`Deployment ${this.target.namespace}/${name} scaled to ${replicas}`);
  }

  async measure(): Promise<CapacityRecord | undefined> {
    const { stableDeployment: name, namespace } = this.target;
    const { scaleDownStable } = this.options;
    const stable = await this.objects.get<ScaledDeployment>(this.ref(name));
    if (!stable) {
      if (scaleDownStable)
        throw new ConfigError(
          `Input 'stable-deployment': expected the stable Deployment for scale-down-stable, got "${name}" (not found in ${namespace})`,
        );
      this.options.logger.info(
        `No Deployment ${namespace}/${name} (input 'stable-deployment'): the canary keeps the replicas of canary-values`,
      );
      return undefined;
    }
    const hpa = (await this.hpas()).get(name);
    if (hpa && scaleDownStable)
      throw new ConfigError(
        `Input 'scale-down-stable': Deployment ${namespace}/${name} is scaled by HorizontalPodAutoscaler ${hpa.name}, whose replicas the canary never writes; set scale-down-stable: false (the canary still follows the weight, within the HPA's min ${hpa.minReplicas} and max ${hpa.maxReplicas})`,
      );
    return { stableReplicas: stable.spec?.replicas ?? 1, scaleDownStable, ...(hpa ? { hpa: hpa.name } : {}) };
  }

  async scaleCanary(weight: number, record: CapacityRecord): Promise<CapacityAt | undefined> {
    const { stableDeployment, canaryDeployment, namespace } = this.target;
    const live = await this.objects.get<ScaledDeployment>(this.ref(canaryDeployment));
    if (!live) {
      this.once(
        `No Deployment ${namespace}/${canaryDeployment} (input 'canary-deployment'): the canary keeps the replicas it was deployed with`,
      );
      return undefined;
    }
    const hpas = await this.hpas();
    const hpa = record.hpa ? hpas.get(stableDeployment) : undefined;
    const at = capacityAt({
      stableReplicas: record.stableReplicas,
      weight,
      hpa,
      scaleDownStable: record.scaleDownStable,
    });
    const own = hpas.get(canaryDeployment);
    if (!own) {
      await this.scaleTo(canaryDeployment, at.canary);
      return at;
    }
    this.once(
      `Deployment ${canaryDeployment} is scaled by HorizontalPodAutoscaler ${own.name}: its replicas are the HPA's`,
    );
    return { ...at, canary: live.spec?.replicas ?? at.canary };
  }

  async scaleStable(at: CapacityAt, record: CapacityRecord): Promise<void> {
    if (record.scaleDownStable && !record.hpa) await this.scaleTo(this.target.stableDeployment, at.stable);
  }

  async restoreStable(record: CapacityRecord): Promise<string | undefined> {
    if (!record.scaleDownStable || record.hpa) return undefined;
    await this.scaleTo(this.target.stableDeployment, record.stableReplicas);
    return this.options.stableUnavailable();
  }

  async drainCanary(): Promise<void> {
    const { canaryDeployment } = this.target;
    if (!(await this.objects.get(this.ref(canaryDeployment)))) return;
    if ((await this.hpas()).has(canaryDeployment)) return;
    await this.scaleTo(canaryDeployment, 0);
  }
}
