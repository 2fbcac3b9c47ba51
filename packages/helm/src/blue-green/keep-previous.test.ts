import { describe, expect, it } from '@jest/globals';
import { describeKeepPrevious, parseKeepPrevious } from './keep-previous';

describe('parseKeepPrevious', () => {
  it.each([
    [undefined, { kind: 'until-next' }],
    ['until-next', { kind: 'until-next' }],
    ['1', { kind: 'until-next' }],
    ['0', { kind: 'none' }],
    ['0s', { kind: 'none' }],
    ['15m', { kind: 'for', ms: 900_000 }],
    ['1h30m', { kind: 'for', ms: 5_400_000 }],
  ])('%s', (text, expected) => expect(parseKeepPrevious(text)).toEqual(expected));

  it.each(['2', 'forever', '7h', '-1m'])('refuses %s with one line naming the input', (text) => {
    expect(() => parseKeepPrevious(text)).toThrow(
      `Input 'keep-previous': expected "until-next" (or 1), 0, or a duration up to 6h such as "15m", got "${text}"`,
    );
  });

  it('says what happens to the old colour', () => {
    expect(describeKeepPrevious({ kind: 'for', ms: 90_000 })).toBe('kept running for 90s, then scaled down');
    expect(describeKeepPrevious({ kind: 'none' })).toBe('scaled down after the switch');
  });
});
