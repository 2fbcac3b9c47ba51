import { describe, expect, it } from '@jest/globals';
import { isPep440Final, parsePep440, pep440Version } from './pep440';

describe('PEP 440 parsing and normalisation', () => {
  it.each<[string, string, boolean]>([
    ['1.2.3', '1.2.3', true],
    ['v1.2.3', '1.2.3', true],
    ['1.2', '1.2', true],
    ['1.2.3rc2', '1.2.3rc2', false],
    ['1.2.3-RC.2', '1.2.3rc2', false],
    ['1.2.3beta2', '1.2.3b2', false],
    ['1.2.3alpha', '1.2.3a0', false],
    ['1.2.3c1', '1.2.3rc1', false],
    ['1.2.3preview4', '1.2.3rc4', false],
    ['1.2.3post1', '1.2.3.post1', false],
    ['1.2.3-1', '1.2.3.post1', false],
    ['1.2.3.rev', '1.2.3.post0', false],
    ['1.0dev4', '1.0.dev4', false],
    ['1.0.dev', '1.0.dev0', false],
    ['1!2.0a1.post2.dev3', '1!2.0a1.post2.dev3', false],
    ['1.2.3+Ubuntu_1-2', '1.2.3+ubuntu.1.2', true],
    ['01.002.3', '1.2.3', true],
  ])('%s → %s', (raw, normal, final) => {
    const v = parsePep440(raw);
    expect(v).toBeDefined();
    expect(pep440Version(v!)).toBe(normal);
    expect(isPep440Final(v!)).toBe(final);
  });

  it.each(['', 'latest', '1.2.3-beta.67-x', 'v', '1..2', '1.2.3+'])('%j is not a PEP 440 version', (raw) => {
    expect(parsePep440(raw)).toBeUndefined();
  });
});
