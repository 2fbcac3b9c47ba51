import { afterEach, describe, expect, it } from '@jest/globals';
import { withCacheRoot } from './cache-root';

const original = process.env['RUNNER_TOOL_CACHE'];
afterEach(() => {
  if (original === undefined) delete process.env['RUNNER_TOOL_CACHE'];
  else process.env['RUNNER_TOOL_CACHE'] = original;
});

/** A promise and the function that settles it, so a test decides when each install ends. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('withCacheRoot', () => {
  it('keeps the root set until the last of two overlapping installs is done, then restores what was there', async () => {
    delete process.env['RUNNER_TOOL_CACHE'];
    const [first, second] = [gate(), gate()];
    const seen: Array<string | undefined> = [];
    const a = withCacheRoot('/cache/a', async () => {
      await first.wait;
      seen.push(process.env['RUNNER_TOOL_CACHE']);
    });
    const b = withCacheRoot('/cache/a', async () => {
      await second.wait;
      seen.push(process.env['RUNNER_TOOL_CACHE']);
    });
    first.open();
    await a;
    // The first install is done; the second still runs and must still see its root.
    expect(process.env['RUNNER_TOOL_CACHE']).toBe('/cache/a');
    second.open();
    await b;
    expect(seen).toEqual(['/cache/a', '/cache/a']);
    expect(process.env['RUNNER_TOOL_CACHE']).toBeUndefined();
  });

  it('restores a root the runner had set', async () => {
    process.env['RUNNER_TOOL_CACHE'] = '/opt/hostedtoolcache';
    await withCacheRoot('/cache/b', () => expect(process.env['RUNNER_TOOL_CACHE']).toBe('/cache/b'));
    expect(process.env['RUNNER_TOOL_CACHE']).toBe('/opt/hostedtoolcache');
  });

  it('refuses another root while one is held, and restores it after a failed install', async () => {
    delete process.env['RUNNER_TOOL_CACHE'];
    const held = gate();
    const running = withCacheRoot('/cache/a', () => held.wait);
    await expect(withCacheRoot('/cache/other', () => 1)).rejects.toThrow(
      'tool cache: /cache/other asked for while installs run in /cache/a; installs at the same time share one root',
    );
    held.open();
    await running;
    await expect(withCacheRoot('/cache/c', () => Promise.reject(new Error('download failed')))).rejects.toThrow(
      'download failed',
    );
    expect(process.env['RUNNER_TOOL_CACHE']).toBeUndefined();
  });
});
