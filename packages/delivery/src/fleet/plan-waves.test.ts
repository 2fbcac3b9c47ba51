import { describe, expect, it } from '@jest/globals';
import { groupWaves } from './plan-waves';

const names = (n: number) => Array.from({ length: n }, (_, i) => `c-${i + 1}`);

describe('groupWaves', () => {
  it('keeps explicit waves as written', () => {
    expect(groupWaves(['a', 'b', 'c'], { waves: [['b'], ['a', 'c']] })).toEqual({
      rule: 'waves',
      waves: [['b'], ['a', 'c']],
    });
  });

  it('cuts max-parallel chunks in declaration order, the last one shorter', () => {
    expect(groupWaves(names(5), { 'max-parallel': 2 }).waves).toEqual([['c-1', 'c-2'], ['c-3', 'c-4'], ['c-5']]);
  });

  it('cuts wave-percent chunks of ceil(n × p / 100)', () => {
    expect(groupWaves(names(10), { 'wave-percent': 25 }).waves.map((w) => w.length)).toEqual([3, 3, 3, 1]);
    expect(groupWaves(names(3), { 'wave-percent': 1 }).waves.map((w) => w.length)).toEqual([1, 1, 1]);
    expect(groupWaves(names(7), { 'wave-percent': 100 }).waves).toEqual([names(7)]);
  });

  it('puts every cluster in one wave by default', () => {
    expect(groupWaves(names(4), {})).toEqual({ rule: 'one wave', waves: [names(4)] });
  });
});
