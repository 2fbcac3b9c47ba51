import { describe, it, expect } from '@jest/globals';
import { formatDuration, parseDurationMs } from './duration';

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1m30s500ms', 90_500],
    ['1.5s', 1500],
    ['0.5m', 30_000],
    ['0s', 0],
    [' 45s ', 45_000],
    ['30', 30_000],
    ['2.5', 2500],
    ['0', 0],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  it.each(['', 'soon', '-5s', '-5', '5d', '5 s', '1h 30m', '1.5.5s', 's', '.5s', '5s!', 'Infinity', 'NaN', '1e3'])(
    'rejects %j',
    (text) => {
      expect(parseDurationMs(text)).toBeUndefined();
    },
  );

  it('rejects numbers too large to be a finite duration', () => {
    expect(parseDurationMs(`${'9'.repeat(400)}s`)).toBeUndefined();
    expect(parseDurationMs('9'.repeat(400))).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [450, '450ms'],
    [999, '999ms'],
    [1000, '1.0s'],
    [1500, '1.5s'],
    [9_900, '9.9s'],
    [12_400, '12s'],
    [59_000, '59s'],
    [60_000, '1m'],
    [90_000, '1m 30s'],
    [125_000, '2m 5s'],
    [3_600_000, '60m'],
  ])('formats %d ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('carries rounded seconds into minutes: never "60s" or "1m 60s"', () => {
    expect(formatDuration(59_700)).toBe('1m');
    expect(formatDuration(119_600)).toBe('2m');
    expect(formatDuration(179_999)).toBe('3m');
  });

  it('reads back what parseDurationMs reads', () => {
    expect(formatDuration(parseDurationMs('1m30s') ?? NaN)).toBe('1m 30s');
  });
});
