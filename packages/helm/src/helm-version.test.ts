import { describe, expect, it } from '@jest/globals';
import { exactVersion, formatHelmVersion, parseHelmVersion, parseVersionSpec, satisfies } from './helm-version';

describe('parseHelmVersion', () => {
  it.each([
    ['v3.14.2', { major: 3, minor: 14, patch: 2 }],
    ['v3.14.2+g1a2b3c4', { major: 3, minor: 14, patch: 2 }],
    ['v4.0.0-rc.1', { major: 4, minor: 0, patch: 0, prerelease: 'rc.1' }],
    ['v3.22', { major: 3, minor: 22, patch: undefined }],
  ])('reads %s', (text, expected) => expect(parseHelmVersion(text)).toEqual(expected));
  it('rejects what is not a version', () => {
    expect(parseHelmVersion('helm')).toBeUndefined();
    expect(parseHelmVersion('')).toBeUndefined();
  });
});

describe('version specs', () => {
  const v = (text: string) => parseHelmVersion(text)!;
  const s = (text: string) => parseVersionSpec(text)!;
  it('a major matches only that major: never crosses to another', () => {
    expect(satisfies(v('v3.14.2'), s('3'))).toBe(true);
    expect(satisfies(v('v3.14.2'), s('v3.x'))).toBe(true);
    expect(satisfies(v('v4.0.1'), s('3'))).toBe(false);
    expect(satisfies(v('v3.99.0'), s('4'))).toBe(false);
  });
  it('a minor and an exact version', () => {
    expect(satisfies(v('v3.14.9'), s('3.14'))).toBe(true);
    expect(satisfies(v('v3.15.0'), s('3.14.x'))).toBe(false);
    expect(satisfies(v('v3.14.2'), s('3.14.2'))).toBe(true);
    expect(satisfies(v('v3.14.3'), s('3.14.2'))).toBe(false);
  });
  it('a binary without a patch satisfies major and minor specs, not an exact one', () => {
    expect(satisfies(v('v3.22'), s('3.22'))).toBe(true);
    expect(satisfies(v('v3.22'), s('3.22.0'))).toBe(false);
  });
  it('a pre-release is inside its major and minor, never an exact release (semver order)', () => {
    expect(satisfies(v('v3.15.0-rc.1'), s('3'))).toBe(true);
    expect(satisfies(v('v3.15.0-rc.1'), s('3.15'))).toBe(true);
    expect(satisfies(v('v3.15.0-rc.1'), s('3.15.0'))).toBe(false);
    expect(formatHelmVersion(v('v3.15.0-rc.1'))).toBe('v3.15.0-rc.1');
    expect(formatHelmVersion(v('v3.22'))).toBe('v3.22');
  });
  it('only an exact spec can be downloaded', () => {
    expect(exactVersion(s('3.14.2'))).toBe('3.14.2');
    expect(exactVersion(s('3.14'))).toBeUndefined();
    expect(exactVersion(s('3'))).toBeUndefined();
  });
  it.each(['latest', '>=3', '3.x.2', '3.14.2.1', '', '0', '2.17.0', '5', '99.0.0'])('rejects %j', (text) => {
    expect(parseVersionSpec(text)).toBeUndefined();
  });
});
