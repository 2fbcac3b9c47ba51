import { describe, it, expect } from '@jest/globals';
import { InputReader } from './input-reader';
import { envInputSource, inputEnvName, mapInputSource } from './input-source';

describe('inputEnvName', () => {
  it('upper-cases, keeps hyphens and turns spaces into underscores, as the runner does', () => {
    expect(inputEnvName('release-name')).toBe('INPUT_RELEASE-NAME');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('envInputSource', () => {
  it('reads INPUT_* variables from the given environment', () => {
    const source = envInputSource({ 'INPUT_RELEASE-NAME': 'web', INPUT_MY_INPUT: 'x' });
    expect(source.get('release-name')).toBe('web');
    expect(source.get('my input')).toBe('x');
    expect(source.get('other')).toBeUndefined();
  });

  it('feeds an InputReader', () => {
    const inputs = new InputReader(envInputSource({ INPUT_REPLICAS: ' 3 ' }));
    expect(inputs.int('replicas')).toBe(3);
  });
});

describe('mapInputSource', () => {
  it('looks names up as given', () => {
    expect(mapInputSource({ a: '1' }).get('a')).toBe('1');
    expect(mapInputSource({ a: '1' }).get('A')).toBeUndefined();
  });
});
