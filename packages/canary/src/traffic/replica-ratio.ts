import { deploymentRef, scaleDeployment, type ScaledDeployment } from '../objects';
import { ClusterTraffic } from './cluster-traffic';
import type { TrafficProvider } from './traffic-provider';

/**
 * The canary's and stable's replica counts, for `total` replicas in all, so that the canary's
 * share of pods is as near `weight` as whole pods allow. Stable keeps one pod below 100%.
 */
export function replicaSplit(total: number, weight: number): { canary: number; stable: number } {
  if (weight <= 0) return { canary: 0, stable: total };
  if (weight >= 100) return { canary: total, stable: 0 };
  const canary = Math.min(Math.max(1, Math.round((total * weight) / 100)), Math.max(1, total - 1));
  return { canary, stable: Math.max(1, total - canary) };
}

/**
 * For clusters with neither Gateway API nor ingress-nginx: both Deployments sit behind the same
 * Service selector, and the weight is approximated by their replica ratio.
 */
export class ReplicaRatioTraffic extends ClusterTraffic implements TrafficProvider {
  readonly name = 'replicas' as const;

  private ref(name: string) {
    return deploymentRef(this.target.namespace, name);
  }

  private async scaleTo(name: string, replicas: number): Promise<void> {
    await scaleDeployment(this.objects, this.ref(name), replicas);
  }

  async prepare(): Promise<Record<string, unknown>> {
    const stable = await this.existing<ScaledDeployment>(this.ref(this.target.stableDeployment), 'stable-deployment');
    const replicas = stable.spec?.replicas ?? 1;
    return { stableReplicas: replicas, total: Math.max(2, replicas) };
  }

  async setWeight(weight: number, data: Record<string, unknown>): Promise<void> {
    const { canary, stable } = replicaSplit(Number(data['total'] ?? 2), weight);
    // Grow the canary before shrinking stable, so capacity never dips.
    await this.scaleTo(this.target.canaryDeployment, canary);
    await this.scaleTo(this.target.stableDeployment, stable);
  }

  async currentWeight(): Promise<number> {
    const canary =
      (await this.objects.get<ScaledDeployment>(this.ref(this.target.canaryDeployment)))?.spec?.replicas ?? 0;
    const stable =
      (await this.objects.get<ScaledDeployment>(this.ref(this.target.stableDeployment)))?.spec?.replicas ?? 0;
    return canary + stable === 0 ? 0 : Math.round((100 * canary) / (canary + stable));
  }

  async restore(data: Record<string, unknown>): Promise<void> {
    const replicas = Number(data['stableReplicas'] ?? 1);
    if (await this.objects.get(this.ref(this.target.stableDeployment)))
      await this.scaleTo(this.target.stableDeployment, replicas);
    if (await this.objects.get(this.ref(this.target.canaryDeployment)))
      await this.scaleTo(this.target.canaryDeployment, 0);
  }
}
