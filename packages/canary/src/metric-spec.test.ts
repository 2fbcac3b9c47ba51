import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { checkPlaceholders, formatThreshold, METRIC_TEMPLATES, parseMetrics, renderQuery } from './metric-spec';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('parseMetrics', () => {
  it('reads queries and templates with thresholds', () => {
    const specs = parseMetrics([
      { name: 'success', template: 'success-rate', min: 0.99 },
      { name: 'errors', query: 'sum(errors{app="{{ canary }}"})', max: '5' },
    ]);
    expect(specs).toEqual([
      { name: 'success', query: METRIC_TEMPLATES['success-rate'], min: 0.99, max: undefined, template: 'success-rate' },
      { name: 'errors', query: 'sum(errors{app="{{ canary }}"})', min: undefined, max: 5, template: undefined },
    ]);
  });

  it('names a template metric after its template', () => {
    expect(parseMetrics([{ template: 'latency-p95', max: 0.5 }])[0]?.name).toBe('latency-p95');
  });

  it.each([
    [
      [{ name: 'a', query: 'up{x="{{ canry }}"}', max: 1 }],
      /placeholders among \{\{ canary \}\}.*got "\{\{ canry \}\}"/,
    ],
    [[{ name: 'a', query: 'up' }], /a "min" or "max" threshold for metric "a"/],
    [[{ name: 'a', template: 'nope', min: 1 }], /a template among success-rate, latency-p95/],
    [[{ name: 'a', query: 'up', template: 'success-rate', min: 1 }], /either "query" or "template"/],
    [[{ name: 'a', max: 1 }], /a PromQL "query" or a "template"/],
    [[{ name: 'a', query: 'up', max: 'lots' }], /a number for "max" of metric "a"/],
    [[{ name: 'a', query: 'up', min: 2, max: 1 }], /"min" not above "max"/],
    [
      [
        { name: 'a', query: 'up', max: 1 },
        { name: 'a', query: 'up', max: 1 },
      ],
      /unique metric names/,
    ],
    [[{ name: 'a', query: 'up', max: 1, treshold: 3 }], /metric keys among/],
    [{ name: 'a' }, /a YAML list of metrics/],
  ])('refuses %j in one line', (document, message) => {
    const error = errorOf(() => parseMetrics(document));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Input 'metrics': expected /);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('refuses unbalanced braces', () => {
    expect(() => checkPlaceholders('up{{ canary }')).toThrow(/balanced/);
  });
});

describe('renderQuery', () => {
  it('fills every placeholder, spaces or not', () => {
    expect(
      renderQuery('x{a="{{canary}}",b="{{ stable }}",n="{{  namespace }}"}[{{ interval }}]', {
        canary: 'web-canary',
        stable: 'web',
        namespace: 'prod',
        intervalMs: 90_000,
      }),
    ).toBe('x{a="web-canary",b="web",n="prod"}[90s]');
  });

  it('fills the built-in templates completely', () => {
    for (const query of Object.values(METRIC_TEMPLATES)) {
      const text = renderQuery(query, { canary: 'c', stable: 's', namespace: 'n', intervalMs: 500 });
      expect(text).not.toMatch(/\{\{/);
      expect(text).toContain('[1s]');
    }
  });
});

describe('formatThreshold', () => {
  it('reads as a range', () => {
    expect(formatThreshold({ min: 0.99, max: undefined })).toBe('≥ 0.99');
    expect(formatThreshold({ min: undefined, max: 0.5 })).toBe('≤ 0.5');
    expect(formatThreshold({ min: 1, max: 2 })).toBe('1 – 2');
  });
});
