import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadStarter } from '@slipway/canary';
import { parseLoad } from '@slipway/smoke';
import { json, TestServer } from '../../support/test-server';

const logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  group: async <T>(_: string, f: () => Promise<T>) => f(),
};

describe('loadStarter against a real local server', () => {
  const server = new TestServer();
  beforeAll(async () => {
    let n = 0;
    server.route('/canary', (_req, res) => json(res, ++n % 5 === 0 ? 500 : 200, { ok: true }));
    await server.start();
  });
  afterAll(() => server.stop());

  it('counts every response the server sent in the window, 500s as errors', async () => {
    const spec = parseLoad(
      { url: `${server.url}/canary`, rps: 100, concurrency: 5, duration: '1s' },
      { where: "Input 'load'", baseUrl: undefined, defaultRequestTimeoutMs: 5000 },
    );
    const running = loadStarter(spec, logger as never)();
    const finished = await running.finished;
    const report = await running.stop();
    expect(report).toBe(finished);
    expect(report.sent + report.dropped).toBe(100);
    const window = running.take();
    const seen = server.count('/canary');
    expect(report.sent).toBe(seen);
    expect(window.settled).toBe(seen);
    expect(window.values!['error-rate']).toBeCloseTo(Math.floor(seen / 5) / seen);
    expect(window.values!.p95).toBeGreaterThanOrEqual(window.values!.p50);
    // The next window starts empty.
    expect(running.take()).toEqual({ settled: 0, values: undefined });
  });
});
