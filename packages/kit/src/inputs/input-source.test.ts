import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { InputReader } from './input-reader';
import { envInputSource, inputEnvName, mapInputSource } from './input-source';

describe('inputEnvName', () => {
  it('upper-cases, keeps hyphens and turns spaces into underscores, as the runner does', () => {
    expect(inputEnvName('release-name')).toBe('INPUT_RELEASE-NAME');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('envInputSource', () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    process.env = saved;
  });

  it('reads the INPUT_* variables the runner sets, through @actions/core', () => {
    Object.assign(process.env, { 'INPUT_RELEASE-NAME': 'web', INPUT_MY_INPUT: 'x', INPUT_EMPTY: '' });
    const source = envInputSource();
    expect(source.get('release-name')).toBe('web');
    expect(source.get('my input')).toBe('x');
    expect(source.get('empty')).toBeUndefined();
    expect(source.get('slipway-never-set')).toBeUndefined();
  });

  it('feeds an InputReader, which trims values but parses YAML as written', async () => {
    Object.assign(process.env, { INPUT_REPLICAS: ' 3 ', INPUT_VALUES: '\n  a: 1\n  b: [\n' });
    const inputs = new InputReader(envInputSource());
    expect(inputs.int('replicas')).toBe(3);
    // The error names line 4 of the text as given, not line 3 of a trimmed copy.
    await expect(inputs.yaml('values')).rejects.toThrow(/Input 'values'.*\(line 4\)/);
  });
});

describe('mapInputSource', () => {
  it('looks names up as given', () => {
    expect(mapInputSource({ a: '1' }).get('a')).toBe('1');
    expect(mapInputSource({ a: '1' }).get('A')).toBeUndefined();
  });
});
