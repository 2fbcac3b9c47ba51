import { describe, expect, it } from '@jest/globals';
import { analyseStep, judgeValue, type AnalyseOptions, type QueryAnswer, type SmokeAnswer } from './analyse-step';
import type { LoadStarter, LoadWindow } from './generated-load';
import type { MetricSpec } from './metric-spec';
import type { LoadReport } from '@slipway/smoke';

const success: MetricSpec = {
  name: 'success',
  query: 'rate{app="{{ canary }}"}',
  min: 0.99,
  max: undefined,
  template: undefined,
};
const latency: MetricSpec = {
  name: 'latency',
  query: 'p95[{{ interval }}]',
  min: undefined,
  max: 0.5,
  template: undefined,
};

/** A fake clock whose sleep moves time forward, and a query answering from a script. */
function harness(answers: Record<string, Array<number | undefined | Error>>, overrides: Partial<AnalyseOptions> = {}) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const queries: string[] = [];
  const options: AnalyseOptions = {
    metrics: [success, latency],
    count: 3,
    intervalMs: 10_000,
    failureLimit: 0,
    holdMs: 0,
    context: { canary: 'web-canary', stable: 'web', namespace: 'prod', intervalMs: 10_000 },
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    query: async (promql): Promise<QueryAnswer> => {
      queries.push(promql);
      const key = promql.startsWith('rate') ? 'success' : 'latency';
      const next = answers[key]?.shift();
      if (next instanceof Error) throw next;
      return next === undefined ? { value: undefined, note: 'no series' } : { value: next };
    },
    ...overrides,
  };
  return { options, sleeps, queries, elapsed: () => clock - 1_000_000 };
}

describe('judgeValue', () => {
  it('compares against min and max, no data is inconclusive', () => {
    expect(judgeValue({ min: 0.99, max: undefined }, 0.995)).toBe('pass');
    expect(judgeValue({ min: 0.99, max: undefined }, 0.98)).toBe('fail');
    expect(judgeValue({ min: undefined, max: 0.5 }, 0.6)).toBe('fail');
    expect(judgeValue({ min: undefined, max: 0.5 }, undefined)).toBe('inconclusive');
    expect(judgeValue({ min: undefined, max: 0.5 }, NaN)).toBe('inconclusive');
  });
});

describe('analyseStep', () => {
  it('passes after count samples at the interval, with placeholders filled', async () => {
    const h = harness({ success: [1, 0.999, 0.995], latency: [0.1, 0.2, 0.3] });
    const result = await analyseStep(h.options);
    expect(result.verdict).toBe('pass');
    expect(result.samples).toHaveLength(6);
    expect(h.sleeps).toEqual([10_000, 10_000, 10_000]);
    expect(h.queries).toContain('rate{app="web-canary"}');
    expect(h.queries).toContain('p95[10s]');
  });

  it('fails at the first bad sample with failure-limit 0, naming value and threshold', async () => {
    const h = harness({ success: [1, 0.9, 1], latency: [0.1, 0.1, 0.1] });
    const result = await analyseStep(h.options);
    expect(result.verdict).toBe('fail');
    expect(result.decidedBy).toMatchObject({ metric: 'success', value: 0.9, threshold: '≥ 0.99' });
    expect(result.samples).toHaveLength(4);
    expect(h.elapsed()).toBe(20_000);
  });

  it('tolerates failures up to the limit', async () => {
    const h = harness({ success: [0.9, 1, 0.9], latency: [0.1, 0.1, 0.1] }, { failureLimit: 1 });
    const result = await analyseStep(h.options);
    expect(result.verdict).toBe('fail');
    expect(result.decidedBy?.reason).toMatch(/2 failing samples, limit 1/);
    const tolerant = harness({ success: [0.9, 1, 1], latency: [0.1, 0.1, 0.1] }, { failureLimit: 1 });
    expect((await analyseStep(tolerant.options)).verdict).toBe('pass');
  });

  it('calls no data and unreachable Prometheus inconclusive, never pass', async () => {
    const h = harness({ success: [undefined, 1, 1], latency: [0.1, 0.1, 0.1] });
    const result = await analyseStep(h.options);
    expect(result.verdict).toBe('inconclusive');
    expect(result.decidedBy?.reason).toMatch(/success: no data \(no series\)/);
    const down = harness({ success: [new Error('connect ECONNREFUSED')], latency: [0.1] });
    const unreachable = await analyseStep(down.options);
    expect(unreachable.verdict).toBe('inconclusive');
    expect(unreachable.samples[0]?.note).toBe('connect ECONNREFUSED');
  });

  it('prefers a fail over an inconclusive in the same sample', async () => {
    const h = harness({ success: [undefined], latency: [9] });
    expect((await analyseStep(h.options)).verdict).toBe('fail');
  });

  it('holds for the pause when it is longer than the samples take', async () => {
    const h = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { holdMs: 120_000 });
    await analyseStep(h.options);
    expect(h.elapsed()).toBe(120_000);
  });

  it('only holds for the pause when no metric is set', async () => {
    const h = harness({}, { metrics: [], holdMs: 60_000 });
    const result = await analyseStep(h.options);
    expect(result.verdict).toBe('pass');
    expect(h.queries).toHaveLength(0);
    expect(h.elapsed()).toBe(60_000);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const h = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { signal: controller.signal });
    h.options.onSample = () => controller.abort(new Error('cancelled'));
    await expect(analyseStep(h.options)).rejects.toThrow('cancelled');
  });

  describe('with smoke checks', () => {
    const ok: SmokeAnswer = { name: 'health', passed: true, status: 200, expected: 'a response', actual: 'a response' };
    const bad: SmokeAnswer = { name: 'health', passed: false, status: 500, expected: 'status 2xx', actual: '500' };
    function smokeScript(rounds: Array<SmokeAnswer[] | Error>) {
      let calls = 0;
      return {
        calls: () => calls,
        smoke: async (): Promise<SmokeAnswer[]> => {
          const next = rounds[calls++];
          if (next instanceof Error) throw next;
          return next ?? [];
        },
      };
    }

    it('runs the checks at every sample beside the metrics and passes when they pass', async () => {
      const script = smokeScript([[ok], [ok], [ok]]);
      const h = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { smoke: script.smoke });
      const result = await analyseStep(h.options);
      expect(result.verdict).toBe('pass');
      expect(script.calls()).toBe(3);
      expect(result.samples.filter((s) => s.metric === 'smoke:health').map((s) => s.value)).toEqual([200, 200, 200]);
    });

    it('samples the checks alone when no metric is set', async () => {
      const script = smokeScript([[ok], [ok]]);
      const h = harness({}, { metrics: [], count: 2, smoke: script.smoke });
      expect((await analyseStep(h.options)).verdict).toBe('pass');
      expect(script.calls()).toBe(2);
      expect(h.queries).toHaveLength(0);
    });

    it('fails the step at the first failed check with failure-limit 0, with expected vs actual', async () => {
      const script = smokeScript([[ok], [bad], [ok]]);
      const h = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { smoke: script.smoke });
      const result = await analyseStep(h.options);
      expect(result.verdict).toBe('fail');
      expect(result.decidedBy).toMatchObject({
        metric: 'smoke:health',
        value: 500,
        threshold: 'status 2xx',
        actual: '500',
      });
      expect(result.decidedBy?.reason).toMatch(/smoke check "health": expected status 2xx, got 500/);
      expect(script.calls()).toBe(2);
      expect(h.elapsed()).toBe(20_000);
      const failed = result.samples.find((s) => s.verdict === 'fail');
      expect(failed).toMatchObject({ kind: 'smoke', expected: 'status 2xx', actual: '500' });
    });

    it('counts failed checks against failure-limit like a metric', async () => {
      const tolerant = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { failureLimit: 1 });
      tolerant.options.smoke = smokeScript([[bad], [ok], [ok]]).smoke;
      expect((await analyseStep(tolerant.options)).verdict).toBe('pass');
      const twice = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] }, { failureLimit: 1 });
      twice.options.smoke = smokeScript([[bad], [ok], [bad]]).smoke;
      const result = await analyseStep(twice.options);
      expect(result.verdict).toBe('fail');
      expect(result.decidedBy?.reason).toMatch(/2 failing samples, limit 1/);
    });

    it('makes a runner that throws a failed check, never a pass or an inconclusive', async () => {
      const h = harness({ success: [1], latency: [0.1] }, { smoke: smokeScript([new Error('boom')]).smoke });
      const result = await analyseStep(h.options);
      expect(result.verdict).toBe('fail');
      expect(result.decidedBy).toMatchObject({ metric: 'smoke:checks', actual: 'boom' });
    });
  });
});

describe('analyseStep: generated load', () => {
  const errorRate: MetricSpec = {
    name: 'load-errors',
    query: 'error-rate',
    min: undefined,
    max: 0.01,
    template: undefined,
    provider: 'load',
  };
  const p95: MetricSpec = {
    name: 'load-p95',
    query: 'p95',
    min: undefined,
    max: 200,
    template: undefined,
    provider: 'load',
  };

  const report: LoadReport = {
    sent: 600,
    passed: 597,
    failed: 3,
    errors: 0,
    dropped: 0,
    errorRate: 0.005,
    latency: { p50: 1.04, p95: 120, p99: 198.96, max: 250 },
    statuses: { '200': 597, '500': 3 },
    firstFailure: undefined,
    durationMs: 30_000,
    achievedRps: 20,
  };

  /** A load whose windows come from a script; records when it started, was read and stopped. */
  function scriptedLoad(windows: LoadWindow[], elapsed: () => number) {
    const events: string[] = [];
    const load: LoadStarter = (signal) => {
      events.push(`start@${elapsed()}${signal ? ' (with the step signal)' : ''}`);
      return {
        finished: new Promise<LoadReport>(() => {}),
        take: () => {
          events.push(`take@${elapsed()}`);
          return windows.shift() ?? { settled: 0, values: undefined };
        },
        stop: async () => {
          events.push(`stop@${elapsed()}`);
          return report;
        },
      };
    };
    return { load, events };
  }
  const window = (errorRate: number, p95ms: number): LoadWindow => ({
    settled: 100,
    values: { 'error-rate': errorRate, p50: 1, p95: p95ms, p99: p95ms * 2 },
  });

  it('runs the load through the analysis, each sample judging its own window; passes', async () => {
    const h = harness({}, { metrics: [errorRate, p95], signal: new AbortController().signal });
    const { load, events } = scriptedLoad([window(0, 50), window(0.005, 120), window(0.01, 199)], h.elapsed);
    const verdict = await analyseStep({ ...h.options, load });
    expect(verdict.verdict).toBe('pass');
    expect(events).toEqual(['start@0 (with the step signal)', 'take@10000', 'take@20000', 'take@30000', 'stop@30000']);
    // The run's own figures go with the verdict, for the state, the summary and the outputs.
    expect(verdict.load).toEqual({ sent: 600, rps: 20, errorRate: 0.005, latency: { p50: 1, p95: 120, p99: 199 } });
    expect(verdict.samples.map((s) => `${s.metric}#${s.index}=${s.value}`)).toEqual([
      'load-errors#1=0',
      'load-p95#1=50',
      'load-errors#2=0.005',
      'load-p95#2=120',
      'load-errors#3=0.01',
      'load-p95#3=199',
    ]);
    // Prometheus is never asked for a load metric.
    expect(h.queries).toEqual([]);
  });

  it('fails the step when the load sees errors above max, and stops the load at once', async () => {
    const h = harness({}, { metrics: [errorRate] });
    const { load, events } = scriptedLoad([window(0, 5), window(0.4, 5)], h.elapsed);
    const verdict = await analyseStep({ ...h.options, load });
    expect(verdict.verdict).toBe('fail');
    expect(verdict.decidedBy).toMatchObject({ metric: 'load-errors', value: 0.4, threshold: '≤ 0.01' });
    expect(events.at(-1)).toBe('stop@20000');
  });

  it('a window without responses is no data: inconclusive past the failure limit', async () => {
    const h = harness({}, { metrics: [p95] });
    const { load } = scriptedLoad([{ settled: 0, values: undefined }], h.elapsed);
    const verdict = await analyseStep({ ...h.options, load });
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.samples[0]).toMatchObject({ value: undefined, note: 'no load responses in this interval' });
  });

  it('drives load with no load metric at all, only so that the queries have samples', async () => {
    const h = harness({ success: [1, 1, 1], latency: [0.1, 0.1, 0.1] });
    const { load, events } = scriptedLoad([], h.elapsed);
    expect((await analyseStep({ ...h.options, load })).verdict).toBe('pass');
    expect(events[0]).toBe('start@0');
    expect(events.at(-1)).toBe('stop@30000');
    expect(h.queries).toHaveLength(6);
  });

  it('stops the load when the step is cancelled', async () => {
    const controller = new AbortController();
    const h = harness(
      {},
      {
        metrics: [errorRate],
        signal: controller.signal,
        sleep: async () => {
          controller.abort();
        },
      },
    );
    const { load, events } = scriptedLoad([], h.elapsed);
    await expect(analyseStep({ ...h.options, load })).rejects.toThrow();
    expect(events.at(-1)).toMatch(/^stop@/);
  });
});
