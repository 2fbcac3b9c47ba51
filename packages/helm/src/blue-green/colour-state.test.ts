import { describe, expect, it } from '@jest/globals';
import { ANNOTATION, colourServiceIn, readColourState, switchedService } from './colour-state';

const blueService = {
  name: 'web-blue',
  selector: { 'app.kubernetes.io/instance': 'web-blue' },
  ports: [{ name: 'http', port: 80, targetPort: 'http' }],
  type: 'ClusterIP',
};
const at = '2026-01-01T00:00:00.000Z';

describe('switchedService', () => {
  it('creates the live Service the first time, selecting the colour, owned by this action', () => {
    const svc = switchedService(
      undefined,
      { name: 'web', namespace: 'prod', colour: 'blue', from: blueService, switchedAt: at },
      {},
    );
    expect(svc).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'web',
        namespace: 'prod',
        labels: { 'app.kubernetes.io/managed-by': 'slipway-helm-deploy' },
        annotations: { [ANNOTATION.colour]: 'blue', [ANNOTATION.switchedAt]: at },
      },
      spec: { type: 'ClusterIP', selector: blueService.selector, ports: blueService.ports },
    });
    expect(readColourState(svc)).toEqual({ active: 'blue', previous: undefined, scaledDown: {} });
  });

  it('switches an existing Service, remembering the previous colour and keeping its other fields', () => {
    const live = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', resourceVersion: '42', annotations: { [ANNOTATION.colour]: 'blue', other: 'x' } },
      spec: { clusterIP: '10.0.0.7', selector: { 'app.kubernetes.io/instance': 'web-blue' } },
    };
    const green = { ...blueService, name: 'web-green', selector: { 'app.kubernetes.io/instance': 'web-green' } };
    const svc = switchedService(
      live,
      { name: 'web', namespace: 'prod', colour: 'green', from: green, switchedAt: at },
      { blue: { 'Deployment/web-blue': 3 } },
    );
    expect(svc.metadata.resourceVersion).toBe('42');
    expect(svc['spec']).toEqual({ clusterIP: '10.0.0.7', selector: green.selector, ports: green.ports });
    expect(readColourState(svc)).toEqual({
      active: 'green',
      previous: 'blue',
      scaledDown: { blue: { 'Deployment/web-blue': 3 } },
    });
    expect(svc.metadata.annotations?.['other']).toBe('x');
    expect(live.spec.selector['app.kubernetes.io/instance']).toBe('web-blue');
  });

  it('an edited, unreadable state annotation is ignored, not fatal', () => {
    const state = readColourState({
      metadata: { annotations: { [ANNOTATION.colour]: 'red', [ANNOTATION.scaledDown]: '{' } },
    });
    expect(state).toEqual({ active: undefined, previous: undefined, scaledDown: {} });
  });
});

describe('colourServiceIn', () => {
  it('finds the first Service with a selector in a rendered manifest', async () => {
    const manifest = `---\nkind: ConfigMap\nmetadata: {name: c}\n---\nkind: Service\nmetadata: {name: web-green}\nspec:\n  selector: {app: web-green}\n  ports: [{port: 80}]\n`;
    expect(await colourServiceIn(manifest)).toEqual({
      name: 'web-green',
      selector: { app: 'web-green' },
      ports: [{ port: 80 }],
      type: undefined,
    });
    expect(await colourServiceIn('kind: ConfigMap\nmetadata: {name: c}\n')).toBeUndefined();
  });
});
