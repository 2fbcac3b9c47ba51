import { describe, expect, it } from '@jest/globals';
import { parseSince } from './since';

const NOW = Date.parse('2026-12-02T05:00:00Z');

describe('parseSince', () => {
  it('takes a span back from now or an ISO date or time', () => {
    expect(parseSince('30d', NOW)).toBe(NOW - 30 * 86_400_000);
    expect(parseSince('4w', NOW)).toBe(NOW - 28 * 86_400_000);
    expect(parseSince('36h', NOW)).toBe(NOW - 36 * 3_600_000);
    expect(parseSince('2026-11-01', NOW)).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseSince('2026-11-01T08:30:00+02:00', NOW)).toBe(Date.parse('2026-11-01T06:30:00Z'));
  });
  it('refuses the future, nonsense, zero and more than 400 days, naming the input', () => {
    expect(() => parseSince('2026-12-03', NOW)).toThrow(
      /^Input 'since': expected a time in the past, got "2026-12-03"/,
    );
    expect(() => parseSince('last month', NOW)).toThrow(/^Input 'since': expected a span back from now/);
    expect(() => parseSince('0d', NOW)).toThrow(/^Input 'since': expected a window longer than zero/);
    expect(() => parseSince('401d', NOW)).toThrow(/at most 400 days back\), got "401d"$/);
    expect(() => parseSince('2026-13-45', NOW)).toThrow(/^Input 'since'/);
  });
});
