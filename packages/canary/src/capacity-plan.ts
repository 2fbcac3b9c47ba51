/** The bounds of a HorizontalPodAutoscaler (autoscaling/v2) and the replicas it observes now. */
export interface HpaBounds {
  name: string;
  minReplicas: number;
  maxReplicas: number;
  /** status.currentReplicas; undefined before the HPA controller first looked. */
  currentReplicas?: number;
}

/** The replicas of each side at a weight. */
export interface CapacityAt {
  canary: number;
  stable: number;
}

/**
 * The canary's and stable's replicas when `weight` percent of traffic is on the canary, for a
 * stable side of `stableReplicas` (what the HPA observes, when one scales stable). The canary
 * gets ceil(stable × weight / 100), at least 1, clamped to the HPA's min and max. With
 * `scaleDownStable` (never with an HPA: its replicas are the HPA's to set) stable keeps
 * ceil(stable × (100 − weight) / 100), at least 1 while weight < 100 (never more than it had).
 */
export function capacityAt(options: {
  stableReplicas: number;
  weight: number;
  hpa?: HpaBounds;
  scaleDownStable?: boolean;
}): CapacityAt {
  const { weight, hpa } = options;
  const stable = Math.max(0, Math.floor(hpa?.currentReplicas ?? options.stableReplicas));
  let canary = Math.max(1, Math.ceil((stable * weight) / 100));
  if (hpa) canary = Math.min(Math.max(canary, hpa.minReplicas, 1), Math.max(hpa.maxReplicas, 1));
  if (!options.scaleDownStable || hpa) return { canary, stable };
  const kept = Math.ceil((stable * (100 - weight)) / 100);
  return { canary, stable: weight >= 100 ? 0 : Math.min(stable, Math.max(1, kept)) };
}
