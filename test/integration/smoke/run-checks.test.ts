import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { maskSecret, memoryLogger } from '@slipway/kit';
import { parseChecks, runChecks, type RunOptions } from '@slipway/smoke';
import { fakeClock } from '../../support/fake-clock';
import { closedPort, json, selfSignedCert, TestServer } from '../../support/test-server';

const options = (over: Partial<RunOptions> = {}): RunOptions => ({
  deadlineMs: 10_000,
  intervalMs: 20,
  maxIntervalMs: 100,
  concurrency: 4,
  insecureTls: false,
  secrets: [],
  ...over,
});

/**
 * Options whose deadline runs on a fake clock: a failing check retries until the deadline without
 * real waits, and a slow machine cannot cut its first attempt short (no timed assertion).
 */
const onFakeClock = (over: Partial<RunOptions> = {}): RunOptions => {
  const clock = fakeClock();
  return options({ now: clock.now, sleep: clock.sleep, ...over });
};

const specs = (yaml: unknown[], baseUrl: string) =>
  parseChecks(yaml, { where: 'test', baseUrl: new URL(baseUrl), defaultRequestTimeoutMs: 2000 });

describe('runChecks against a real HTTP server', () => {
  const server = new TestServer();
  let flaky = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  beforeAll(async () => {
    await server
      .route('/health', (_req, res) =>
        json(res, 200, { status: 'ok', version: '1.2.3', build: { commit: 'abc123' } }, { 'x-app': 'demo' }),
      )
      .route('/flaky', (_req, res) =>
        ++flaky <= 3 ? json(res, 503, { status: 'starting' }) : json(res, 200, { status: 'ok' }),
      )
      .route('/busy', (_req, res) => json(res, 503, { status: 'busy' }, { 'retry-after': '1' }))
      .route('/slow', (_req, res) => void setTimeout(() => json(res, 200, {}), 1500))
      .route('/html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Maintenance</h1>'))
      .route('/echo', (req, res) => json(res, 200, { authorization: req.headers['authorization'] }))
      .route('/slow-ish', (_req, res) => void setTimeout(() => json(res, 200, {}), 50))
      .route('/pool', (_req, res) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          json(res, 200, {});
        }, 50);
      })
      .start();
  });
  afterAll(() => server.stop());

  it('passes a check whose status, body, JSON paths and headers all match', async () => {
    const report = await runChecks(
      specs(
        [
          {
            name: 'health',
            path: '/health',
            expect: {
              status: '2xx',
              'body-contains': 'ok',
              'body-matches': '"version":"1\\.\\d+\\.\\d+"',
              json: { '$.status': 'ok', '$.build.commit': 'abc123' },
              header: { 'X-App': 'demo' },
              'max-latency': '5s',
            },
          },
        ],
        server.url,
      ),
      options(),
      memoryLogger(),
    );
    expect(report).toMatchObject({ passed: true, total: 1, failed: 0 });
    expect(report.checks[0]).toMatchObject({ passed: true, attempts: 1, status: 200, mismatches: [] });
  });

  it('retries a target that fails three times, then reports it passed on the fourth attempt', async () => {
    flaky = 0;
    const clock = fakeClock();
    const before = server.count('/flaky');
    const report = await runChecks(
      specs([{ path: '/flaky', expect: { json: { '$.status': 'ok' } } }], server.url),
      options({ now: clock.now, sleep: clock.sleep }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: true, attempts: 4, status: 200 });
    expect(server.count('/flaky') - before).toBe(4);
    // Three waits between four attempts, each inside the backoff's ceiling (20, 40, 80 ms).
    expect(clock.waits).toHaveLength(3);
    clock.waits.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(20 * 2 ** i));
  });

  it('waits the Retry-After of a 503 before the next attempt, and starts none past the deadline', async () => {
    const before = server.requests.length;
    const clock = fakeClock();
    const report = await runChecks(
      specs([{ path: '/busy' }], server.url),
      options({ deadlineMs: 2500, now: clock.now, sleep: clock.sleep }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: false, status: 503 });
    // Retry-After: 1 outweighs the 20 ms interval: attempts at 0, 1 s and 2 s; a fourth at 3 s is past 2.5 s.
    expect(clock.waits).toEqual([1000, 1000]);
    expect(report.checks[0]?.attempts).toBe(3);
    expect(server.requests.length - before).toBe(3);
  });

  it('names what was expected and what came back for a wrong body and a wrong JSON value', async () => {
    const report = await runChecks(
      specs(
        [
          { name: 'body', path: '/html', expect: { 'body-contains': 'Welcome' } },
          { name: 'version', path: '/health', expect: { json: { '$.version': '2.0.0', '$.missing': 1 } } },
        ],
        server.url,
      ),
      onFakeClock({ deadlineMs: 300 }),
      memoryLogger(),
    );
    expect(report).toMatchObject({ passed: false, failed: 2 });
    expect(report.checks[0]?.mismatches).toEqual([
      { what: 'body-contains', expected: '"Welcome"', actual: 'not found in body' },
    ]);
    expect(report.checks[0]?.bodySnippet).toBe('<h1>Maintenance</h1>');
    expect(report.checks[1]?.mismatches).toEqual([
      { what: 'json $.version', expected: '"2.0.0"', actual: '"1.2.3"' },
      { what: 'json $.missing', expected: '1', actual: '(missing)' },
    ]);
  });

  it('gives up on a slow response at the request timeout and says so', async () => {
    const report = await runChecks(
      specs([{ path: '/slow', timeout: '200ms' }], server.url),
      onFakeClock({ deadlineMs: 600 }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: false, error: 'no response within 200ms' });
  });

  it('fails a check over its latency budget, judging repeat samples by their p95', async () => {
    const report = await runChecks(
      specs(
        [
          { name: 'fast', path: '/health', repeat: 20, expect: { 'max-latency': '5s' } },
          { name: 'too slow', path: '/slow-ish', expect: { 'max-latency': '1ms' } },
        ],
        server.url,
      ),
      onFakeClock({ deadlineMs: 500 }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: true });
    expect(report.checks[0]?.samplesMs).toHaveLength(20);
    expect(report.checks[0]?.latency?.p95).toBeGreaterThanOrEqual(report.checks[0]?.latency?.p50 ?? Infinity);
    expect(report.checks[1]?.mismatches[0]).toMatchObject({ what: 'latency', expected: '≤ 1ms' });
  });

  it('keeps at most `concurrency` checks in flight', async () => {
    maxInFlight = 0;
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `c${i}`, path: '/pool' }));
    const report = await runChecks(specs(many, server.url), options({ concurrency: 3 }), memoryLogger());
    expect(report).toMatchObject({ passed: true, total: 12 });
    expect(maxInFlight).toBe(3);
  });

  it('reports connection refused and stops at the deadline', async () => {
    const port = await closedPort();
    const clock = fakeClock();
    const report = await runChecks(
      specs([{ url: `http://127.0.0.1:${port}/health` }], server.url),
      options({ deadlineMs: 300, now: clock.now, sleep: clock.sleep }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: false, error: 'connection refused', status: undefined });
    // Retried until the next wait would end past the deadline: one attempt more than the waits.
    expect(report.checks[0]?.attempts).toBe(clock.waits.length + 1);
    expect(clock.waits.length).toBeGreaterThan(0);
    expect(clock.now()).toBeLessThan(300);
  });

  it('never lets a secret header value reach the report, even when the server echoes it', async () => {
    const secret = 'Bearer s3cr3t-t0ken-value';
    maskSecret(secret);
    const checks = specs([{ path: '/echo', expect: { 'body-contains': 'nope' } }], server.url);
    checks[0]!.headers['authorization'] = secret;
    const report = await runChecks(checks, onFakeClock({ deadlineMs: 200, secrets: [secret] }), memoryLogger());
    expect(server.requests.some((r) => r.headers['authorization'] === secret)).toBe(true);
    const text = JSON.stringify(report);
    expect(text).not.toContain('s3cr3t');
    expect(report.checks[0]?.bodySnippet).toContain('***');
  });

  it('stops when cancelled, without waiting for the deadline', async () => {
    const controller = new AbortController();
    const port = await closedPort();
    setTimeout(() => controller.abort(new Error('Cancelled by SIGINT')), 200);
    const run = runChecks(
      specs([{ url: `http://127.0.0.1:${port}/` }], server.url),
      options({ deadlineMs: 60_000, signal: controller.signal }),
      memoryLogger(),
    );
    const report = await run;
    expect(report).toMatchObject({ passed: false, cancelled: true });
    expect(report.checks[0]?.error).toMatch(/^(connection refused|cancelled before a response)$/);
  });
});

describe('runChecks against a real HTTPS server with a self-signed certificate', () => {
  const server = new TestServer();
  beforeAll(async () => {
    await server.route('/health', (_req, res) => json(res, 200, { status: 'ok' })).start(selfSignedCert());
  });
  afterAll(() => server.stop());

  it('rejects the certificate by default and names insecure-tls as the way out', async () => {
    const report = await runChecks(
      specs([{ path: '/health' }], server.url),
      onFakeClock({ deadlineMs: 300 }),
      memoryLogger(),
    );
    expect(report.checks[0]?.passed).toBe(false);
    expect(report.checks[0]?.error).toMatch(
      /^TLS certificate rejected \(DEPTH_ZERO_SELF_SIGNED_CERT\); set insecure-tls/,
    );
  });

  it('passes with insecure-tls', async () => {
    const report = await runChecks(
      specs([{ path: '/health' }], server.url),
      options({ insecureTls: true }),
      memoryLogger(),
    );
    expect(report.checks[0]).toMatchObject({ passed: true, status: 200 });
  });
});
