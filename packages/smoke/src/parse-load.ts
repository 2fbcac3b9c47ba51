import { ConfigError, parseDurationMs } from '@slipway/kit';
import { parseChecks, type ParseContext } from './parse-checks';
import type { LoadSpec } from './run-load';

const MAX_RPS = 100_000;
const MAX_CONCURRENCY = 10_000;

/**
 * A load spec: one smoke check's keys (url or path, method, headers, body, expect, timeout)
 * beside `rps`, `concurrency` (default 50) and `duration` (default `defaultDurationMs`).
 */
export function parseLoad(document: unknown, context: ParseContext & { defaultDurationMs?: number }): LoadSpec {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new ConfigError(`${context.where}: expected a map such as "{ path: /health, rps: 50, duration: 1m }"`);
  const { rps, concurrency, duration, ...request } = document as Record<string, unknown>;
  if ('repeat' in request) throw new ConfigError(`${context.where}: 'repeat' has no meaning under load (use rps)`);
  const check = parseChecks([request], context)[0]!;
  const count = (key: string, value: unknown, fallback: number | undefined, max: number): number => {
    const n = value ?? fallback;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max)
      throw new ConfigError(
        `${context.where}: '${key}' expected an integer from 1 to ${max}, got ${JSON.stringify(n)}`,
      );
    return n;
  };
  const durationMs = duration === undefined ? context.defaultDurationMs : parseDuration(duration);
  if (durationMs === undefined || !(durationMs >= 1000) || durationMs > 3_600_000)
    throw new ConfigError(
      `${context.where}: 'duration' expected a duration such as "30s" or "2m" from 1s to 1h, got ${JSON.stringify(duration)}`,
    );
  return {
    check,
    rps: count('rps', rps, undefined, MAX_RPS),
    concurrency: count('concurrency', concurrency, 50, MAX_CONCURRENCY),
    durationMs,
  };
}

function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Math.round(value * 1000);
  return typeof value === 'string' ? parseDurationMs(value) : undefined;
}
