import { describe, expect, it } from '@jest/globals';
import { eventually, httpRequestTo, need, uniqueSuffix, testTimeoutMs } from './sandbox-helpers';

interface QueryResponse {
  status: string;
  data: { result: { metric: Record<string, string>; value: [number, string] }[] };
}

async function setMetric(body: object): Promise<void> {
  const res = await httpRequestTo(`${need('SLIPWAY_METRICS_URL')}/metrics`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(204);
}

async function query(promql: string): Promise<QueryResponse> {
  const url = `${need('SLIPWAY_PROMETHEUS_URL')}/api/v1/query?query=${encodeURIComponent(promql)}`;
  const res = await httpRequestTo(url);
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as QueryResponse;
}

describe('sandbox Prometheus', () => {
  it(
    'returns through PromQL the value a test set on the metrics stub',
    async () => {
      const run = uniqueSuffix();
      await setMetric({ name: 'slipway_sandbox_test_latency_seconds', value: 0.25, labels: { run } });
      const selector = `slipway_sandbox_test_latency_seconds{job="${need('SLIPWAY_METRICS_JOB')}",run="${run}"}`;

      const value = await eventually(async () => (await query(selector)).data.result[0]?.value[1], 60_000);
      expect(Number(value)).toBe(0.25);

      // A new value replaces the old one on the next scrape.
      await setMetric({ name: 'slipway_sandbox_test_latency_seconds', value: 2.5, labels: { run } });
      const updated = await eventually(async () => {
        const current = (await query(selector)).data.result[0]?.value[1];
        return current === '2.5' ? current : undefined;
      }, 60_000);
      expect(Number(updated)).toBe(2.5);
    },
    testTimeoutMs,
  );

  it(
    'computes a success rate from counters set by the test',
    async () => {
      const run = uniqueSuffix();
      const name = 'slipway_sandbox_test_requests_total';
      await setMetric({ name, type: 'counter', value: 90, labels: { run, code: '200' } });
      await setMetric({ name, type: 'counter', value: 10, labels: { run, code: '500' } });
      const promql = `sum(${name}{run="${run}",code="200"}) / sum(${name}{run="${run}"})`;
      const value = await eventually(async () => {
        const result = (await query(promql)).data.result[0]?.value[1];
        return result === '0.9' ? result : undefined;
      }, 60_000);
      expect(Number(value)).toBe(0.9);
    },
    testTimeoutMs,
  );
});
