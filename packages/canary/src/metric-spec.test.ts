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

describe('parseMetrics: the web provider', () => {
  it('reads a web metric: URL as its query, the request beside it', () => {
    const [spec] = parseMetrics([
      {
        name: 'errors',
        provider: 'web',
        url: 'https://metrics.example/q?service={{ canary }}&ns={{ namespace }}',
        'json-path': '$.series[0].value',
        headers: { 'DD-API-KEY': 'k3y' },
        max: 0.01,
      },
    ]);
    expect(spec).toEqual({
      name: 'errors',
      query: 'https://metrics.example/q?service={{ canary }}&ns={{ namespace }}',
      min: undefined,
      max: 0.01,
      template: undefined,
      provider: 'web',
      web: { method: 'GET', headers: { 'DD-API-KEY': 'k3y' }, body: undefined, jsonPath: '$.series[0].value' },
    });
    expect(renderQuery(spec!.query, { canary: 'web-canary', stable: 'web', namespace: 'prod', intervalMs: 1000 })).toBe(
      'https://metrics.example/q?service=web-canary&ns=prod',
    );
  });

  it('takes a POST body (YAML as JSON) with placeholders', () => {
    const [spec] = parseMetrics([
      {
        provider: 'web',
        url: 'http://q',
        method: 'post',
        body: { q: 'errors{svc={{ canary }}}' },
        'json-path': 'v',
        min: 0,
      },
    ]);
    expect(spec?.web).toMatchObject({ method: 'POST', body: '{"q":"errors{svc={{ canary }}}"}' });
  });

  it.each([
    [{ provider: 'datadog', query: 'x', max: 1 }, `a "provider" among prometheus, web`],
    [{ provider: 'web', 'json-path': '$.v', max: 1 }, `an http(s) "url" for metric "metric-1"`],
    [{ provider: 'web', url: 'http://q', max: 1 }, `a "json-path" to the number such as "$.data.value"`],
    [{ provider: 'web', url: 'http://q', 'json-path': '$..v', max: 1 }, `a "json-path"`],
    [{ provider: 'web', url: 'http://q', 'json-path': '$.v' }, `a "min" or "max" threshold`],
    [{ provider: 'web', url: 'http://q', 'json-path': '$.v', query: 'up', max: 1 }, 'web metric keys among'],
    [{ provider: 'web', url: 'http://q', 'json-path': '$.v', body: 'x', max: 1 }, 'only with method POST'],
    [{ provider: 'web', url: 'http://{{ pod }}', 'json-path': '$.v', max: 1 }, 'placeholders among'],
    [{ query: 'up', 'json-path': '$.v', max: 1 }, 'prometheus metric keys among'],
  ])('refuses %j in one line', (metric, message) => {
    const error = errorOf(() => parseMetrics([metric]));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Input 'metrics': expected [^\n]+$/);
    expect(error.message).toContain(message);
  });
});

describe('parseMetrics: the load provider', () => {
  it('reads the generated load’s figures as metrics with min/max', () => {
    expect(
      parseMetrics([
        { provider: 'load', value: 'error-rate', max: 0.01 },
        { name: 'slow', provider: 'load', value: 'p95', max: 250 },
      ]),
    ).toEqual([
      {
        name: 'load-error-rate',
        query: 'error-rate',
        min: undefined,
        max: 0.01,
        template: undefined,
        provider: 'load',
      },
      { name: 'slow', query: 'p95', min: undefined, max: 250, template: undefined, provider: 'load' },
    ]);
  });

  it.each([
    [
      { provider: 'load', value: 'p90', max: 1 },
      `Input 'metrics': expected a load metric "value" among error-rate, p50, p95, p99, got "p90"`,
    ],
    [{ provider: 'load', value: 'p95' }, `Input 'metrics': expected a "min" or "max" threshold for metric "load-p95"`],
    [
      { provider: 'load', value: 'p95', max: 1, query: 'x' },
      `Input 'metrics': expected load metric keys among name, provider, value, min, max, got "query"`,
    ],
  ])('refuses %j in one line', (entry, message) => {
    expect(() => parseMetrics([entry])).toThrow(message);
  });
});
