import { describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import type { StepVerdict } from '../../../packages/canary/src/analyse-step';
import { canarySummary } from '../../../packages/canary/src/canary-summary';
import { runCanary, type CanaryRun } from '../../../packages/canary/src/run-canary';
import { CanaryStateStore } from '../../../packages/canary/src/state-store';
import { WeightCapacity } from '../../../packages/canary/src/weight-capacity';
import type { KubeObject, ObjectRef } from '../../../packages/canary/src/objects';
import { nginxCanaryWorld, webStart, webTarget } from '../../support/canary-world';

const pass: StepVerdict = { verdict: 'pass', samples: [] };
const fail: StepVerdict = {
  verdict: 'fail',
  samples: [],
  decidedBy: { metric: 'success', value: 0.5, threshold: '≥ 0.99', reason: 'success = 0.5 outside ≥ 0.99' },
};
const deployment = (name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name });
const hpaRef = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', namespace: 'prod', name: 'web' };

/**
 * The nginx world with Deployments web (4 replicas) and web-canary (1, as canary-values deploys
 * it), every change in one ordered list: the Deployments' replicas, the weights, traffic back
 * to stable, and the judge's calls on the stable release.
 */
function world(verdicts: StepVerdict[], options: { scaleDownStable?: boolean; hpa?: KubeObject } = {}) {
  const base = nginxCanaryWorld();
  const { objects } = base;
  const order: string[] = [];
  const replace = objects.replace.bind(objects);
  objects.replace = async <T extends KubeObject>(ref: ObjectRef, object: KubeObject, opts = {}) => {
    if (ref.kind === 'Deployment') order.push(`${ref.name} ${(object['spec'] as { replicas: number }).replicas}`);
    return replace<T>(ref, object, opts);
  };
  const traffic = (state: Parameters<typeof base.traffic>[0]) => {
    const t = base.traffic(state);
    return {
      ...t,
      setWeight: async (w: number) => {
        order.push(`weight ${w}`);
        await t.setWeight(w);
      },
      restore: async () => {
        order.push('traffic to stable');
        await t.restore();
      },
    };
  };
  objects.put(deployment('web'), { metadata: {}, spec: { replicas: 4 } });
  objects.put(deployment('web-canary'), { metadata: {}, spec: { replicas: 1 } });
  if (options.hpa) objects.put(hpaRef, options.hpa);
  const logger = memoryLogger();
  let clock = 0;
  const run = (action: CanaryRun['action'], owner = 'run-1', scaleDownStable = options.scaleDownStable): CanaryRun => ({
    action,
    owner,
    start: webStart('25, 50, 100', owner),
    onInconclusive: 'pause',
    store: new CanaryStateStore(objects, 'prod', 'web'),
    traffic,
    releases: {
      ...base.releases,
      removeCanary: async () => void order.push('remove canary'),
      promoteStable: async () => void order.push('promote stable'),
    },
    capacity: (_provider, target) =>
      new WeightCapacity(objects, target ?? webTarget, {
        scaleDownStable: scaleDownStable ?? false,
        logger,
        stableUnavailable: async () => void order.push('stable judged available'),
      }),
    analyse: async () => verdicts.shift() ?? pass,
    logger,
    now: () => ++clock,
  });
  return { objects, order, run, logger };
}

describe('capacity that follows the weight', () => {
  it('scales the canary to its share before each weight; stable keeps its replicas; drained after traffic left', async () => {
    const w = world([pass, pass, pass]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('promoted');
    expect(w.order).toEqual([
      'weight 25', // 1 replica already: nothing written
      'web-canary 2',
      'weight 50',
      'web-canary 4',
      'weight 100',
      'promote stable',
      'traffic to stable',
      'web-canary 0',
      'remove canary',
    ]);
    expect(outcome.state.capacity).toMatchObject({ stableReplicas: 4, scaleDownStable: false });
    expect(outcome.state.analyses.map((a) => a.replicas)).toEqual([
      { canary: 1, stable: 4 },
      { canary: 2, stable: 4 },
      { canary: 4, stable: 4 },
    ]);
    const summary = canarySummary(outcome.state, [], 10).render();
    expect(summary).toContain('| Step | Weight | Replicas | Verdict | Samples |');
    expect(summary).toContain('| 2 | 50% | canary 2 · stable 4 | ✅ pass |');
  });

  it('scale-down-stable: stable shrinks after traffic moved; on abort it is back and judged available before traffic returns', async () => {
    const w = world([pass, fail], { scaleDownStable: true });
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(w.order).toEqual([
      'weight 25',
      'web 3',
      'web-canary 2',
      'weight 50',
      'web 2',
      'web 4',
      'stable judged available',
      'traffic to stable',
      'web-canary 0',
      'remove canary',
    ]);
  });

  it('scale-down-stable: stable gets its replicas back before the promotion and before traffic leaves the canary', async () => {
    const w = world([pass, pass, pass], { scaleDownStable: true });
    expect((await runCanary(w.run('start'))).result).toBe('promoted');
    expect(w.order.slice(-8)).toEqual([
      'weight 100',
      'web 0',
      'web 4',
      'stable judged available',
      'promote stable',
      'traffic to stable',
      'web-canary 0',
      'remove canary',
    ]);
  });

  it('a later run (action: abort) gives stable back the replicas recorded at the start', async () => {
    const w = world([pass, { verdict: 'inconclusive', samples: [] }], { scaleDownStable: true });
    expect((await runCanary(w.run('start'))).result).toBe('paused');
    expect(w.objects.peek(deployment('web'))?.['spec']).toEqual({ replicas: 2 });
    w.order.length = 0;
    // The later run was not given scale-down-stable: what the canary did is in its state.
    expect((await runCanary(w.run('abort', 'run-2', false))).result).toBe('aborted');
    expect(w.order).toEqual(['web 4', 'stable judged available', 'traffic to stable', 'web-canary 0', 'remove canary']);
  });

  const hpa: KubeObject = {
    metadata: {},
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: 3,
    },
    status: { currentReplicas: 6 },
  };

  it('an HPA on stable: its observed replicas count, the canary stays within its min and max, stable is never written', async () => {
    const w = world([pass, pass, pass], { hpa });
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('promoted');
    expect(w.order.filter((line) => line.startsWith('web '))).toEqual([]);
    expect(outcome.state.analyses.map((a) => a.replicas)).toEqual([
      { canary: 2, stable: 6 },
      { canary: 3, stable: 6 },
      { canary: 3, stable: 6 },
    ]);
    expect(outcome.state.capacity?.hpa).toBe('web');
    expect(canarySummary(outcome.state, [], 10).render()).toContain('canary 3 · stable 6 (HPA web)');
  });

  it('an HPA on stable with scale-down-stable: refused in one line naming the input, before any change', async () => {
    const w = world([], { scaleDownStable: true, hpa });
    await expect(runCanary(w.run('start'))).rejects.toThrow(
      /^Input 'scale-down-stable': Deployment prod\/web is scaled by HorizontalPodAutoscaler web, whose replicas the canary never writes/,
    );
    expect(w.order).toEqual([]);
    expect(w.objects.log).toEqual([]);
  });

  it('no stable Deployment (another workload kind): the canary keeps its replicas, and says so', async () => {
    const w = world([pass, pass, pass]);
    w.objects.objects.delete('Deployment/prod/web');
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('promoted');
    expect(outcome.state.capacity).toBeUndefined();
    expect(w.order.filter((line) => line.startsWith('web'))).toEqual([]);
    expect(w.logger.lines.join('\n')).toContain(
      "No Deployment prod/web (input 'stable-deployment'): the canary keeps the replicas of canary-values",
    );
  });

  it('no canary Deployment (the chart makes another kind): nothing scaled, and it says so', async () => {
    const w = world([pass, pass, pass], { scaleDownStable: true });
    w.objects.objects.delete('Deployment/prod/web-canary');
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('promoted');
    expect(outcome.state.analyses.map((a) => a.replicas)).toEqual([undefined, undefined, undefined]);
    expect(w.order.filter((line) => line.startsWith('web-canary'))).toEqual([]);
    expect(w.logger.lines).toContain(
      "No Deployment prod/web-canary (input 'canary-deployment'): the canary keeps the replicas it was deployed with",
    );
  });
});
