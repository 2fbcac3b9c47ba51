import { describe, it, expect } from '@jest/globals';
import { describeStatusRules, parseStatusRule, statusMatches } from './status-rule';
import type { StatusRule } from './check-spec';

const rules = (...values: unknown[]): StatusRule[] => values.map((v) => parseStatusRule(v)!);

describe('parseStatusRule', () => {
  it.each([
    [200, { from: 200, to: 200, text: '200' }],
    ['204', { from: 204, to: 204, text: '204' }],
    [' 301 ', { from: 301, to: 301, text: '301' }],
    ['1xx', { from: 100, to: 199, text: '1xx' }],
    ['2xx', { from: 200, to: 299, text: '2xx' }],
    ['2XX', { from: 200, to: 299, text: '2xx' }],
    ['5xx', { from: 500, to: 599, text: '5xx' }],
    ['200-204', { from: 200, to: 204, text: '200-204' }],
    ['200 - 204', { from: 200, to: 204, text: '200 - 204' }],
    ['404-404', { from: 404, to: 404, text: '404-404' }],
    ['100-599', { from: 100, to: 599, text: '100-599' }],
    [100, { from: 100, to: 100, text: '100' }],
    [599, { from: 599, to: 599, text: '599' }],
  ])('reads %j', (value, rule) => {
    expect(parseStatusRule(value)).toEqual(rule);
  });

  it.each([
    '6xx',
    '0xx',
    '2x',
    '20x',
    'xx',
    '299-200',
    '200-600',
    '099',
    '600',
    '2000',
    '20',
    'abc',
    '',
    '200,201',
    '200.0',
    200.5,
    -200,
    true,
    null,
    undefined,
    [200],
    { from: 200 },
  ])('rejects %j', (value) => {
    expect(parseStatusRule(value)).toBeUndefined();
  });
});

describe('statusMatches', () => {
  it('matches a code exactly', () => {
    expect(statusMatches(200, rules(200))).toBe(true);
    expect(statusMatches(201, rules(200))).toBe(false);
  });

  it('matches a class and a range inclusively', () => {
    expect([199, 200, 250, 299, 300].map((s) => statusMatches(s, rules('2xx')))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect([199, 200, 204, 205].map((s) => statusMatches(s, rules('200-204')))).toEqual([false, true, true, false]);
  });

  it('matches any rule of a list', () => {
    const list = rules(200, '3xx', '401-403');
    expect([200, 302, 401, 403].every((s) => statusMatches(s, list))).toBe(true);
    expect([201, 400, 404, 500].some((s) => statusMatches(s, list))).toBe(false);
  });

  it('matches nothing with no rules', () => {
    expect(statusMatches(200, [])).toBe(false);
  });
});

describe('describeStatusRules', () => {
  it('says the rules as the user wrote them', () => {
    expect(describeStatusRules(rules('2xx'))).toBe('2xx');
    expect(describeStatusRules(rules(200, '3XX', '401-403'))).toBe('200 or 3xx or 401-403');
  });
});
