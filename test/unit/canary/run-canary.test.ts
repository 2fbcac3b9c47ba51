import { describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import type { StepVerdict } from '../../../packages/canary/src/analyse-step';
import { ingressRef, nginxCanaryWorld, webStart } from '../../support/canary-world';
import { abortCanary, runCanary, type CanaryRun } from '../../../packages/canary/src/run-canary';
import { CanaryStateStore } from '../../../packages/canary/src/state-store';
import { parseSteps } from '../../../packages/canary/src/steps';

const ingress = ingressRef;
const pass: StepVerdict = { verdict: 'pass', samples: [] };
const fail: StepVerdict = {
  verdict: 'fail',
  samples: [],
  decidedBy: { metric: 'success', value: 0.5, threshold: '≥ 0.99', reason: 'success = 0.5 outside ≥ 0.99' },
};
const none: StepVerdict = {
  verdict: 'inconclusive',
  samples: [],
  decidedBy: { metric: 's', value: undefined, threshold: '', reason: 's: no data' },
};

function world(verdicts: StepVerdict[], steps = '10, 50, 100', health: Array<string | undefined> = []) {
  const { objects, events, weights, releases, traffic } = nginxCanaryWorld(health);
  let clock = 0;
  const logger = memoryLogger();
  const store = new CanaryStateStore(objects, 'prod', 'web');
  const run = (action: CanaryRun['action'], owner = 'run-1'): CanaryRun => ({
    action,
    owner,
    start: webStart(steps, owner),
    onInconclusive: 'pause',
    store: new CanaryStateStore(objects, 'prod', 'web'),
    traffic,
    releases,
    analyse: async () => verdicts.shift() ?? pass,
    logger,
    now: () => ++clock,
  });
  return { objects, events, weights, run, store, logger };
}

describe('runCanary', () => {
  it('walks every step and promotes: stable upgraded, traffic back, canary removed', async () => {
    const w = world([pass, pass, pass]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('promoted');
    expect(w.weights).toEqual([10, 50, 100]);
    expect(w.events).toEqual(['deploy canary web:2', 'promote web:2', 'restore traffic', 'remove canary']);
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
    expect((await w.store.load())?.phase).toBe('promoted');
  });

  it('never sends traffic to a canary the judge does not call fully available', async () => {
    const w = world([pass], '10, 50, 100', ['Deployment/web-canary: 0 of 1 updated replicas are available']);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(w.weights).toEqual([]);
    expect(outcome.state.abortReason).toContain(
      'the canary is not fully available before step 1: Deployment/web-canary: 0 of 1 updated replicas are available',
    );
    expect(w.events).toEqual(['deploy canary web:2', 'restore traffic', 'remove canary']);
  });

  it('fails the step in which the canary loses availability, and aborts', async () => {
    // Healthy before step 1 and after it, healthy before step 2, gone during step 2.
    const w = world([pass, pass], '10, 50, 100', [
      undefined,
      undefined,
      undefined,
      'pod web-canary-1: CrashLoopBackOff',
    ]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(w.weights).toEqual([10, 50]);
    expect(outcome.state.failedCheck).toMatchObject({ metric: 'availability' });
    expect(outcome.state.abortReason).toContain(
      'the canary lost availability during step 2: pod web-canary-1: CrashLoopBackOff',
    );
    expect(w.events).not.toContain('promote web:2');
  });

  it('aborts on a failed step: traffic restored before the canary is removed, failed check kept', async () => {
    const w = world([pass, fail]);
    const outcome = await runCanary(w.run('start'));
    expect(outcome.result).toBe('aborted');
    expect(outcome.state.failedCheck).toMatchObject({ metric: 'success', value: 0.5, threshold: '≥ 0.99' });
    expect(w.events).toEqual(['deploy canary web:2', 'restore traffic', 'remove canary']);
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
    expect((await w.store.load())?.phase).toBe('aborted');
  });

  it('pauses when inconclusive, never promotes; a later run resumes and promotes', async () => {
    const w = world([pass, none]);
    const first = await runCanary(w.run('start'));
    expect(first.result).toBe('paused');
    expect(w.events).not.toContain('promote web:2');
    expect(
      w.objects.peek(ingress('web-canary'))?.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight'],
    ).toBe('50');
    const second = await runCanary(w.run('resume', 'run-2'));
    expect(second.result).toBe('promoted');
    expect(w.weights).toEqual([10, 50, 50, 100]);
  });

  it('a manual pause then action: promote from a second run', async () => {
    const w = world([pass], '10:manual, 50, 100');
    expect((await runCanary(w.run('start'))).result).toBe('paused');
    const outcome = await runCanary(w.run('promote', 'run-2'));
    expect(outcome.result).toBe('promoted');
    expect(w.weights).toEqual([10]);
    expect(outcome.state.timeline.map((t) => t.decision)).toEqual(['start', 'pause', 'promote', 'promoted']);
  });

  it('action: abort of a paused canary restores stable', async () => {
    const w = world([none]);
    await runCanary(w.run('start'));
    const outcome = await runCanary(w.run('abort', 'run-2'));
    expect(outcome.result).toBe('aborted');
    expect(outcome.state.abortReason).toBe('aborted by hand (run-2)');
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
  });

  it('refuses a second canary while one is paused, changing nothing', async () => {
    const w = world([none]);
    await runCanary(w.run('start'));
    w.events.length = 0;
    await expect(runCanary(w.run('start', 'run-2'))).rejects.toThrow(
      /Another canary of release web in prod is already running: paused/,
    );
    expect(w.events).toEqual([]);
  });

  it('refuses to resume what does not exist', async () => {
    const w = world([]);
    await expect(runCanary(w.run('resume'))).rejects.toThrow(/No canary of release web in prod to resume/);
  });

  it('a promotion that fails aborts and puts traffic back', async () => {
    const w = world([pass]);
    const run = w.run('start');
    run.start!.steps = parseSteps('100');
    run.releases = { ...run.releases, promoteStable: async () => Promise.reject(new Error('rollout stuck')) };
    const outcome = await runCanary(run);
    expect(outcome.result).toBe('aborted');
    expect(outcome.state.abortReason).toBe('promotion failed: rollout stuck');
  });

  it('cancelled mid-step: traffic back on stable, recorded aborted', async () => {
    const w = world([]);
    const controller = new AbortController();
    const run = { ...w.run('start'), signal: controller.signal };
    run.analyse = async () => {
      controller.abort(new Error('cancelled'));
      throw new Error('cancelled');
    };
    const outcome = await runCanary(run);
    expect(outcome).toMatchObject({ result: 'aborted', state: { abortReason: 'cancelled mid-step', weight: 0 } });
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
  });

  it('abortCanary (the post step) restores stable for the owning run only', async () => {
    const w = world([none]);
    const run = w.run('start');
    run.analyse = async () => new Promise<StepVerdict>(() => undefined);
    void runCanary(run);
    await new Promise((r) => setTimeout(r, 20));
    expect(w.objects.peek(ingress('web-canary'))).toBeDefined();
    expect(await abortCanary(w.run('abort'), 'cancelled', { onlyOwner: 'someone-else' })).toBeUndefined();
    const outcome = await abortCanary(w.run('abort'), 'cancelled (post step)', { onlyOwner: 'run-1' });
    expect(outcome?.result).toBe('aborted');
    expect(w.objects.peek(ingress('web-canary'))).toBeUndefined();
    expect((await w.store.load())?.abortReason).toBe('cancelled (post step)');
  });
});
