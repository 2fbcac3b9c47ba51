import { describe, expect, it } from '@jest/globals';
import { clockText, Progress, progressLine } from './progress';

function fakeTerminal(isTTY: boolean) {
  const clock = { ms: 0, now: () => clock.ms };
  const out = { isTTY, columns: 100, text: '', write: (chunk: string) => (out.text += chunk) };
  return { clock, out, progress: new Progress(out, { clock }) };
}

/** What a terminal shows after the escape sequences ("\x1b[nF\x1b[J": n lines up, clear below). */
function screen(text: string): string[] {
  const lines: string[] = [];
  const escape = String.fromCharCode(27);
  const rewind = new RegExp(`(${escape}\\[\\d+F${escape}\\[J)`);
  for (const part of text.split(rewind)) {
    const up = new RegExp(`^${escape}\\[(\\d+)F`).exec(part);
    if (up) lines.splice(lines.length - Number(up[1]));
    else lines.push(...part.split('\n').slice(0, -1));
  }
  return lines;
}

describe('progress lines', () => {
  it('say the step, its time so far, what it does and how long it took last time', () => {
    expect(clockText(9_400)).toBe('9s');
    expect(clockText(75_000)).toBe('1m15s');
    expect(clockText(3_600_000)).toBe('60m00s');
    expect(
      progressLine({
        name: 'kubernetes',
        elapsedMs: 192_000,
        doing: 'compiling k8s.io/api (1204/2981)',
        lastSeconds: 400,
      }),
    ).toBe('kubernetes    3m12s  compiling k8s.io/api (1204/2981)  · last time 6m40s');
  });

  it('cut what the step does, not its name or times, to fit the terminal', () => {
    const line = progressLine({ name: 'etcd', elapsedMs: 5_000, doing: 'x'.repeat(200), lastSeconds: 60 }, 79);
    expect(line).toHaveLength(79);
    expect(line.startsWith('etcd')).toBe(true);
    expect(line.endsWith('…  · last time 1m00s')).toBe(true);
  });

  it('give a log a line per running step at least every 20 s, and at once when the kind of work changes', () => {
    const { clock, out, progress } = fakeTerminal(false);
    const said: number[] = [];
    const write = out.write;
    out.write = (chunk: string) => (said.push(clock.ms), write(chunk));
    const build = progress.start('kubernetes', { seconds: 400, at: '' });
    build.doing('downloading modules (1): k8s.io/api v0.36.3', 'downloading');
    build.doing('downloading modules (2): k8s.io/client-go v0.36.3', 'downloading');
    for (let second = 1; second <= 65; second++) {
      clock.ms = second * 1000;
      if (second === 30) build.doing('compiling k8s.io/api/core/v1 (1/2981)', 'compiling');
      progress.tick();
    }
    build.end();
    clock.ms = 120_000;
    progress.tick();
    expect(out.text.split('\n').slice(0, 5)).toEqual([
      'kubernetes: started (last time 6m40s)',
      'kubernetes       0s  downloading modules (1): k8s.io/api v0.36.3  · last time 6m40s',
      'kubernetes      20s  downloading modules (2): k8s.io/client-go v0.36.3  · last time 6m40s',
      'kubernetes      30s  compiling k8s.io/api/core/v1 (1/2981)  · last time 6m40s',
      'kubernetes      50s  compiling k8s.io/api/core/v1 (1/2981)  · last time 6m40s',
    ]);
    expect(said).toEqual([0, 0, 20_000, 30_000, 50_000]);
    expect(out.text.includes('\x1b')).toBe(false);
  });

  it('keep one updating line per running step on a terminal, below what was logged', () => {
    const { clock, out, progress } = fakeTerminal(true);
    const kubernetes = progress.start('kubernetes');
    const etcd = progress.start('etcd', { seconds: 90, at: '' });
    clock.ms = 61_000;
    kubernetes.doing('compiling k8s.io/apiserver (10)', 'compiling');
    etcd.doing('linking etcd', 'linking');
    progress.tick();
    progress.log('registries: ok (0.5s)');
    expect(screen(out.text)).toEqual([
      'registries: ok (0.5s)',
      'kubernetes    1m01s  compiling k8s.io/apiserver (10)',
      'etcd          1m01s  linking etcd  · last time 1m30s',
    ]);
    etcd.end();
    progress.stop();
    expect(screen(out.text)).toEqual(['registries: ok (0.5s)']);
  });
});
