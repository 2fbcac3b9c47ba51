import { inputError, parseDurationMs } from '@slipway/kit';

/**
 * How long the colour that served before a switch keeps running, so that rolling back is one
 * switch of the Service:
 * - `until-next` (count 1): until the next deploy, which deploys into it;
 * - `0` (count 0): scaled down as soon as the switch is done;
 * - a duration such as `15m`: this run waits that long, then scales it down, unless it went live
 *   again meanwhile (a rollback switched back).
 */
export type KeepPrevious = { kind: 'until-next' } | { kind: 'none' } | { kind: 'for'; ms: number };

const MAX_MS = 6 * 3_600_000;

export function parseKeepPrevious(text: string | undefined, name = 'keep-previous'): KeepPrevious {
  const value = (text ?? '').trim();
  if (!value || value === 'until-next' || value === '1') return { kind: 'until-next' };
  if (value === '0') return { kind: 'none' };
  // A bare number other than 0 or 1 is ambiguous (a count or seconds?): ask for a unit.
  const ms = /^\d+$/.test(value) ? undefined : parseDurationMs(value);
  if (ms === undefined || ms > MAX_MS)
    throw inputError(name, '"until-next" (or 1), 0, or a duration up to 6h such as "15m"', value);
  return ms === 0 ? { kind: 'none' } : { kind: 'for', ms };
}

export function describeKeepPrevious(keep: KeepPrevious): string {
  if (keep.kind === 'until-next') return 'kept running until the next deploy';
  if (keep.kind === 'none') return 'scaled down after the switch';
  return `kept running for ${Math.round(keep.ms / 1000)}s, then scaled down`;
}
