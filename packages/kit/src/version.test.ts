import { describe, expect, it } from '@jest/globals';
import { compareVersions, isVersionRange, parseSemver, satisfiesRange, semverVersion, versionInText } from './version';

describe('compareVersions', () => {
  it('orders a pre-release before its release (1.0.0-rc1 < 1.0.0)', () => {
    expect(compareVersions('1.0.0-rc1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0', '1.0.0-rc1')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.2', '1.0.0-rc.10')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-beta')).toBeLessThan(0);
  });
  it('compares numerically, completes short versions with zeros, accepts a "v" prefix', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('8.18.0', '8.18')).toBe(0);
    expect(compareVersions('v1.7.12', '1.7.12')).toBe(0);
    expect(compareVersions('v1.7.12', '1.8.0')).toBeLessThan(0);
  });
  it('ignores build metadata', () => {
    expect(compareVersions('3.14.2+g1a2b3c4', '3.14.2')).toBe(0);
  });
  it('refuses what is not a version', () => {
    expect(() => compareVersions('latest', '1.0.0')).toThrow('Not a version: "latest"');
  });
});

describe('versionInText', () => {
  it.each([
    ['v1.7.12\ninstalled by building from source', '1.7.12'],
    ['ShellCheck\nversion: 0.9.0', '0.9.0'],
    ['zizmor 1.32', '1.32.0'],
    ['gitleaks version 8.18.2-3-gabc123', '8.18.2'],
    ['Version 2 of tool 1.5.0', '1.5.0'],
  ])('reads %j as %s', (text, expected) => expect(versionInText(text)).toBe(expected));
  it('finds nothing in output without a version', () => {
    expect(versionInText('command not found')).toBeUndefined();
    expect(versionInText('')).toBeUndefined();
  });
});

describe('parseSemver', () => {
  it('reads every part, with or without a "v", "V" or "=" prefix', () => {
    expect(parseSemver('v2.0.0-rc.1+build.5')).toEqual({
      raw: 'v2.0.0-rc.1+build.5',
      major: 2,
      minor: 0,
      patch: 0,
      prerelease: 'rc.1',
      build: 'build.5',
    });
    expect(parseSemver('V1.2.3')).toMatchObject({ major: 1, minor: 2, patch: 3, prerelease: '', build: '' });
    expect(parseSemver('=1.2.3')).toMatchObject({ major: 1, minor: 2, patch: 3 });
    expect(parseSemver(' 0.1.2 ')).toMatchObject({ major: 0, minor: 1, patch: 2 });
  });
  it.each(['1.2', '01.2.3', '1.2.3-01', 'v', 'release-1', '1.2.3.4', '', 'vv1.2.3'])('rejects %j', (text) => {
    expect(parseSemver(text)).toBeUndefined();
  });
  it('prints major.minor.patch with the pre-release, without build metadata', () => {
    expect(semverVersion(parseSemver('v2.0.0-rc.1+build.5')!)).toBe('2.0.0-rc.1');
    expect(semverVersion(parseSemver('1.2.3')!)).toBe('1.2.3');
  });
});

describe('satisfiesRange', () => {
  it('matches majors, minors and exact versions as npm ranges do ("3", "3.14", "3.14.x", "3.14.2")', () => {
    expect(satisfiesRange('3.14.2', '3')).toBe(true);
    expect(satisfiesRange('v3.14.2', 'v3.x')).toBe(true);
    expect(satisfiesRange('4.0.1', '3')).toBe(false);
    expect(satisfiesRange('3.14.9', '3.14')).toBe(true);
    expect(satisfiesRange('3.15.0', '3.14.x')).toBe(false);
    expect(satisfiesRange('3.14.2', '3.14.2')).toBe(true);
    expect(satisfiesRange('3.14.3', '3.14.2')).toBe(false);
  });
  it('counts a pre-release inside a range that spans it, never as the release itself', () => {
    expect(satisfiesRange('3.15.0-rc.1', '3.15')).toBe(true);
    expect(satisfiesRange('3.15.0-rc.1', '3.15.0')).toBe(false);
    expect(satisfiesRange('1.0.0-rc1', '>=1.0.0')).toBe(false);
  });
  it('tells a range from text that is none', () => {
    expect(isVersionRange('3.14.x')).toBe(true);
    expect(isVersionRange('^3.14.2')).toBe(true);
    expect(isVersionRange('latest')).toBe(false);
  });
});
