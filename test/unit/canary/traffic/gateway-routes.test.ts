import { describe, expect, it } from '@jest/globals';
import { ConfigError, memoryLogger } from '@slipway/kit';
import { webTarget } from '../../../support/canary-world';
import { MemoryObjects } from '../../../support/memory-objects';
import { runCanary, type CanaryReleases } from '../../../../packages/canary/src/run-canary';
import { CanaryStateStore } from '../../../../packages/canary/src/state-store';
import { parseSteps } from '../../../../packages/canary/src/steps';
import { GatewayApiTraffic } from '../../../../packages/canary/src/traffic/gateway-api';
import { ROUTE_LIMITS } from '../../../../packages/canary/src/traffic/http-route-rules';
import type { TrafficProvider, TrafficTarget } from '../../../../packages/canary/src/traffic/traffic-provider';

const routeRef = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace: 'prod', name: 'web' };
const spec = () => ({
  parentRefs: [{ name: 'gw' }],
  rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'web', port: 80 }] }],
});
const routed: TrafficTarget = {
  ...webTarget,
  header: { name: 'X-Canary' },
  cookie: { name: 'canary', value: 'always' },
  mirror: { percent: 10 },
};

function withRoute(): MemoryObjects {
  const objects = new MemoryObjects();
  objects.put(routeRef, { metadata: {}, spec: spec() });
  return objects;
}
const rules = (objects: MemoryObjects) => (objects.peek(routeRef)?.['spec'] as ReturnType<typeof spec>).rules;

describe('gateway-api traffic with header, cookie and mirror routing', () => {
  it('checks the routing by a dry run before any change, routes every step, restores the route exactly', async () => {
    const objects = withRoute();
    const traffic: TrafficProvider = new GatewayApiTraffic(objects, routed);
    const data = await traffic.prepare();
    expect(objects.log.filter((l) => l.startsWith('replace'))).toEqual(['replace (dry run) HTTPRoute/prod/web']);
    expect(rules(objects)).toEqual(spec().rules);

    await traffic.setWeight(20, data);
    const [ab, weighted] = rules(objects) as Array<Record<string, unknown>>;
    expect(ab?.['backendRefs']).toEqual([{ name: 'web-canary', port: 80 }]);
    expect((ab?.['matches'] as Array<{ headers: unknown[] }>).map((m) => m.headers)).toEqual([
      [{ type: 'Exact', name: 'X-Canary', value: 'always' }],
      [{ type: 'RegularExpression', name: 'Cookie', value: '(^|.*; ?)canary=always(;.*|$)' }],
    ]);
    expect(weighted?.['filters']).toEqual([
      { type: 'RequestMirror', requestMirror: { backendRef: { name: 'web-canary', port: 80 }, percent: 10 } },
    ]);
    expect(await traffic.currentWeight(data)).toBe(20);
    await traffic.setWeight(50, data);
    expect(await traffic.currentWeight(data)).toBe(50);
    expect(rules(objects)).toHaveLength(2);

    await traffic.restore(data);
    expect(objects.peek(routeRef)?.['spec']).toEqual(spec());
  });

  it('refuses a mirror the cluster would prune (Gateway API CRDs before v1.3.0) before any change', async () => {
    const objects = withRoute();
    // An older standard-channel CRD: the API server drops the unknown percent field.
    const replace = objects.replace.bind(objects);
    objects.replace = async (ref, object, opts) => {
      type Filter = { requestMirror?: { percent?: number } };
      const copy = structuredClone(object) as unknown as { spec: { rules: Array<{ filters?: Filter[] }> } };
      for (const rule of copy.spec.rules) for (const f of rule.filters ?? []) delete f.requestMirror?.percent;
      return replace(ref, copy as never, opts);
    };
    const traffic = new GatewayApiTraffic(objects, { ...webTarget, mirror: { percent: 10 } });
    const refused = traffic.prepare();
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(/^Input 'canary-mirror': the cluster's HTTPRoute CRD dropped/);
    expect(objects.peek(routeRef)?.['spec']).toEqual(spec());
  });

  it("refuses a mirror when the Gateway's class says it does not implement RequestMirror, before any change", async () => {
    const objects = withRoute();
    const classRef = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', namespace: '', name: 'edge' };
    objects.put({ ...routeRef, kind: 'Gateway', name: 'gw' }, { metadata: {}, spec: { gatewayClassName: 'edge' } });
    const withFeatures = (names: string[]) =>
      objects.put(classRef, {
        metadata: {},
        spec: { controllerName: 'traefik.io/gateway-controller' },
        status: { supportedFeatures: names.map((name) => ({ name })) },
      });
    withFeatures(['HTTPRoute', 'HTTPRouteQueryParamMatching']);
    const traffic = new GatewayApiTraffic(objects, { ...webTarget, mirror: { percent: 10 } });
    const refused = traffic.prepare();
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(
      `Input 'canary-mirror': Gateway prod/gw's class "edge" (traefik.io/gateway-controller) does not list HTTPRouteRequestMirror in its status.supportedFeatures: it would not mirror requests`,
    );
    expect(objects.log.filter((l) => l.startsWith('replace'))).toEqual([]);

    withFeatures(['HTTPRoute', 'HTTPRouteRequestMirror']);
    await expect(traffic.prepare()).resolves.toEqual({ stableWeight: null });
  });

  it('without header, cookie or mirror, prepare sends nothing (as before)', async () => {
    const objects = withRoute();
    await new GatewayApiTraffic(objects, webTarget).prepare();
    expect(objects.log.filter((l) => l.startsWith('replace'))).toEqual([]);
  });
});

describe('a start the gateway-api provider refuses changes nothing', () => {
  const classRef = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', namespace: '', name: 'edge' };
  /** The route `web` behind Gateway gw of class edge, which lists the features given. */
  function gatewayWorld(features: string[]) {
    const objects = withRoute();
    objects.put({ ...routeRef, kind: 'Gateway', name: 'gw' }, { metadata: {}, spec: { gatewayClassName: 'edge' } });
    objects.put(classRef, {
      metadata: {},
      spec: { controllerName: 'traefik.io/gateway-controller' },
      status: { supportedFeatures: features.map((name) => ({ name })) },
    });
    const helm: string[] = [];
    const releases: CanaryReleases = {
      deployCanary: async (image) => void helm.push(`deploy canary ${image}`),
      removeCanary: async () => void helm.push('remove canary'),
      promoteStable: async (image) => void helm.push(`promote ${image}`),
    };
    return { objects, helm, releases };
  }
  const start = (objects: MemoryObjects, releases: CanaryReleases, target: TrafficTarget) =>
    runCanary({
      action: 'start',
      owner: 'run-1',
      start: {
        release: 'web',
        namespace: 'prod',
        image: 'web:2',
        provider: 'gateway-api',
        target,
        steps: parseSteps('20, 100'),
        owner: 'run-1',
      },
      onInconclusive: 'pause',
      store: new CanaryStateStore(objects, 'prod', 'web'),
      traffic: (state) => new GatewayApiTraffic(objects, state.target ?? target),
      releases,
      analyse: async () => ({ verdict: 'pass', samples: [] }),
      logger: memoryLogger(),
    });
  /** No write of any kind (a dry run is a read), no canary release, no state, the route as it was. */
  const expectUnchanged = (w: ReturnType<typeof gatewayWorld>) => {
    expect(w.objects.log.filter((l) => !l.startsWith('replace (dry run)'))).toEqual([]);
    expect(w.helm).toEqual([]);
    expect(w.objects.peek({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'prod', name: 'web-canary-state' })).toBe(
      undefined,
    );
    expect(objectsSpec(w.objects)).toEqual(spec());
  };
  const objectsSpec = (objects: MemoryObjects) => objects.peek(routeRef)?.['spec'];

  it('canary-mirror on a class without HTTPRouteRequestMirror: refused before the canary release is installed', async () => {
    const w = gatewayWorld(['HTTPRoute']);
    await expect(start(w.objects, w.releases, { ...webTarget, mirror: { percent: 10 } })).rejects.toThrow(
      /^Input 'canary-mirror': Gateway prod\/gw's class "edge" \(traefik.io\/gateway-controller\) does not list HTTPRouteRequestMirror/,
    );
    expectUnchanged(w);
  });

  it('a header route the HTTPRoute cannot hold (over its rule limit): refused before the canary release is installed', async () => {
    const w = gatewayWorld(['HTTPRoute']);
    const full = Array.from({ length: ROUTE_LIMITS.rules }, (_, i) => ({
      matches: [{ path: { type: 'PathPrefix', value: `/p${i}` } }],
      backendRefs: [{ name: 'web', port: 80 }],
    }));
    w.objects.put(routeRef, { metadata: {}, spec: { ...spec(), rules: full } });
    const before = w.objects.log.length;
    await expect(start(w.objects, w.releases, { ...webTarget, header: { name: 'X-Canary' } })).rejects.toThrow(
      new RegExp(
        `^Input 'canary-header': HTTPRoute prod/web would have \\d+ rules \\(at most ${ROUTE_LIMITS.rules}\\)`,
      ),
    );
    expect(w.objects.log.slice(before)).toEqual([]);
    expect(w.helm).toEqual([]);
    expect((objectsSpec(w.objects) as ReturnType<typeof spec>).rules).toEqual(full);
  });

  it('the same start on a class that lists it: the canary release, then the routing', async () => {
    const w = gatewayWorld(['HTTPRoute', 'HTTPRouteRequestMirror']);
    const outcome = await start(w.objects, w.releases, { ...webTarget, mirror: { percent: 10 } });
    expect(outcome.result).toBe('promoted');
    expect(w.helm).toEqual(['deploy canary web:2', 'promote web:2', 'remove canary']);
    expect(objectsSpec(w.objects)).toEqual(spec());
  });
});
