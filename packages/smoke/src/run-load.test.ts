import { describe, expect, it } from '@jest/globals';
import type { ProbeRequest, ProbeResponse } from './http-probe';
import { parseChecks } from './parse-checks';
import { parseLoad } from './parse-load';
import { runLoad } from './run-load';

const context = { where: "Input 'load'", baseUrl: new URL('http://canary.test'), defaultRequestTimeoutMs: 5000 };
const check = parseChecks([{ path: '/health', expect: { status: '2xx', json: { '$.ok': true } } }], context)[0]!;

/** A clock that only moves when the code under test sleeps, and the times it slept. */
function fakeClock() {
  let t = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    set: (ms: number) => (t = ms),
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
  };
}

const answer = (status: number, latencyMs: number, body = '{"ok":true}'): ProbeResponse => ({
  ok: true,
  status,
  headers: {},
  body,
  latencyMs,
});

describe('runLoad', () => {
  it('starts one request per slot on the schedule (rps), open loop, for the duration', async () => {
    const clock = fakeClock();
    const startedAt: number[] = [];
    const report = await runLoad(
      { check, rps: 10, concurrency: 5, durationMs: 2000 },
      {
        insecureTls: false,
        now: clock.now,
        sleep: clock.sleep,
        send: async (request: ProbeRequest) => {
          expect(request.url.href).toBe('http://canary.test/health');
          startedAt.push(clock.now());
          return answer(200, 3);
        },
      },
    );
    expect(startedAt).toEqual(Array.from({ length: 20 }, (_, i) => i * 100));
    expect(clock.waits).toEqual(Array.from({ length: 19 }, () => 100));
    expect(report).toMatchObject({ sent: 20, passed: 20, failed: 0, errors: 0, dropped: 0, errorRate: 0 });
    expect(report.statuses).toEqual({ '200': 20 });
    expect(report.achievedRps).toBe(10);
  });

  it('starts every slot that fell due while it slept, in one wake-up', async () => {
    const clock = fakeClock();
    const startedAt: number[] = [];
    // 2,000/s is a slot every 0.5ms: no timer waits that little, so each 1ms wake-up starts two.
    const report = await runLoad(
      { check, rps: 2000, concurrency: 50, durationMs: 1000 },
      {
        insecureTls: false,
        now: clock.now,
        sleep: clock.sleep,
        send: async () => (startedAt.push(clock.now()), answer(200, 1)),
      },
    );
    expect(report.sent).toBe(2000);
    expect(new Set(clock.waits)).toEqual(new Set([1]));
    expect(startedAt.filter((t) => t === 10)).toHaveLength(2);
  });

  it('holds slots past the concurrency cap until one frees, and drops those still waiting at the end', async () => {
    const clock = fakeClock();
    const pending: Array<() => void> = [];
    const run = runLoad(
      { check, rps: 10, concurrency: 2, durationMs: 1000 },
      {
        insecureTls: false,
        now: clock.now,
        sleep: clock.sleep,
        send: () => new Promise<ProbeResponse>((resolve) => pending.push(() => resolve(answer(200, 900)))),
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending).toHaveLength(2);
    // One answer inside the run: a waiting slot takes its place at once.
    pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending).toHaveLength(2);
    // The rest after the run's end: nothing more starts.
    clock.set(5000);
    while (pending.length) pending.shift()!();
    const report = await run;
    expect(report).toMatchObject({ sent: 3, passed: 3, dropped: 7 });
  });

  it('counts failed expectations and network errors apart, with the first failure worded', async () => {
    const clock = fakeClock();
    let i = 0;
    const report = await runLoad(
      { check, rps: 100, concurrency: 10, durationMs: 1000 },
      {
        insecureTls: false,
        now: clock.now,
        sleep: clock.sleep,
        send: async () => {
          i++;
          if (i % 10 === 0) return { ok: false, error: 'connection refused', latencyMs: 1, timedOut: false };
          return i % 5 === 0 ? answer(500, i) : answer(200, i);
        },
      },
    );
    expect(report).toMatchObject({ sent: 100, passed: 80, failed: 10, errors: 10, dropped: 0 });
    expect(report.errorRate).toBeCloseTo(0.2);
    expect(report.statuses).toEqual({ '200': 80, '500': 10, error: 10 });
    expect(report.firstFailure).toBe('status: expected 2xx, got 500');
    // 90 responses with latencies 1–99 except multiples of ten: nearest rank.
    expect(report.latency).toEqual({ p50: 49, p95: 95, p99: 99, max: 99 });
  });

  it('judges max-latency on each response', async () => {
    const clock = fakeClock();
    const slow = parseChecks([{ path: '/', expect: { 'max-latency': '50ms' } }], context)[0]!;
    let i = 0;
    const report = await runLoad(
      { check: slow, rps: 4, concurrency: 4, durationMs: 1000 },
      { insecureTls: false, now: clock.now, sleep: clock.sleep, send: async () => answer(200, ++i * 20) },
    );
    expect(report).toMatchObject({ sent: 4, passed: 2, failed: 2, firstFailure: 'latency: expected ≤ 50ms, got 60ms' });
  });

  it('stops starting requests once cancelled, and reports what was sent', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    let n = 0;
    const report = await runLoad(
      { check, rps: 10, concurrency: 5, durationMs: 10_000 },
      {
        insecureTls: false,
        signal: controller.signal,
        now: clock.now,
        sleep: clock.sleep,
        send: async () => {
          if (++n === 5) controller.abort();
          return answer(200, 1);
        },
      },
    );
    expect(report.sent).toBe(5);
    expect(report.dropped).toBe(95);
  });
});

describe('parseLoad', () => {
  it('takes a smoke check with rps, concurrency and duration', () => {
    const spec = parseLoad(
      {
        path: '/api',
        method: 'post',
        body: { a: 1 },
        expect: { status: 201 },
        rps: 50,
        concurrency: 8,
        duration: '30s',
      },
      context,
    );
    expect(spec).toMatchObject({ rps: 50, concurrency: 8, durationMs: 30_000 });
    expect(spec.check).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(spec.check.url.href).toBe('http://canary.test/api');
    expect(spec.check.expect.status).toEqual([{ from: 201, to: 201, text: '201' }]);
  });

  it('defaults concurrency to 50 and the duration to the caller’s', () => {
    expect(parseLoad({ path: '/', rps: 5 }, { ...context, defaultDurationMs: 60_000 })).toMatchObject({
      concurrency: 50,
      durationMs: 60_000,
    });
  });

  it.each([
    [{ path: '/', duration: '1m' }, "Input 'load': 'rps' expected an integer from 1 to 100000, got undefined"],
    [{ path: '/', rps: 0, duration: '1m' }, "Input 'load': 'rps' expected an integer from 1 to 100000, got 0"],
    [
      { path: '/', rps: 5, concurrency: 1.5, duration: '1m' },
      "Input 'load': 'concurrency' expected an integer from 1 to 10000, got 1.5",
    ],
    [
      { path: '/', rps: 5, duration: 'soon' },
      `Input 'load': 'duration' expected a duration such as "30s" or "2m" from 1s to 1h, got "soon"`,
    ],
    [{ path: '/', rps: 5, duration: '1m', repeat: 3 }, "Input 'load': 'repeat' has no meaning under load (use rps)"],
    [
      { path: '/', rps: 5, duration: '1m', colour: 1 },
      "Input 'load': check 1: unknown key 'colour', expected one of name, url, path, method, headers, body, expect, repeat, timeout",
    ],
    [['/'], `Input 'load': expected a map such as "{ path: /health, rps: 50, duration: 1m }"`],
  ])('refuses %j in one line', (document, message) => {
    expect(() => parseLoad(document, context)).toThrow(message);
  });
});
