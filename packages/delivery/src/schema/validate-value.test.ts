import { describe, expect, it } from '@jest/globals';
import { array, either, integer, object, oneOf, record, string } from './json-schema';
import { formatPath, validateValue } from './validate-value';

const schema = object(
  {
    name: string({ pattern: '^[a-z]+$', examples: ['web'] }),
    count: integer({ minimum: 1, maximum: 100 }),
    mode: oneOf(['pause', 'abort']),
    tags: array(string(), { minItems: 1 }),
    envs: record(object({ ns: string() }, { required: ['ns'] }), {
      keys: string({ pattern: '^[a-z]+$' }),
      minProperties: 1,
    }),
    check: either([string(), object({ path: string() })]),
  },
  { required: ['name'] },
).json;

describe('validateValue', () => {
  it('accepts what the schema describes', () => {
    const value = { name: 'web', count: 3, mode: 'abort', tags: ['a'], envs: { prod: { ns: 'p' } }, check: '/h' };
    expect(validateValue(schema, value)).toEqual([]);
    expect(validateValue(schema, { name: 'web', check: { path: '/h' } })).toEqual([]);
  });

  it('says where, what was expected and what came, for every problem', () => {
    const problems = validateValue(schema, {
      count: 0,
      mode: 'stop',
      tags: [],
      envs: { Prod: { ns: 'p' }, dev: {} },
      extra: true,
    });
    expect(problems).toEqual([
      { path: ['name'], expected: 'a text such as "web" (required)' },
      { path: ['count'], expected: 'an integer from 1 to 100', got: '0' },
      { path: ['mode'], expected: 'one of "pause", "abort"', got: '"stop"' },
      { path: ['tags'], expected: 'a list of at least 1 item', got: 'an empty list' },
      { path: ['envs', 'Prod'], expected: 'a key that is a text matching /^[a-z]+$/', got: '"Prod"' },
      { path: ['envs', 'dev', 'ns'], expected: 'a text (required)' },
      { path: ['extra'], expected: 'no key "extra" here (known keys: name, count, mode, tags, envs, check)' },
    ]);
  });

  it('names the type it wanted when the value is of another kind', () => {
    expect(validateValue(schema, { name: 7 })).toEqual([
      { path: ['name'], expected: 'a text such as "web"', got: '7' },
    ]);
    expect(validateValue(schema, [])).toEqual([{ path: [], expected: 'a map', got: 'a list' }]);
    expect(validateValue(schema, { name: 'web', count: 2.5 })[0]?.expected).toBe('an integer from 1 to 100');
  });

  it('reports the complaint of the option of the same type in anyOf, or all options', () => {
    expect(validateValue(schema, { name: 'web', check: { path: 1 } })).toEqual([
      { path: ['check', 'path'], expected: 'a text', got: '1' },
    ]);
    expect(validateValue(schema, { name: 'web', check: 5 })).toEqual([
      { path: ['check'], expected: 'a text, or a map', got: '5' },
    ]);
  });

  it('bounds what it shows of a long value', () => {
    const [problem] = validateValue(schema, { name: 'x'.repeat(200).toUpperCase() });
    expect(problem?.got?.length).toBeLessThan(70);
    expect(problem?.got?.endsWith('…')).toBe(true);
  });
});

describe('formatPath', () => {
  it('reads like the YAML it points into', () => {
    expect(formatPath(['environments', 'production', 'canary', 'metrics', 0, 'min'])).toBe(
      'environments.production.canary.metrics[0].min',
    );
    expect(formatPath(['set', 'a b'])).toBe('set["a b"]');
    expect(formatPath([])).toBe('(top level)');
  });
});
