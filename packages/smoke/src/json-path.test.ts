import { describe, it, expect } from '@jest/globals';
import { jsonEqual, MISSING, parseJsonPath, readJsonPath } from './json-path';

describe('parseJsonPath', () => {
  it.each([
    ['$.a.b[0]', ['a', 'b', 0]],
    ['$.data.items[0].version', ['data', 'items', 0, 'version']],
    ['a.b', ['a', 'b']],
    ['$["a.b"]', ['a.b']],
    ["$['a.b'].c", ['a.b', 'c']],
    ['$.meta["x-request.id"][2]', ['meta', 'x-request.id', 2]],
    ['$[0][1]', [0, 1]],
    ['$.items[10].id', ['items', 10, 'id']],
    ['$.with space', ['with space']],
    ['$.ünïcode.名前', ['ünïcode', '名前']],
    ['  $.trimmed  ', ['trimmed']],
    ['.a', ['a']],
    ['$', []],
    ['', []],
    ['$[""]', ['']],
  ])('splits %j', (path, keys) => {
    expect(parseJsonPath(path)).toEqual(keys);
  });

  it('keeps a quoted number as a string key and an index as a number', () => {
    expect(parseJsonPath('$["0"]')).toEqual(['0']);
    expect(parseJsonPath('$[0]')).toEqual([0]);
  });

  it.each([
    '$.a..b',
    '$..a',
    '$.a[',
    '$.a]',
    '$.a[-1]',
    '$.a[x]',
    '$.a[1.5]',
    '$["a]',
    '$[\'a"]',
    '$.a.',
    '$.',
    '$[*]',
    '$..id',
  ])('rejects %j', (path) => {
    expect(parseJsonPath(path)).toBeUndefined();
  });
});

describe('readJsonPath', () => {
  const doc = {
    status: 'ok',
    count: 0,
    empty: null,
    flag: false,
    'a.b': 'dotted',
    data: { items: [{ id: 1, version: '1.2.3' }, { id: 2 }] },
  };
  const read = (path: string) => readJsonPath(doc, parseJsonPath(path)!);

  it('reads values at any depth', () => {
    expect(read('$.status')).toBe('ok');
    expect(read('$.data.items[1].id')).toBe(2);
    expect(read('$.data.items[0]')).toEqual({ id: 1, version: '1.2.3' });
    expect(read('$["a.b"]')).toBe('dotted');
    expect(read('$')).toBe(doc);
  });

  it('reads falsy values as values, not as missing', () => {
    expect(read('$.count')).toBe(0);
    expect(read('$.empty')).toBeNull();
    expect(read('$.flag')).toBe(false);
  });

  it('says MISSING for absent keys, indexes past the end and paths through scalars', () => {
    expect(read('$.nope')).toBe(MISSING);
    expect(read('$.data.items[5]')).toBe(MISSING);
    expect(read('$.status.length')).toBe(MISSING);
    expect(read('$.empty.x')).toBe(MISSING);
    expect(read('$.a.b')).toBe(MISSING);
  });

  it('does not read inherited properties', () => {
    expect(read('$.toString')).toBe(MISSING);
    expect(read('$.constructor')).toBe(MISSING);
    expect(read('$["__proto__"]')).toBe(MISSING);
  });

  it('reads from a top-level list and from a scalar document', () => {
    expect(readJsonPath([{ a: 1 }], [0, 'a'])).toBe(1);
    expect(readJsonPath('text', [])).toBe('text');
    expect(readJsonPath('text', ['a'])).toBe(MISSING);
  });
});

describe('jsonEqual', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [true, true],
    [[], []],
    [{}, {}],
    [
      [1, [2, { a: 3 }]],
      [1, [2, { a: 3 }]],
    ],
    [
      { a: 1, b: { c: [1, 2] } },
      { b: { c: [1, 2] }, a: 1 },
    ],
  ])('holds %j equal to %j', (a, b) => {
    expect(jsonEqual(a, b)).toBe(true);
  });

  it.each([
    [1, '1'],
    ['1', 1],
    [true, 'true'],
    [1, true],
    [0, false],
    ['', false],
    [null, 'null'],
    [null, 0],
    [null, {}],
    [[], {}],
    [{ 0: 'a' }, ['a']],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], [1, 1]],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: 1 }, { b: 1 }],
    [{ a: 1 }, { a: '1' }],
    [{ a: [1] }, { a: ['1'] }],
    [{ a: null }, {}],
  ])('holds %j unequal to %j, without coercion', (a, b) => {
    expect(jsonEqual(a, b)).toBe(false);
    expect(jsonEqual(b, a)).toBe(false);
  });
});
