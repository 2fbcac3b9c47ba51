import { describe, expect, it } from '@jest/globals';
import { abortedLine, canaryOutputs } from './canary-outputs';
import { resultOf, startCanary, transition, type CanaryEvent, type CanaryState } from './canary-state';
import type { CanaryOutcome } from './run-canary';
import { parseSteps } from './steps';

function started(steps: string): CanaryState {
  const request = { release: 'web', namespace: 'prod', image: 'web:2', provider: 'gateway-api', owner: 'r' } as const;
  return startCanary({ ...request, steps: parseSteps(steps) }, 0);
}

const passed: CanaryEvent = { type: 'analysed', onInconclusive: 'pause', result: { verdict: 'pass', samples: [] } };

function outcomeOf(state: CanaryState): CanaryOutcome {
  return { state, result: resultOf(state) as CanaryOutcome['result'] };
}

describe('the canary outputs', () => {
  it('name the failed check, what it observed and its threshold when a step fails', () => {
    let state = transition(started('10:1m, 50:1m, 100'), passed, 60_000);
    state = transition(
      state,
      {
        type: 'analysed',
        onInconclusive: 'pause',
        result: {
          verdict: 'fail',
          samples: [],
          decidedBy: {
            metric: 'error-rate',
            value: 0.07,
            threshold: '≤ 0.01',
            reason: 'error-rate = 0.07 outside ≤ 0.01',
          },
        },
      },
      120_000,
    );
    const outcome = outcomeOf(state);
    expect(canaryOutputs(outcome)).toEqual({
      result: 'aborted',
      'failed-check': 'error-rate',
      'observed-value': 0.07,
      threshold: '≤ 0.01',
      step: 2,
      weight: 0,
      state: 'prod/web-canary-state',
      load: '',
    });
    expect(abortedLine(outcome)).toBe('Canary of web aborted: error-rate = 0.07 outside ≤ 0.01');
  });

  it('give the weight a paused canary holds, and no failed check', () => {
    const state = transition(started('10:manual, 100'), passed, 60_000);
    const outcome = outcomeOf(state);
    expect(canaryOutputs(outcome)).toMatchObject({ result: 'paused', 'failed-check': '', step: 1, weight: 10 });
    expect(abortedLine(outcome)).toBeUndefined();
  });
});
