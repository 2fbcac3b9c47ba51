import { ConfigError } from '../errors';

const MAX_SHOWN = 80;

/** Shows what the user gave, bounded, and never the value of a secret. */
export function shownValue(raw: string, secret = false): string {
  if (secret) return '(a secret value, not shown)';
  const oneLine = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  return JSON.stringify(oneLine);
}

/** The one-line error for a bad input: `Input 'x': expected …, got "…"`. */
export function inputError(name: string, expected: string, raw?: string, secret = false): ConfigError {
  const got = raw === undefined ? '' : `, got ${shownValue(raw, secret)}`;
  return new ConfigError(`Input '${name}': expected ${expected}${got}`);
}
