import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './errors';
import { refuseOptionLike } from './inputs/option-like';
import { ownValue, setOwn } from './own-value';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('ownValue', () => {
  it.each(PROTOTYPE_NAMES)('finds nothing for %j in a plain object', (name) => {
    expect(ownValue({ staging: 1 }, name)).toBeUndefined();
  });

  it('finds own keys, a falsy value included', () => {
    expect(ownValue({ staging: 0 }, 'staging')).toBe(0);
  });
});

describe('setOwn', () => {
  it('keeps "__proto__" as an own key and leaves the prototype alone', () => {
    const record: Record<string, unknown> = {};
    setOwn(record, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('refuseOptionLike', () => {
  it.each(['-rf', '--set=a=b', '-'])('refuses %j, naming the input', (value) => {
    expect(() => refuseOptionLike('chart', value, 'a chart')).toThrow(
      new ConfigError(`Input 'chart': expected a chart (not starting with "-"), got ${JSON.stringify(value)}`),
    );
  });

  it('passes anything else through', () => {
    expect(refuseOptionLike('chart', 'repo/web-1', 'a chart')).toBe('repo/web-1');
  });
});
