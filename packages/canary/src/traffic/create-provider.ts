import type { Objects } from '../objects';
import { GatewayApiTraffic } from './gateway-api';
import { NginxTraffic } from './nginx-ingress';
import { ReplicaRatioTraffic } from './replica-ratio';
import type { TrafficProvider, TrafficProviderName, TrafficTarget } from './traffic-provider';

export function createTrafficProvider(
  name: TrafficProviderName,
  objects: Objects,
  target: TrafficTarget,
): TrafficProvider {
  if (name === 'gateway-api') return new GatewayApiTraffic(objects, target);
  if (name === 'nginx') return new NginxTraffic(objects, target);
  return new ReplicaRatioTraffic(objects, target);
}
