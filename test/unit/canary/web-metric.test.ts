import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyseStep, type QueryAnswer } from '../../../packages/canary/src/analyse-step';
import { parseMetrics, type MetricSpec } from '../../../packages/canary/src/metric-spec';
import { numberAt, WebMetricClient } from '../../../packages/canary/src/web-metric-client';
import { fakeClock } from '../../support/fake-clock';
import { closedPort, json, TestServer } from '../../support/test-server';

const context = { canary: 'web-canary', stable: 'web', namespace: 'prod', intervalMs: 30_000 };
const server = new TestServer();
let answer: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  await server.start();
  server.route('/query', (_req, res) => {
    if (typeof answer.body === 'string') res.writeHead(answer.status).end(answer.body);
    else json(res, answer.status, answer.body);
  });
});
afterAll(() => server.stop());

function metric(url: string, extra: Record<string, unknown> = {}): MetricSpec {
  return parseMetrics([
    { name: 'errors', provider: 'web', url, 'json-path': '$.data[0].value', max: 0.05, ...extra },
  ])[0]!;
}

/** One step of 3 samples against the web metric, on a fake clock. */
async function step(spec: MetricSpec) {
  const clock = fakeClock();
  const client = new WebMetricClient({ attempts: 2, baseDelayMs: 1, sleep: clock.sleep });
  const verdict = await analyseStep({
    metrics: [spec],
    count: 3,
    intervalMs: 30_000,
    failureLimit: 0,
    holdMs: 60_000,
    context,
    query: (text, signal, s): Promise<QueryAnswer> => client.query(s!, text, context, signal),
    now: clock.now,
    sleep: clock.sleep,
  });
  return { verdict, clock };
}

describe('the web metric provider against a real HTTP JSON endpoint', () => {
  it('passes a step whose values stay in range; the URL is templated and the headers sent', async () => {
    answer = { status: 200, body: { data: [{ value: '0.01' }] } };
    const before = server.requests.length;
    const spec = metric(`${server.url}/query?service={{ canary }}&ns={{ namespace }}`, {
      headers: { Authorization: 'Bearer api-t0ken' },
    });
    const { verdict, clock } = await step(spec);
    expect(verdict.verdict).toBe('pass');
    expect(verdict.samples.map((s) => s.value)).toEqual([0.01, 0.01, 0.01]);
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatchObject({ method: 'GET', url: '/query?service=web-canary&ns=prod' });
    expect(sent[0]?.headers['authorization']).toBe('Bearer api-t0ken');
    expect(clock.waits).toEqual([30_000, 30_000, 30_000]);
  });

  it('fails at the first value out of range', async () => {
    answer = { status: 200, body: { data: [{ value: 0.2 }] } };
    const { verdict } = await step(metric(`${server.url}/query`));
    expect(verdict.verdict).toBe('fail');
    expect(verdict.samples).toHaveLength(1);
    expect(verdict.decidedBy).toMatchObject({ metric: 'errors', value: 0.2, threshold: '≤ 0.05' });
  });

  it('POSTs a templated body', async () => {
    answer = { status: 200, body: { data: [{ value: 0 }] } };
    const before = server.requests.length;
    const spec = metric(`${server.url}/query`, { method: 'POST', body: { query: 'errors{svc="{{ canary }}"}' } });
    expect(await new WebMetricClient().query(spec, `${server.url}/query`, context)).toEqual({ value: 0 });
    expect(server.requests[before]).toMatchObject({ method: 'POST', body: '{"query":"errors{svc=\\"web-canary\\"}"}' });
  });

  it.each([
    ['no value at the path', { data: [] }, 'no $.data[0].value in the answer'],
    ['null', { data: [{ value: null }] }, '$.data[0].value is null'],
    ['not a number', { data: [{ value: 'n/a' }] }, '$.data[0].value is "n/a", not a number'],
    ['not JSON', 'oops', 'the answer is not JSON'],
  ])('no data (%s) is inconclusive, never a pass', async (_what, body, note) => {
    answer = { status: 200, body };
    const { verdict } = await step(metric(`${server.url}/query`));
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.samples[0]).toMatchObject({ value: undefined, verdict: 'inconclusive', note });
  });

  it('an endpoint that keeps answering 503 is inconclusive after its retries', async () => {
    answer = { status: 503, body: {} };
    const before = server.requests.length;
    const { verdict } = await step(metric(`${server.url}/query`));
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.samples[0]?.note).toMatch(/the web metric errors at http:\/\/127\.0\.0\.1:\d+ answered 503/);
    expect(server.requests.length - before).toBe(2);
  });

  it('an unreachable endpoint is inconclusive, never a pass', async () => {
    const port = await closedPort();
    const { verdict } = await step(metric(`http://127.0.0.1:${port}/query`));
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.samples[0]?.note).toMatch(/ECONNREFUSED/);
  });

  it('a refused request (401) is inconclusive and names the headers', async () => {
    answer = { status: 401, body: {} };
    const { verdict } = await step(metric(`${server.url}/query`));
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.samples[0]?.note).toContain('refused the request (401): check its headers');
  });
});

describe('numberAt', () => {
  it('reads numbers and numeric text', () => {
    expect(numberAt({ a: [1, 2] }, '$.a[1]')).toEqual({ value: 2 });
    expect(numberAt({ a: ' 3.5 ' }, 'a')).toEqual({ value: 3.5 });
    expect(numberAt({ a: '' }, 'a')).toEqual({ value: undefined, note: 'a is "", not a number' });
    expect(numberAt({ a: { b: 1 } }, 'a')).toEqual({ value: undefined, note: 'a is {"b":1}, not a number' });
  });
});
