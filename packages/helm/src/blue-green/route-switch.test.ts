import { describe, expect, it } from '@jest/globals';
import type { KubeObject } from '@slipway/kube';
import { ANNOTATION } from './colour-state';
import { BACKEND_ANNOTATION, routeBackends, switchedRoute } from './route-switch';

const service = (name: string) => ({
  name,
  selector: { app: name },
  ports: [{ name: 'http', port: 80 }],
  type: undefined,
});
const route = (rules: unknown[], annotations: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { name: 'web', namespace: 'prod', resourceVersion: '7', annotations },
  spec: { parentRefs: [{ name: 'gw' }], rules },
});

describe('switchedRoute', () => {
  it('first switch: every rule with backends goes to the colour; a redirect rule is left; state in annotations', () => {
    const live = route([
      {
        matches: [{ path: { value: '/' } }],
        backendRefs: [{ name: 'placeholder', port: 8080, weight: 1 }, { name: 'x' }],
      },
      { filters: [{ type: 'RequestRedirect' }] },
    ]);
    const next = switchedRoute(live, { colour: 'blue', service: service('web-blue'), switchedAt: 'T1' }, {});
    expect(routeBackends(next)).toEqual(['web-blue:8080']);
    expect((next['spec'] as { rules: unknown[] }).rules[1]).toEqual({ filters: [{ type: 'RequestRedirect' }] });
    expect(next.metadata.annotations).toEqual({
      [ANNOTATION.colour]: 'blue',
      [ANNOTATION.switchedAt]: 'T1',
      [BACKEND_ANNOTATION]: 'web-blue',
    });
    expect(next.metadata.resourceVersion).toBe('7');
    expect(routeBackends(live)).toEqual(['placeholder:8080', 'x']);
  });

  it('later switches replace only the refs to the Service routed to last; other services keep their rules', () => {
    const live = route(
      [
        { matches: [{ path: { value: '/' } }], backendRefs: [{ name: 'web-blue', port: 80 }] },
        { matches: [{ path: { value: '/api' } }], backendRefs: [{ name: 'api', port: 9000 }] },
      ],
      { [ANNOTATION.colour]: 'blue', [BACKEND_ANNOTATION]: 'web-blue' },
    );
    const next = switchedRoute(
      live,
      { colour: 'green', service: service('web-green'), switchedAt: 'T2' },
      { blue: { 'Deployment/web-blue': 3 } },
    );
    expect(routeBackends(next)).toEqual(['web-green:80', 'api:9000']);
    expect(next.metadata.annotations?.[ANNOTATION.previous]).toBe('blue');
    expect(next.metadata.annotations?.[ANNOTATION.scaledDown]).toBe('{"blue":{"Deployment/web-blue":3}}');
    const back = switchedRoute(next, { colour: 'blue', service: service('web-blue'), switchedAt: 'T3' }, {});
    expect(routeBackends(back)).toEqual(['web-blue:80', 'api:9000']);
    expect(back.metadata.annotations?.[ANNOTATION.previous]).toBe('green');
    expect(back.metadata.annotations?.[ANNOTATION.scaledDown]).toBeUndefined();
  });

  it('a route without backends anywhere gets the colour in every rule, with the Service port', () => {
    const next = switchedRoute(
      route([{ matches: [] }]),
      { colour: 'green', service: service('web-green'), switchedAt: 'T' },
      {},
    );
    expect(routeBackends(next)).toEqual(['web-green:80']);
  });
});
