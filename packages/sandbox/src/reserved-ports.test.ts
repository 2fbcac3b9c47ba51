import { describe, expect, it } from '@jest/globals';
import { withReservedRange } from './reserved-ports';

describe('reserved ports', () => {
  it('adds the block to an empty list or beside other ranges', () => {
    expect(withReservedRange('\n', 47600, 47699)).toBe('47600-47699');
    expect(withReservedRange('1000,47100-47199\n', 47600, 47699)).toBe('1000,47100-47199,47600-47699');
  });

  it('leaves a list that already covers the block as it is', () => {
    expect(withReservedRange('47000-47999\n', 47600, 47699)).toBeUndefined();
    expect(withReservedRange('47600-47699', 47600, 47699)).toBeUndefined();
  });
});
