import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseLoad, runLoad } from '@slipway/smoke';
import { json, TestServer } from '../support/test-server';

describe('runLoad against a real local server', () => {
  const server = new TestServer();
  beforeAll(async () => {
    let n = 0;
    server.route('/ok', (_req, res) => json(res, 200, { status: 'ok' }));
    server.route('/flaky', (_req, res) => json(res, ++n % 4 === 0 ? 500 : 200, { status: 'ok' }));
    await server.start();
  });
  afterAll(() => server.stop());

  it('reports the count of requests the server saw, every one judged', async () => {
    const spec = parseLoad(
      { path: '/ok', rps: 200, concurrency: 10, duration: '1s', expect: { json: { '$.status': 'ok' } } },
      { where: 'load', baseUrl: new URL(server.url), defaultRequestTimeoutMs: 5000 },
    );
    const report = await runLoad(spec, { insecureTls: false });
    expect(report.sent).toBeGreaterThan(0);
    expect(server.count('/ok')).toBe(report.sent);
    expect(report.sent + report.dropped).toBe(200);
    expect(report.passed).toBe(report.sent);
    expect(report.statuses).toEqual({ '200': report.sent });
    expect(report.latency!.p99).toBeGreaterThanOrEqual(report.latency!.p50);
  });

  it('counts the 500s the server sent as failures', async () => {
    const spec = parseLoad(
      { path: '/flaky', rps: 100, concurrency: 5, duration: '1s' },
      { where: 'load', baseUrl: new URL(server.url), defaultRequestTimeoutMs: 5000 },
    );
    const report = await runLoad(spec, { insecureTls: false });
    const seen = server.count('/flaky');
    expect(report.sent).toBe(seen);
    expect(report.failed).toBe(Math.floor(seen / 4));
    expect(report.statuses['500']).toBe(Math.floor(seen / 4));
    expect(report.errorRate).toBeCloseTo(Math.floor(seen / 4) / seen);
  });
});
