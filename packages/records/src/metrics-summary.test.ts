import { describe, expect, it } from '@jest/globals';
import { computeMeasures } from './measures';
import { metricsSummary, spanText, weeklyChart } from './metrics-summary';

const T0 = Date.parse('2026-11-02T00:00:00Z');
const DAY = 86_400_000;

describe('spanText', () => {
  it('says a span in its two largest units', () => {
    expect(spanText(45)).toBe('45s');
    expect(spanText(750)).toBe('12m 30s');
    expect(spanText(3 * 3600 + 20 * 60)).toBe('3h 20m');
    expect(spanText(86_520)).toBe('1d');
    expect(spanText(2 * 86_400 + 4 * 3600)).toBe('2d 4h');
  });
});

describe('metricsSummary', () => {
  it('an empty window says "no deployments" and draws no table', () => {
    const m = computeMeasures([], 'prod', { sinceMs: T0, untilMs: T0 + 7 * DAY });
    const text = metricsSummary(m, 'the cluster').render();
    expect(text).toContain('**No deployments** recorded in prod in this window: nothing to measure.');
    expect(text).not.toContain('| Measure |');
  });
  it('the weekly chart has one bar and one point a week, labelled by the Monday', () => {
    const record = {
      kind: 'deploy' as const,
      environment: 'prod',
      release: 'web',
      revision: 1,
      image: null,
      imageDigest: null,
      commit: null,
      commitTime: null,
      startedAt: new Date(T0 + 8 * DAY).toISOString(),
      finishedAt: new Date(T0 + 8 * DAY + 60_000).toISOString(),
      result: 'failure' as const,
    };
    const m = computeMeasures([record, { ...record, result: 'success' }], 'prod', {
      sinceMs: T0,
      untilMs: T0 + 13 * DAY,
    });
    expect(weeklyChart(m)).toBe(
      [
        'xychart-beta',
        '  title "prod: deployments (bars) and failed changes (line) per week"',
        '  x-axis "week starting (UTC)" ["11-02", "11-09"]',
        '  y-axis "count" 0 --> 1',
        '  bar [0, 1]',
        '  line [0, 1]',
      ].join('\n'),
    );
  });
});
