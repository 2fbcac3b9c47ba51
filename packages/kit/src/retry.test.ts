import { describe, it, expect } from '@jest/globals';
import { CancelledError, ConfigError, TransientError } from './errors';
import { backoffDelay, parseRetryAfter, retry, type RetryInfo, type RetryOptions } from './retry';

/** A clock that only moves when retry sleeps, and records every wait. */
function fakeTime(start = 1_000_000) {
  let time = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      waits.push(ms);
      time += ms;
    },
  };
}

/** A function that fails with the given errors in turn, then returns 'ok'. */
function failing(...errors: unknown[]) {
  const calls: number[] = [];
  const fn = async (attempt: number) => {
    calls.push(attempt);
    if (calls.length <= errors.length) throw errors[calls.length - 1];
    return 'ok';
  };
  return { fn, calls };
}

const transient = (message = 'HTTP 503', retryAfterMs?: number) => new TransientError(message, { retryAfterMs });

function options(time: ReturnType<typeof fakeTime>, extra: RetryOptions = {}): RetryOptions {
  return { now: time.now, sleep: time.sleep, random: () => 1, ...extra };
}

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt from the base, up to the maximum', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, 1000, 30_000, top))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(60, 1000, 30_000, top)).toBe(30_000);
  });

  it('is full jitter: uniform between 0 and the ceiling', () => {
    expect(backoffDelay(3, 1000, 30_000, () => 0)).toBe(0);
    expect(backoffDelay(3, 1000, 30_000, () => 0.5)).toBe(2000);
    expect(backoffDelay(3, 1000, 30_000, () => 0.25)).toBe(1000);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(4, 1000, 30_000, Math.random);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });

  it('treats attempt 0 or less as the first', () => {
    expect(backoffDelay(0, 500, 30_000, () => 1)).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left from now', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
  });

  it('never returns a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('is undefined when there is no usable header', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('retry', () => {
  it('returns the first success without waiting', async () => {
    const time = fakeTime();
    const { fn, calls } = failing();
    await expect(retry(fn, options(time))).resolves.toBe('ok');
    expect(calls).toEqual([1]);
    expect(time.waits).toEqual([]);
  });

  it('retries transient failures with exponential, capped waits', async () => {
    const time = fakeTime();
    const { fn, calls } = failing(transient(), transient(), transient(), transient(), transient());
    const seen: RetryInfo[] = [];
    const result = await retry(fn, options(time, { baseDelayMs: 100, maxDelayMs: 500, onRetry: (i) => seen.push(i) }));
    expect(result).toBe('ok');
    expect(calls).toEqual([1, 2, 3, 4, 5, 6]);
    expect(time.waits).toEqual([100, 200, 400, 500, 500]);
    expect(seen.map((i) => [i.attempt, i.delayMs])).toEqual([
      [1, 100],
      [2, 200],
      [3, 400],
      [4, 500],
      [5, 500],
    ]);
    expect(seen[0]?.error).toBeInstanceOf(TransientError);
  });

  it('draws each wait from the injected random, between 0 and the ceiling', async () => {
    const time = fakeTime();
    const draws = [0, 0.5, 0.999];
    const { fn } = failing(transient(), transient(), transient());
    await retry(fn, options(time, { baseDelayMs: 1000, random: () => draws.shift() ?? 0 }));
    expect(time.waits).toEqual([0, 1000, 3996]);
  });

  it('uses 1s base and 30s maximum by default', async () => {
    const time = fakeTime();
    const { fn } = failing(...Array.from({ length: 7 }, () => transient()));
    await retry(fn, options(time));
    expect(time.waits).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('honours Retry-After as the least wait', async () => {
    const time = fakeTime();
    const { fn } = failing(transient('429', 45_000), transient('429', 10));
    await retry(fn, options(time, { baseDelayMs: 1000 }));
    expect(time.waits).toEqual([45_000, 2000]);
  });

  it('honours Retry-After even when jitter draws 0', async () => {
    const time = fakeTime();
    const { fn } = failing(transient('429', 7000));
    await retry(fn, options(time, { random: () => 0 }));
    expect(time.waits).toEqual([7000]);
  });

  it('throws a non-transient error at once, as it was', async () => {
    const time = fakeTime();
    const config = new ConfigError("Input 'x': expected y");
    const { fn, calls } = failing(transient(), config);
    await expect(retry(fn, options(time))).rejects.toBe(config);
    expect(calls).toEqual([1, 2]);
    expect(time.waits).toHaveLength(1);
  });

  it('does not retry plain errors by default, but does with isTransient', async () => {
    const time = fakeTime();
    const plain = new Error('ECONNRESET');
    await expect(retry(failing(plain).fn, options(time))).rejects.toBe(plain);
    const { fn, calls } = failing(plain, plain);
    const result = await retry(fn, options(time, { isTransient: (e) => (e as Error).message === 'ECONNRESET' }));
    expect(result).toBe('ok');
    expect(calls).toEqual([1, 2, 3]);
  });

  it('stops after the attempts limit and throws the last error', async () => {
    const time = fakeTime();
    const errors = [transient('one'), transient('two'), transient('three'), transient('four')];
    const { fn, calls } = failing(...errors);
    await expect(retry(fn, options(time, { attempts: 3 }))).rejects.toBe(errors[2]);
    expect(calls).toEqual([1, 2, 3]);
    expect(time.waits).toHaveLength(2);
  });

  it('with one attempt, never retries', async () => {
    const time = fakeTime();
    const { fn, calls } = failing(transient());
    await expect(retry(fn, options(time, { attempts: 1 }))).rejects.toThrow('HTTP 503');
    expect(calls).toEqual([1]);
  });

  it('starts no attempt after the deadline', async () => {
    const time = fakeTime();
    const { fn, calls } = failing(...Array.from({ length: 20 }, (_, i) => transient(`fail ${i + 1}`)));
    // waits of 1000, 2000, 4000 fit in 10s (7000 in all); the next (8000) would pass it.
    await expect(retry(fn, options(time, { deadlineMs: 10_000 }))).rejects.toThrow('fail 4');
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(time.waits).toEqual([1000, 2000, 4000]);
  });

  it('counts time spent in the attempts themselves against the deadline', async () => {
    const time = fakeTime();
    const calls: number[] = [];
    const slow = async (attempt: number) => {
      calls.push(attempt);
      time.advance(4000);
      throw transient();
    };
    await expect(retry(slow, options(time, { deadlineMs: 10_000 }))).rejects.toThrow('HTTP 503');
    // 4000 + 1000 wait + 4000 = 9000; a 2000 wait would start attempt 3 after the deadline.
    expect(calls).toEqual([1, 2]);
  });

  it('does not wait past the deadline for a long Retry-After', async () => {
    const time = fakeTime();
    const { fn, calls } = failing(transient('429', 120_000));
    await expect(retry(fn, options(time, { deadlineMs: 60_000 }))).rejects.toThrow('429');
    expect(calls).toEqual([1]);
    expect(time.waits).toEqual([]);
  });

  it('does not start when the signal is already aborted', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    controller.abort(new CancelledError('job cancelled'));
    const { fn, calls } = failing();
    await expect(retry(fn, options(time, { signal: controller.signal }))).rejects.toThrow('job cancelled');
    expect(calls).toEqual([]);
  });

  it('stops retrying when the signal aborts during a wait', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const { fn, calls } = failing(transient(), transient(), transient());
    const sleep = async (ms: number, signal?: AbortSignal) => {
      controller.abort(new CancelledError('cancelled while waiting'));
      await time.sleep(ms, signal);
    };
    const error = await retry(fn, { now: time.now, sleep, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(calls).toEqual([1]);
  });

  it('passes the signal to sleep, and stops when an attempt sees the abort', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const signals: Array<AbortSignal | undefined> = [];
    const calls: number[] = [];
    const fn = async (attempt: number) => {
      calls.push(attempt);
      if (attempt === 2) controller.abort(new CancelledError('stop'));
      throw transient();
    };
    const sleep = async (_ms: number, signal?: AbortSignal) => {
      signals.push(signal);
    };
    await expect(retry(fn, { now: time.now, sleep, signal: controller.signal, random: () => 0 })).rejects.toThrow(
      'stop',
    );
    expect(calls).toEqual([1, 2]);
    expect(signals[0]).toBe(controller.signal);
  });

  it('uses the real sleep when none is given', async () => {
    const { fn, calls } = failing(transient());
    await expect(retry(fn, { baseDelayMs: 1, random: () => 0 })).resolves.toBe('ok');
    expect(calls).toEqual([1, 2]);
  });
});
