import { describe, expect, it } from '@jest/globals';
import { parseAllowList } from './allow-list';
import type { Finding } from './finding';
import { applyPolicy } from './policy';

const f = (over: Partial<Finding>): Finding => ({
  tool: 'shellcheck',
  ruleId: 'SC2086',
  message: 'm',
  level: 'error',
  severity: 'error',
  file: 'a.sh',
  line: 1,
  fingerprint: 'f'.repeat(32),
  ...over,
});
const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('applyPolicy', () => {
  it('one threshold: below it never fails, at or above it fails', () => {
    const result = applyPolicy(
      [f({ severity: 'warning', level: 'warning' }), f({ severity: 'critical', fingerprint: '2' })],
      {
        failOn: 'high',
        now: NOW,
      },
    );
    expect(result.findings.map((x) => x.verdict)).toEqual(['below-threshold', 'failing']);
    expect(result).toMatchObject({ passed: false, failing: 1 });
  });

  it('baselined findings and findings on unchanged lines do not count', () => {
    const changedLines = new Map([['a.sh', new Set([5])]]);
    const result = applyPolicy(
      [f({ fingerprint: 'old' }), f({ fingerprint: 'x', line: 1 }), f({ fingerprint: 'y', line: 5 })],
      { failOn: 'note', baseline: new Set(['old']), changedLines, now: NOW },
    );
    expect(result.findings.map((x) => [x.verdict, x.onChangedLine])).toEqual([
      ['baselined', false],
      ['unchanged-line', false],
      ['failing', true],
    ]);
  });

  it('an allow entry holds through its expiry day, then its findings count again', () => {
    const allow = parseAllowList([{ rule: 'SC2086', reason: 'tracked in #4', expires: '2026-06-01' }], 'allow');
    const live = applyPolicy([f({})], { failOn: 'note', allow, now: NOW });
    expect(live.findings[0]).toMatchObject({ verdict: 'allowed', allowReason: 'tracked in #4' });
    expect(live.passed).toBe(true);
    const later = applyPolicy([f({})], { failOn: 'note', allow, now: Date.parse('2026-06-02T00:00:01Z') });
    expect(later.findings[0]?.verdict).toBe('failing');
    expect(later.expiredAllows).toHaveLength(1);
  });
});

describe('parseAllowList', () => {
  it('matches by tool, rule, path prefix and fingerprint together', () => {
    const [entry] = parseAllowList(
      [{ tool: 'shellcheck', path: 'scripts/', reason: 'r', expires: '2030-01-01' }],
      'allow',
    );
    const result = applyPolicy([f({ file: 'scripts/x.sh' }), f({ file: 'scriptsx/y.sh' })], {
      failOn: 'note',
      allow: entry ? [entry] : [],
      now: NOW,
    });
    expect(result.findings.map((x) => x.verdict)).toEqual(['allowed', 'failing']);
  });

  it.each([
    [{ rule: 'x', expires: '2030-01-01' }, `allow: entry 1: expected a "reason", got none`],
    [
      { rule: 'x', reason: 'r', expires: '01/02/2030' },
      `allow: entry 1: expected "expires" as a date YYYY-MM-DD, got "01/02/2030"`,
    ],
    [
      { reason: 'r', expires: '2030-01-01' },
      `allow: entry 1: expected at least one of rule, tool, path, fingerprint, got none`,
    ],
    [
      { rul: 'x', reason: 'r', expires: '2030-01-01' },
      `allow: entry 1: expected keys rule, tool, path, fingerprint, reason, expires, got "rul"`,
    ],
  ])('refuses %j', (entry, message) => {
    expect(() => parseAllowList([entry], 'allow')).toThrow(message);
  });
});
