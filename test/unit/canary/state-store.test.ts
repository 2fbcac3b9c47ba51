import { describe, expect, it } from '@jest/globals';
import { startCanary, transition } from '../../../packages/canary/src/canary-state';
import { MemoryObjects } from '../../support/memory-objects';
import { CanaryBusyError, CanaryStateStore } from '../../../packages/canary/src/state-store';
import { parseSteps } from '../../../packages/canary/src/steps';

const state = (owner = 'run-1') =>
  startCanary(
    { release: 'web', namespace: 'prod', image: 'web:2', provider: 'nginx', steps: parseSteps('10, 100'), owner },
    0,
  );

describe('CanaryStateStore', () => {
  it('stores the state in a labelled ConfigMap and reads it back', async () => {
    const objects = new MemoryObjects();
    const store = new CanaryStateStore(objects, 'prod', 'web');
    await store.claim(state());
    const cm = objects.peek({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'prod', name: 'web-canary-state' });
    expect(cm?.metadata.labels).toEqual({ 'slipway.dev/canary-of': 'web', 'slipway.dev/canary-phase': 'progressing' });
    expect(await new CanaryStateStore(objects, 'prod', 'web').load()).toEqual(state());
  });

  it('refuses a second canary of the release while one is active, with a clear message', async () => {
    const objects = new MemoryObjects();
    await new CanaryStateStore(objects, 'prod', 'web', () => 180_000).claim(state());
    const second = new CanaryStateStore(objects, 'prod', 'web', () => 180_000);
    const error = await second.claim(state('run-2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CanaryBusyError);
    expect((error as Error).message).toBe(
      'Another canary of release web in prod is already running: progressing at step 1 of 2 (10%), image web:2, started 3m ago by run-1. ' +
        'Finish it first (action: resume, promote or abort); state in ConfigMap web-canary-state',
    );
  });

  it('lets a new canary replace a finished one', async () => {
    const objects = new MemoryObjects();
    const first = new CanaryStateStore(objects, 'prod', 'web');
    await first.claim(state());
    await first.save(transition(state(), { type: 'abort', reason: 'x' }, 1));
    await new CanaryStateStore(objects, 'prod', 'web').claim(state('run-2'));
    expect((await first.load())?.owner).toBe('run-2');
  });

  it('refuses a save after another run changed the state (resourceVersion lock)', async () => {
    const objects = new MemoryObjects();
    const a = new CanaryStateStore(objects, 'prod', 'web');
    await a.claim(state());
    const b = new CanaryStateStore(objects, 'prod', 'web');
    const seen = await b.load();
    await b.save(transition(seen!, { type: 'abort', reason: 'by hand' }, 1));
    await expect(a.save(state())).rejects.toThrow(/changed by another run \(now aborted/);
  });

  it('two claims racing on an absent object: one wins', async () => {
    const objects = new MemoryObjects();
    const results = await Promise.allSettled([
      new CanaryStateStore(objects, 'prod', 'web').claim(state('a')),
      new CanaryStateStore(objects, 'prod', 'web').claim(state('b')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(CanaryBusyError) });
  });
});
