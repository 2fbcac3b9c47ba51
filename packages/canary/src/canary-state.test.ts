import { describe, expect, it } from '@jest/globals';
import type { StepVerdict } from './analyse-step';
import { CanaryStateError, resultOf, startCanary, transition, type CanaryState } from './canary-state';
import { parseSteps } from './steps';

const pass: StepVerdict = {
  verdict: 'pass',
  samples: [{ metric: 'success', index: 1, at: 5, value: 1, verdict: 'pass' }],
};
const fail: StepVerdict = {
  verdict: 'fail',
  samples: [{ metric: 'success', index: 1, at: 5, value: 0.8, verdict: 'fail' }],
  decidedBy: { metric: 'success', value: 0.8, threshold: '≥ 0.99', reason: 'success = 0.8 outside ≥ 0.99' },
};
const none: StepVerdict = {
  verdict: 'inconclusive',
  samples: [],
  decidedBy: { metric: 'success', value: undefined, threshold: '≥ 0.99', reason: 'success: no data' },
};

function start(steps = '10:1m, 50:1m, 100'): CanaryState {
  return startCanary(
    { release: 'web', namespace: 'prod', image: 'web:2', provider: 'nginx', steps: parseSteps(steps), owner: 'run-1' },
    1000,
  );
}
const analysed = (result: StepVerdict, onInconclusive: 'pause' | 'abort' = 'pause') =>
  ({ type: 'analysed', result, onInconclusive }) as const;

describe('canary state machine', () => {
  it('walks every step and then promotes', () => {
    let state = start();
    expect(state).toMatchObject({ phase: 'progressing', step: 0, weight: 10 });
    state = transition(state, analysed(pass), 2000);
    expect(state).toMatchObject({ phase: 'progressing', step: 1, weight: 50 });
    state = transition(state, analysed(pass), 3000);
    expect(state).toMatchObject({ phase: 'progressing', step: 2, weight: 100 });
    state = transition(state, analysed(pass), 4000);
    expect(state.phase).toBe('promoting');
    state = transition(state, { type: 'promoted' }, 5000);
    expect(state).toMatchObject({ phase: 'promoted', weight: 0 });
    expect(resultOf(state)).toBe('promoted');
    expect(state.timeline.map((t) => t.decision)).toEqual(['start', 'next', 'next', 'promote', 'promoted']);
    expect(state.analyses.map((a) => a.weight)).toEqual([10, 50, 100]);
  });

  it('aborts on a failed step with the failed check, weight 0', () => {
    const state = transition(transition(start(), analysed(pass), 2000), analysed(fail), 3000);
    expect(state).toMatchObject({ phase: 'aborted', weight: 0, step: 1 });
    expect(state.failedCheck).toMatchObject({ metric: 'success', value: 0.8, threshold: '≥ 0.99' });
    expect(resultOf(state)).toBe('aborted');
  });

  it('pauses on inconclusive by default and resumes the same step, never promoting', () => {
    let state = transition(start(), analysed(none), 2000);
    expect(state).toMatchObject({ phase: 'paused', resumeStep: 0 });
    expect(state.pausedReason).toMatch(/inconclusive: success: no data/);
    state = transition(state, { type: 'resume', owner: 'run-2' }, 3000);
    expect(state).toMatchObject({ phase: 'progressing', step: 0, weight: 10, owner: 'run-2' });
  });

  it('aborts on inconclusive when the policy says so', () => {
    const state = transition(start(), analysed(none, 'abort'), 2000);
    expect(state.phase).toBe('aborted');
    expect(state.abortReason).toMatch(/^inconclusive/);
  });

  it('inconclusive at the last step does not promote', () => {
    let state = start('10, 100');
    state = transition(state, analysed(pass), 2000);
    state = transition(state, analysed(none), 3000);
    expect(state.phase).toBe('paused');
  });

  it('stops at a manual pause after the step passes; resume goes on, promote skips ahead', () => {
    let state = start('10:1m, 25:manual, 50, 100');
    state = transition(transition(state, analysed(pass), 2), analysed(pass), 3);
    expect(state).toMatchObject({ phase: 'paused', step: 1, weight: 25, resumeStep: 2 });
    expect(resultOf(state)).toBe('paused');
    const resumed = transition(state, { type: 'resume', owner: 'r2' }, 4);
    expect(resumed).toMatchObject({ phase: 'progressing', step: 2, weight: 50 });
    const promoted = transition(state, { type: 'promote', owner: 'r2' }, 4);
    expect(promoted.phase).toBe('promoting');
  });

  it('a manual pause at the last step waits for a promote', () => {
    let state = transition(start('10, 100:manual'), analysed(pass), 2);
    state = transition(state, analysed(pass), 3);
    expect(state).toMatchObject({ phase: 'paused', resumeStep: 2 });
    expect(transition(state, { type: 'resume', owner: 'r' }, 4).phase).toBe('promoting');
  });

  it('aborts by hand from any active phase', () => {
    const state = transition(start(), { type: 'abort', reason: 'cancelled' }, 2);
    expect(state).toMatchObject({ phase: 'aborted', weight: 0, abortReason: 'cancelled' });
  });

  it('refuses actions that make no sense, with a clear message', () => {
    const done = transition(start(), { type: 'abort', reason: 'x' }, 2);
    expect(() => transition(done, { type: 'resume', owner: 'r' }, 3)).toThrow(CanaryStateError);
    expect(() => transition(done, { type: 'resume', owner: 'r' }, 3)).toThrow(
      /Cannot resume: the canary of web in prod is aborted; start a new canary/,
    );
    expect(() => transition(start(), { type: 'promote', owner: 'r' }, 3)).toThrow(
      /is progressing \(a run is moving it/,
    );
    expect(() => transition(done, { type: 'abort', reason: 'y' }, 3)).toThrow(/Cannot abort/);
  });

  it('never mutates the state it is given', () => {
    const state = start();
    const copy = structuredClone(state);
    transition(state, analysed(pass), 2);
    expect(state).toEqual(copy);
  });
});
