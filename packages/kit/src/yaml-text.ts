import { ConfigError } from './errors';

/**
 * Parses YAML (or JSON, a subset) from user text. The parser is imported on first use so that
 * actions exiting early on a missing input never pay for loading it.
 */
export async function parseYamlText(text: string, where: string): Promise<unknown> {
  const { parseDocument, LineCounter } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const first = doc.errors[0];
  if (first) {
    // Without prettyErrors the parser leaves linePos unset; count lines from the offset ourselves.
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    const at = line ? ` (line ${line})` : '';
    const reason = first.message.split('\n')[0] ?? first.code;
    throw new ConfigError(`${where}: expected valid YAML${at}, ${reason}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb is the user's text at fault: report it as such, not as an internal error.
    throw new ConfigError(`${where}: expected valid YAML, ${error instanceof Error ? error.message : String(error)}`);
  }
  // `a: &a {b: *a}` gives an object that contains itself: every later walk of it would loop.
  if (containsItself(value))
    throw new ConfigError(`${where}: expected valid YAML, an alias refers to a node that contains it`);
  return value;
}

function containsItself(value: unknown, ancestors = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  const children = value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value);
  const found = children.some((child) => containsItself(child, ancestors));
  ancestors.delete(value);
  return found;
}
