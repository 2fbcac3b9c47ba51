import { ConfigError } from '@slipway/kit';

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
const MAX_DAYS = 400;

/**
 * The start of the window, from `since`: a span back from now ("30d", "12w", "36h") or an ISO
 * date or time ("2026-11-01", "2026-11-01T08:00:00Z"). At most 400 days back; never in the future.
 */
export function parseSince(text: string, now: number): number {
  const expected = `a span back from now such as "30d", "4w" or "36h", or an ISO date such as "2026-11-01" (at most ${MAX_DAYS} days back)`;
  const span = /^(\d{1,5})([hdw])$/.exec(text);
  let since: number;
  if (span) since = now - Number(span[1]) * UNIT_MS[span[2] as keyof typeof UNIT_MS];
  else if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    since = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
    if (!Number.isFinite(since)) throw new ConfigError(`Input 'since': expected ${expected}, got "${text}"`);
    if (since > now)
      throw new ConfigError(
        `Input 'since': expected a time in the past, got "${text}" (${new Date(since).toISOString()} is after now, ${new Date(now).toISOString()})`,
      );
  } else throw new ConfigError(`Input 'since': expected ${expected}, got "${text}"`);
  if (now - since > MAX_DAYS * UNIT_MS.d) throw new ConfigError(`Input 'since': expected ${expected}, got "${text}"`);
  if (now - since <= 0) throw new ConfigError(`Input 'since': expected a window longer than zero, got "${text}"`);
  return since;
}
