import type { StatusRule } from './check-spec';

/** Parses 200, "200", "2xx", "200-204". Returns undefined for anything else. */
export function parseStatusRule(value: unknown): StatusRule | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim().toLowerCase();
  let match = /^([1-5])xx$/.exec(text);
  if (match) return { from: Number(match[1]) * 100, to: Number(match[1]) * 100 + 99, text };
  match = /^(\d{3})(?:\s*-\s*(\d{3}))?$/.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  if (from < 100 || to > 599 || from > to) return undefined;
  return { from, to, text };
}

export function statusMatches(status: number, rules: StatusRule[]): boolean {
  return rules.some((rule) => status >= rule.from && status <= rule.to);
}

export function describeStatusRules(rules: StatusRule[]): string {
  return rules.map((r) => r.text).join(' or ');
}
