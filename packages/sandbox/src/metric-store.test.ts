import { describe, expect, it } from '@jest/globals';
import { MetricStore } from './metric-store';

describe('MetricStore', () => {
  it('renders gauges and counters in the Prometheus text format', () => {
    const store = new MetricStore();
    store.apply({ name: 'latency_seconds', value: 0.5, labels: { route: '/a' } }, 'set');
    store.apply({ name: 'requests_total', type: 'counter', value: 3, labels: { code: '200' } }, 'add');
    store.apply({ name: 'requests_total', value: 2, labels: { code: '200' } }, 'add');
    expect(store.render()).toBe(
      [
        '# HELP latency_seconds latency_seconds (set by tests through the sandbox metrics stub)',
        '# TYPE latency_seconds gauge',
        'latency_seconds{route="/a"} 0.5',
        '# HELP requests_total requests_total (set by tests through the sandbox metrics stub)',
        '# TYPE requests_total counter',
        'requests_total{code="200"} 5',
        '',
      ].join('\n'),
    );
  });

  it('rejects invalid names and values', () => {
    const store = new MetricStore();
    expect(() => store.apply({ name: 'bad name', value: 1 }, 'set')).toThrow('invalid metric name');
    expect(() => store.apply({ name: 'ok', value: Number.NaN }, 'set')).toThrow('finite number');
  });
});
