/**
 * Splits "$.data.items[0].version" (the "$." is optional) into keys. Quoted keys
 * (`["a.b"]`) allow dots in names. Returns undefined for a malformed path.
 */
export function parseJsonPath(path: string): Array<string | number> | undefined {
  // Strip only the "$": the loop takes one "." per key, so "$..a" (recursive descent) stays malformed.
  let rest = path.trim().replace(/^\$/, '');
  const keys: Array<string | number> = [];
  while (rest.length > 0) {
    let match = /^\[(\d+)\]/.exec(rest) ?? /^\["([^"]*)"\]/.exec(rest) ?? /^\['([^']*)'\]/.exec(rest);
    if (match) {
      keys.push(/^\[\d/.test(match[0]) ? Number(match[1]) : (match[1] as string));
    } else {
      match = /^\.?([^.[\]]+)/.exec(rest);
      if (!match) return undefined;
      keys.push(match[1] as string);
    }
    rest = rest.slice(match[0].length);
  }
  return keys;
}

export const MISSING = Symbol('missing');

export function readJsonPath(document: unknown, keys: Array<string | number>): unknown {
  let current: unknown = document;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return MISSING;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return MISSING;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Deep equality of JSON values; numbers and strings do not coerce into each other. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
