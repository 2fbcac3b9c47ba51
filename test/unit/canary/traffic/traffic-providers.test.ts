import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { webTarget } from '../../../support/canary-world';
import { MemoryObjects } from '../../../support/memory-objects';
import { GatewayApiTraffic } from '../../../../packages/canary/src/traffic/gateway-api';
import { NginxTraffic, canarySpec } from '../../../../packages/canary/src/traffic/nginx-ingress';
import { ReplicaRatioTraffic, replicaSplit } from '../../../../packages/canary/src/traffic/replica-ratio';
import type { TrafficProvider, TrafficTarget } from '../../../../packages/canary/src/traffic/traffic-provider';

const target: TrafficTarget = webTarget;
const routeRef = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace: 'prod', name: 'web' };
const ingressRef = (name: string) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: 'prod', name });
const deployRef = (name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name });

function withRoute(): MemoryObjects {
  const objects = new MemoryObjects();
  objects.put(routeRef, {
    metadata: {},
    spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] },
  });
  return objects;
}

describe('gateway-api traffic', () => {
  it('adds the canary backendRef with the weight, shifts it, and restores the route as it was', async () => {
    const objects = withRoute();
    const traffic: TrafficProvider = new GatewayApiTraffic(objects, target);
    const data = await traffic.prepare();
    await traffic.setWeight(10, data);
    expect((objects.peek(routeRef)?.['spec'] as { rules: unknown[] }).rules[0]).toEqual({
      backendRefs: [
        { name: 'web', port: 80, weight: 90 },
        { name: 'web-canary', port: 80, weight: 10 },
      ],
    });
    await traffic.setWeight(50, data);
    expect(await traffic.currentWeight({})).toBe(50);
    await traffic.setWeight(100, data);
    expect(await traffic.currentWeight({})).toBe(100);
    await traffic.restore(data);
    expect((objects.peek(routeRef)?.['spec'] as { rules: unknown[] }).rules[0]).toEqual({
      backendRefs: [{ name: 'web', port: 80 }],
    });
    expect(await traffic.currentWeight({})).toBe(0);
    await traffic.restore(data);
  });

  it('names the missing route or stable backend as a config error', async () => {
    await expect(new GatewayApiTraffic(new MemoryObjects(), target).prepare()).rejects.toThrow(
      /Input 'route': expected an existing HTTPRoute, got "web"/,
    );
    const wrong = new GatewayApiTraffic(withRoute(), { ...target, stableService: 'api' });
    await expect(wrong.prepare()).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('nginx traffic', () => {
  function withIngress(): MemoryObjects {
    const objects = new MemoryObjects();
    objects.put(ingressRef('web'), {
      metadata: { annotations: { 'kubernetes.io/ingress.class': 'nginx' } },
      spec: {
        tls: [{ hosts: ['a'] }],
        rules: [
          {
            host: 'a',
            http: { paths: [{ path: '/', backend: { service: { name: 'web', port: { name: 'http' } } } }] },
          },
        ],
      },
    });
    return objects;
  }

  it('creates a canary Ingress with the weight and header, updates it, deletes it on restore', async () => {
    const objects = withIngress();
    const traffic: TrafficProvider = new NginxTraffic(objects, {
      ...target,
      header: { name: 'X-Canary', value: 'always' },
    });
    const data = await traffic.prepare();
    await traffic.setWeight(10, data);
    const canary = objects.peek(ingressRef('web-canary'));
    expect(canary?.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '10',
      'nginx.ingress.kubernetes.io/canary-by-header': 'X-Canary',
      'nginx.ingress.kubernetes.io/canary-by-header-value': 'always',
      'kubernetes.io/ingress.class': 'nginx',
    });
    expect(JSON.stringify(canary?.['spec'])).toContain('"name":"web-canary"');
    await traffic.setWeight(25, data);
    expect(await traffic.currentWeight({})).toBe(25);
    const stableBefore = JSON.stringify(objects.peek(ingressRef('web'))?.['spec']);
    await traffic.restore({});
    expect(objects.peek(ingressRef('web-canary'))).toBeUndefined();
    expect(await traffic.currentWeight({})).toBe(0);
    expect(JSON.stringify(objects.peek(ingressRef('web'))?.['spec'])).toBe(stableBefore);
    await traffic.restore({});
  });

  it('copies rules with the canary Service and without TLS', () => {
    const spec = canarySpec(
      { tls: [{}], rules: [{ http: { paths: [{ backend: { service: { name: 'web' } } }] } }] },
      'web',
      'c',
    );
    expect(spec).toEqual({ rules: [{ http: { paths: [{ backend: { service: { name: 'c' } } }] } }] });
  });

  it('refuses a missing stable Ingress', async () => {
    await expect(new NginxTraffic(new MemoryObjects(), target).prepare()).rejects.toThrow(
      /expected an existing Ingress/,
    );
  });
});

describe('replica-ratio traffic', () => {
  it('splits whole pods near the weight, keeping stable alive below 100', () => {
    expect(replicaSplit(4, 10)).toEqual({ canary: 1, stable: 3 });
    expect(replicaSplit(4, 50)).toEqual({ canary: 2, stable: 2 });
    expect(replicaSplit(4, 90)).toEqual({ canary: 3, stable: 1 });
    expect(replicaSplit(4, 100)).toEqual({ canary: 4, stable: 0 });
    expect(replicaSplit(2, 0)).toEqual({ canary: 0, stable: 2 });
  });

  it('scales the two Deployments and restores stable replicas', async () => {
    const objects = new MemoryObjects();
    objects.put(deployRef('web'), { metadata: {}, spec: { replicas: 4 } });
    objects.put(deployRef('web-canary'), { metadata: {}, spec: { replicas: 1 } });
    const traffic = new ReplicaRatioTraffic(objects, target);
    const data = await traffic.prepare();
    await traffic.setWeight(50, data);
    expect(await traffic.currentWeight()).toBe(50);
    await traffic.setWeight(100, data);
    expect((objects.peek(deployRef('web'))?.['spec'] as { replicas: number }).replicas).toBe(0);
    await traffic.restore(data);
    expect((objects.peek(deployRef('web'))?.['spec'] as { replicas: number }).replicas).toBe(4);
    expect(await traffic.currentWeight()).toBe(0);
  });
});

describe('the setup errors of every provider', () => {
  const api = { ...target, stableService: 'api' };
  const ingress = new MemoryObjects();
  ingress.put(ingressRef('web'), { metadata: {}, spec: { defaultBackend: { service: { name: 'web' } } } });
  it.each([
    [
      'gateway-api, no route',
      () => new GatewayApiTraffic(new MemoryObjects(), target),
      `Input 'route': expected an existing HTTPRoute, got "web" (HTTPRoute prod/web not found)`,
    ],
    [
      'gateway-api, no stable backendRef',
      () => new GatewayApiTraffic(withRoute(), api),
      `Input 'stable-service': HTTPRoute prod/web has no backendRef to Service "api"`,
    ],
    [
      'nginx, no Ingress',
      () => new NginxTraffic(new MemoryObjects(), target),
      `Input 'route': expected an existing Ingress, got "web" (not found in prod)`,
    ],
    [
      'nginx, no stable backend',
      () => new NginxTraffic(ingress, api),
      `Input 'stable-service': Ingress prod/web has no backend Service "api"`,
    ],
    [
      'replicas, no stable Deployment',
      () => new ReplicaRatioTraffic(new MemoryObjects(), target),
      `Input 'stable-deployment': expected an existing Deployment, got "web" (not found in prod)`,
    ],
  ])('%s: says so, word for word', async (_name, provider, message) => {
    const error = await provider()
      .prepare()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(message);
  });
});
