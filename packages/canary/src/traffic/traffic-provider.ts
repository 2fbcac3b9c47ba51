import { ConfigError } from '@slipway/kit';
import type { MirrorShare } from './http-route-rules';

/** Where traffic goes: the two Services (or Deployments) and the routing object in front. */
export interface TrafficTarget {
  release: string;
  namespace: string;
  stableService: string;
  canaryService: string;
  /** gateway-api: the HTTPRoute; nginx: the stable Ingress. */
  routeName: string;
  /** replicas: the two Deployments. */
  stableDeployment: string;
  canaryDeployment: string;
  /**
   * Also send requests with this header (and value) to the canary. nginx: canary-by-header;
   * gateway-api: an HTTPRoute rule to the canary only, matching the value (default "always").
   */
  header?: { name: string; value?: string };
  /** gateway-api: also send requests carrying this cookie (name=value) to the canary only. */
  cookie?: { name: string; value: string };
  /** gateway-api: mirror this share of the weighted rule's requests to the canary (responses discarded). */
  mirror?: MirrorShare;
}

/**
 * One way of splitting traffic. `prepare` checks the objects and returns what must be kept to
 * restore stable later (stored with the canary's state); `restore` sends everything back to
 * stable and removes the canary's routing, idempotently.
 */
export interface TrafficProvider {
  readonly name: TrafficProviderName;
  prepare(): Promise<Record<string, unknown>>;
  setWeight(weight: number, data: Record<string, unknown>): Promise<void>;
  /** The share of traffic the canary gets now, as the cluster says. */
  currentWeight(data: Record<string, unknown>): Promise<number>;
  restore(data: Record<string, unknown>): Promise<void>;
}

export const TRAFFIC_PROVIDERS = ['gateway-api', 'nginx', 'replicas'] as const;
export type TrafficProviderName = (typeof TRAFFIC_PROVIDERS)[number];

/** The routing object is missing or not what the provider needs: the user can fix it. */
export class TrafficSetupError extends ConfigError {
  override name = 'TrafficSetupError';
}
