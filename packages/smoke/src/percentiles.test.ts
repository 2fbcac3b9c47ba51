import { describe, it, expect } from '@jest/globals';
import { latencyStats, percentile } from './percentiles';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('percentile (nearest rank)', () => {
  it('is undefined for no values', () => {
    expect(percentile([], 50)).toBeUndefined();
  });

  it('is the one value of a single sample, at any p', () => {
    for (const p of [0, 1, 50, 95, 100]) expect(percentile([42], p)).toBe(42);
  });

  it.each([
    [0, 1],
    [10, 1],
    [11, 2],
    [50, 5],
    [51, 6],
    [90, 9],
    [95, 10],
    [99, 10],
    [100, 10],
  ])('of 1..10 at p%d is %d', (p, value) => {
    expect(percentile(oneToTen, p)).toBe(value);
  });

  it('picks an observed value, never an interpolation', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([10, 20], 75)).toBe(20);
    expect(percentile([1.5, 2.5], 50)).toBe(1.5);
  });

  it('takes the 95th of 20 samples as the 19th smallest', () => {
    const samples = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(samples, 95)).toBe(190);
  });

  it('sorts numerically, not as text, and leaves the input alone', () => {
    const values = [100, 9, 25, 3];
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 50)).toBe(9);
    expect(values).toEqual([100, 9, 25, 3]);
  });
});

describe('latencyStats', () => {
  it('is undefined for no samples', () => {
    expect(latencyStats([])).toBeUndefined();
  });

  it('gives p50, p95 and max', () => {
    expect(latencyStats([30, 10, 20])).toEqual({ p50: 20, p95: 30, max: 30 });
    expect(latencyStats(oneToTen)).toEqual({ p50: 5, p95: 10, max: 10 });
  });

  it('lets one slow outlier in 100 pass p95 but show in max', () => {
    const samples = [...Array.from({ length: 99 }, () => 12), 900];
    expect(latencyStats(samples)).toEqual({ p50: 12, p95: 12, max: 900 });
  });
});
