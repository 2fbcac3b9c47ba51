import { describe, it, expect } from '@jest/globals';
import { CancelledError } from './errors';
import { sleep } from './sleep';

describe('sleep', () => {
  it('resolves after the wait', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new CancelledError('already'));
    await expect(sleep(60_000, controller.signal)).rejects.toThrow('already');
  });

  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleep(3_600_000, controller.signal);
    controller.abort(new CancelledError('Cancelled by SIGTERM'));
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as Error).message).toBe('Cancelled by SIGTERM');
  });

  it('a non-Error reason becomes a CancelledError', async () => {
    const controller = new AbortController();
    const waiting = sleep(3_600_000, controller.signal);
    controller.abort('stop');
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
  });
});
