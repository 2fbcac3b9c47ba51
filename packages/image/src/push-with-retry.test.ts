import { describe, expect, it } from '@jest/globals';
import { ConfigError, ExecError, TransientError, memoryLogger } from '@slipway/kit';
import { pushWithRetry } from './push-with-retry';

const failure = (stderr: string) => new ExecError('docker exited with code 1', { exitCode: 1, stdout: '', stderr });
const policy = (sleeps: number[]) => ({
  attempts: 4,
  deadlineMs: 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  random: () => 0.5,
  sleep: async (ms: number) => void sleeps.push(ms),
});

describe('pushWithRetry', () => {
  it('retries a 503 twice, logging each retry, then succeeds', async () => {
    const sleeps: number[] = [];
    const logger = memoryLogger();
    let calls = 0;
    const result = await pushWithRetry(
      '127.0.0.1:5000',
      'Push of app:1',
      async () => {
        if (++calls <= 2) throw failure('received unexpected HTTP status: 503 Service Unavailable');
        return 'ok';
      },
      policy(sleeps),
      logger,
    );
    expect(result).toEqual({ value: 'ok', attempts: 3 });
    expect(sleeps).toEqual([500, 1000]);
    expect(logger.lines).toEqual([
      'warning: Push of app:1 to 127.0.0.1:5000: attempt 1 of 4 failed (Push of app:1 to 127.0.0.1:5000 failed: HTTP 503: received unexpected HTTP status: 503 Service Unavailable); retrying in 500ms',
      'warning: Push of app:1 to 127.0.0.1:5000: attempt 2 of 4 failed (Push of app:1 to 127.0.0.1:5000 failed: HTTP 503: received unexpected HTTP status: 503 Service Unavailable); retrying in 1.0s',
    ]);
  });

  it('never retries a 401: one attempt, a ConfigError naming the registry and the status', async () => {
    let calls = 0;
    const error = await pushWithRetry(
      '127.0.0.1:5001',
      'Push of app:1',
      async () => {
        calls++;
        throw failure('unauthorized: authentication required');
      },
      policy([]),
      memoryLogger(),
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'Push of app:1 to 127.0.0.1:5001 failed: HTTP 401: unauthorized: authentication required (check the credentials for 127.0.0.1:5001: username/password or docker-config)',
    );
  });

  it('gives up after the attempts, saying how many', async () => {
    let calls = 0;
    const error = await pushWithRetry(
      '127.0.0.1:9',
      'Push of app:1',
      async () => {
        calls++;
        throw failure('dial tcp 127.0.0.1:9: connect: connection refused');
      },
      policy([]),
      memoryLogger(),
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toBe(
      'Push of app:1 to 127.0.0.1:9 failed: error: dial tcp 127.0.0.1:9: connect: connection refused (gave up after 4 attempts)',
    );
  });

  it('stops at the deadline', async () => {
    let clock = 0;
    let calls = 0;
    const error = await pushWithRetry(
      '127.0.0.1:9',
      'Push',
      async () => {
        calls++;
        clock += 4000;
        throw failure('i/o timeout');
      },
      { ...policy([]), attempts: 10, deadlineMs: 10_000, random: () => 1, now: () => clock },
      memoryLogger(),
    ).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect((error as Error).message).toMatch(/gave up after 2 attempts within the 10s deadline/);
  });
});
