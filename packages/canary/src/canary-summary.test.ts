import { describe, expect, it } from '@jest/globals';
import { canarySummary, metricChart } from './canary-summary';
import { startCanary, transition } from './canary-state';
import type { MetricSpec } from './metric-spec';
import { parseSteps } from './steps';

const success: MetricSpec = { name: 'success', query: 'q', min: 0.99, max: undefined, template: undefined };

function abortedAtStep2() {
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
  state = transition(
    state,
    {
      type: 'analysed',
      onInconclusive: 'pause',
      result: {
        verdict: 'pass',
        samples: [
          { metric: 'success', index: 1, at: 1, value: 1, verdict: 'pass' },
          { metric: 'success', index: 2, at: 2, value: 0.995, verdict: 'pass' },
        ],
      },
    },
    60_000,
  );
  return transition(
    state,
    {
      type: 'analysed',
      onInconclusive: 'pause',
      result: {
        verdict: 'fail',
        samples: [{ metric: 'success', index: 1, at: 3, value: 0.8, verdict: 'fail' }],
        decidedBy: { metric: 'success', value: 0.8, threshold: '≥ 0.99', reason: 'success = 0.8 outside ≥ 0.99' },
      },
    },
    70_000,
  );
}

describe('canarySummary', () => {
  it('shows the outcome, failed check, timeline, samples and a chart per metric', () => {
    const text = canarySummary(abortedAtStep2(), [success], 80_000).render();
    expect(text).toContain('Canary of web: 🛑 aborted');
    expect(text).toContain('**Failed check:** success = 0.8, threshold ≥ 0.99');
    expect(text).toMatch(/\| \+1m 10s \| 2\/3 \| 0% \| 1m \| 🛑 abort \|/);
    expect(text).toContain('❌ success: 0.8 (≥ 0.99)');
    expect(text).toContain('```mermaid\nxychart-beta');
  });

  it('charts every sample with a value against the threshold line', () => {
    const chart = metricChart(abortedAtStep2(), success);
    expect(chart).toContain('x-axis ["10% #1", "10% #2", "50% #1"]');
    expect(chart).toContain('line [1, 0.995, 0.8]');
    expect(chart).toContain('line [0.99, 0.99, 0.99]');
  });

  it('draws no chart without data', () => {
    expect(metricChart(abortedAtStep2(), { ...success, name: 'other' })).toBeUndefined();
  });

  it('records a failed smoke check in the state and shows its expected vs actual', () => {
    const start = startCanary(
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
    const state = transition(
      start,
      {
        type: 'analysed',
        onInconclusive: 'pause',
        result: {
          verdict: 'fail',
          samples: [
            { metric: 'success', index: 1, at: 1, value: 1, verdict: 'pass' },
            { metric: 'smoke:health', index: 1, at: 1, value: 200, verdict: 'pass', kind: 'smoke' },
            { metric: 'success', index: 2, at: 2, value: 1, verdict: 'pass' },
            {
              metric: 'smoke:health',
              index: 2,
              at: 2,
              value: 500,
              verdict: 'fail',
              kind: 'smoke',
              expected: 'status 2xx',
              actual: '500',
            },
          ],
          decidedBy: {
            metric: 'smoke:health',
            value: 500,
            threshold: 'status 2xx',
            actual: '500',
            reason: 'smoke check "health": expected status 2xx, got 500',
          },
        },
      },
      30_000,
    );
    expect(state.phase).toBe('aborted');
    expect(state.failedCheck).toMatchObject({ metric: 'smoke:health', threshold: 'status 2xx', actual: '500' });
    expect(state.analyses[0]?.samples[3]).toMatchObject({ kind: 'smoke', expected: 'status 2xx', actual: '500' });
    // The state survives its JSON round trip in the cluster.
    expect(JSON.parse(JSON.stringify(state)).analyses[0].samples[3].actual).toBe('500');
    const text = canarySummary(state, [success], 40_000).render();
    expect(text).toContain('**Failed check:** smoke:health: expected status 2xx, got 500');
    expect(text).toContain('❌ smoke:health: 1/2 passed; expected status 2xx, got 500');
    expect(text).toContain('✅ success: 1, 1 (≥ 0.99)');
  });
});
