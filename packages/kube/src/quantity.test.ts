import { describe, expect, it } from '@jest/globals';
import { formatQuantity, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    ['1.5', 1.5],
    ['128Mi', 128 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['1e3', 1000],
    ['10', 10],
  ])('%s', (text, value) => expect(parseQuantity(text)).toBeCloseTo(value));
  it('is undefined for what is no quantity', () => expect(parseQuantity('lots')).toBeUndefined());
  it('formats for a line', () => {
    expect(formatQuantity('requests.cpu', 0.25)).toBe('250m');
    expect(formatQuantity('limits.memory', 384 * 2 ** 20)).toBe('384Mi');
    expect(formatQuantity('pods', 3)).toBe('3');
  });
});
