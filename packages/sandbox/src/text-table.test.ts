import { describe, expect, it } from '@jest/globals';
import { textTable } from './text-table';

describe('textTable', () => {
  it('aligns columns under a header rule, numbers on the right', () => {
    expect(
      textTable(
        ['job', 'result', 'duration'],
        [
          ['gate (lint-scan)', 'succeeded', '12.3 s'],
          ['build (build-push)', 'succeeded', '101.0 s'],
        ],
        { right: [2] },
      ),
    ).toBe(
      [
        'job                 result     duration',
        '──────────────────  ─────────  ────────',
        'gate (lint-scan)    succeeded    12.3 s',
        'build (build-push)  succeeded   101.0 s',
      ].join('\n'),
    );
  });

  it('fits the width by wrapping the longest cells, never cutting them', () => {
    const digest = `127.0.0.1:48505/e2e-abc/web@sha256:${'0123456789abcdef'.repeat(4)}`;
    const table = textTable(['figure', 'value'], [['image (digest-pinned)', digest]], { width: 60 });
    const lines = table.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(
      lines
        .slice(2)
        .map((line) => line.slice(23))
        .join(''),
    ).toBe(digest);
    expect(lines[2]!.startsWith('image (digest-pinned)  ')).toBe(true);
  });

  it('wraps at spaces where it can', () => {
    const table = textTable(['k', 'v'], [['canary', 'succeeded at step 3, weight 100%']], { width: 20 });
    expect(table.split('\n').slice(2)).toEqual(['canary  succeeded at', '        step 3,', '        weight 100%']);
  });
});
