import { describe, expect, it } from '@jest/globals';
import type { LoadReport } from '@slipway/smoke';
import { canarySummary } from './canary-summary';
import { startCanary, transition, type CanaryState } from './canary-state';
import { loadFigures } from './load-figures';
import { loadOutput } from './load-output';
import { parseSteps } from './steps';

function report(over: Partial<LoadReport>): LoadReport {
  return {
    sent: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    dropped: 0,
    errorRate: 0,
    latency: undefined,
    statuses: {},
    firstFailure: undefined,
    durationMs: 60_000,
    achievedRps: 0,
    ...over,
  };
}

/** Step 1 drove 1,200 requests cleanly; step 2's load saw 500s and no answer came in time for some. */
function loadedCanary(): CanaryState {
  let state = startCanary(
    {
      release: 'web',
      namespace: 'prod',
      image: 'web:2',
      provider: 'gateway-api',
      steps: parseSteps('10:1m, 50:1m, 100'),
      owner: 'r',
    },
    0,
  );
  const step1 = report({
    sent: 1200,
    passed: 1200,
    achievedRps: 19.98,
    latency: { p50: 4.04, p95: 9.96, p99: 15.2, max: 40 },
  });
  state = transition(
    state,
    { type: 'analysed', onInconclusive: 'pause', result: { verdict: 'pass', samples: [], load: loadFigures(step1) } },
    60_000,
  );
  const step2 = report({
    sent: 600,
    passed: 597,
    failed: 3,
    errorRate: 0.005,
    achievedRps: 20,
    latency: { p50: 5, p95: 11, p99: 30.25, max: 31 },
  });
  return transition(
    state,
    {
      type: 'analysed',
      onInconclusive: 'pause',
      result: {
        verdict: 'fail',
        samples: [],
        load: loadFigures(step2),
        decidedBy: {
          metric: 'load-error-rate',
          value: 0.005,
          threshold: '≤ 0.001',
          reason: 'load-error-rate = 0.005 outside ≤ 0.001',
        },
      },
    },
    90_000,
  );
}

describe('generated load in the canary summary and outputs', () => {
  it("shows each step's requests, achieved rate, error rate and percentiles", () => {
    const text = canarySummary(loadedCanary(), [], 100_000).render();
    expect(text).toContain(
      [
        '### Generated load per step',
        '',
        '| Step | Weight | Sent | Achieved | Error rate | p50 | p95 | p99 |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| 1 | 10% | 1200 | 20/s | 0% | 4 ms | 10 ms | 15.2 ms |',
        '| 2 | 50% | 600 | 20/s | 0.5% | 5 ms | 11 ms | 30.3 ms |',
      ].join('\n'),
    );
  });

  it('shows a dash for percentiles when no response came', () => {
    let state = startCanary(
      {
        release: 'web',
        namespace: 'prod',
        image: 'web:2',
        provider: 'nginx',
        steps: parseSteps('10:1m, 100'),
        owner: 'r',
      },
      0,
    );
    const refused = report({ sent: 30, errors: 30, errorRate: 1, achievedRps: 0.5 });
    state = transition(
      state,
      {
        type: 'analysed',
        onInconclusive: 'pause',
        result: { verdict: 'inconclusive', samples: [], load: loadFigures(refused) },
      },
      60_000,
    );
    expect(canarySummary(state, [], 70_000).render()).toContain('| 1 | 10% | 30 | 0.5/s | 100% | – | – | – |');
  });

  it('gives the figures per step as the load output, and nothing without generated load', () => {
    expect(JSON.parse(loadOutput(loadedCanary()))).toEqual([
      { step: 1, weight: 10, sent: 1200, rps: 20, 'error-rate': 0, p50: 4, p95: 10, p99: 15.2 },
      { step: 2, weight: 50, sent: 600, rps: 20, 'error-rate': 0.005, p50: 5, p95: 11, p99: 30.3 },
    ]);
    const plain = startCanary(
      { release: 'web', namespace: 'prod', image: 'web:2', provider: 'nginx', steps: parseSteps('100'), owner: 'r' },
      0,
    );
    expect(loadOutput(plain)).toBe('');
    expect(canarySummary(plain, [], 0).render()).not.toContain('Generated load');
  });

  it("keeps the figures through the state's JSON round trip in the cluster", () => {
    const state = loadedCanary();
    expect(JSON.parse(JSON.stringify(state)).analyses[1].load).toEqual({
      sent: 600,
      rps: 20,
      errorRate: 0.005,
      latency: { p50: 5, p95: 11, p99: 30.3 },
    });
  });
});
