import type { CanaryState } from '../../packages/canary/src/canary-state';
import type { StartRequest } from '../../packages/canary/src/canary-state';
import type { CanaryReleases } from '../../packages/canary/src/run-canary';
import { parseSteps } from '../../packages/canary/src/steps';
import { NginxTraffic } from '../../packages/canary/src/traffic/nginx-ingress';
import type { TrafficTarget } from '../../packages/canary/src/traffic/traffic-provider';
import { MemoryObjects } from './memory-objects';

/** The release `web` in `prod`, its Services and Deployments by the default names. */
export const webTarget: TrafficTarget = {
  release: 'web',
  namespace: 'prod',
  stableService: 'web',
  canaryService: 'web-canary',
  routeName: 'web',
  stableDeployment: 'web',
  canaryDeployment: 'web-canary',
};

export const ingressRef = (name: string) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  namespace: 'prod',
  name,
});

/**
 * An nginx Ingress `web` in memory, helm releases that only record what they were asked, and a
 * traffic provider that records every weight set and every restore, for runCanary tests.
 * `health` is what canaryUnavailable answers, one value a call.
 */
export function nginxCanaryWorld(health: Array<string | undefined> = []) {
  const objects = new MemoryObjects();
  objects.put(ingressRef('web'), {
    metadata: {},
    spec: { rules: [{ http: { paths: [{ backend: { service: { name: 'web' } } }] } }] },
  });
  const events: string[] = [];
  const weights: number[] = [];
  const releases: CanaryReleases = {
    deployCanary: async (image) => void events.push(`deploy canary ${image}`),
    removeCanary: async () => void events.push('remove canary'),
    promoteStable: async (image) => void events.push(`promote ${image}`),
    canaryUnavailable: async () => health.shift(),
  };
  const traffic = (state: CanaryState) => {
    const provider = new NginxTraffic(objects, state.target ?? webTarget);
    return {
      name: provider.name,
      prepare: () => provider.prepare(),
      currentWeight: () => provider.currentWeight(),
      setWeight: async (weight: number) => {
        weights.push(weight);
        await provider.setWeight(weight);
      },
      restore: async () => {
        events.push('restore traffic');
        await provider.restore();
      },
    };
  };
  return { objects, events, weights, releases, traffic };
}

/** A start request for web:2 through nginx over `steps` ("10, 50, 100"). */
export function webStart(steps: string, owner: string): StartRequest {
  return {
    release: 'web',
    namespace: 'prod',
    image: 'web:2',
    provider: 'nginx',
    target: webTarget,
    steps: parseSteps(steps),
    owner,
  };
}
