import { ConfigError } from './errors';

/**
 * Parses YAML (or JSON, a subset) from user text. The parser is imported on first use so that
 * actions exiting early on a missing input never pay for loading it.
 */
export async function parseYamlText(text: string, where: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    const at = line ? ` (line ${line})` : '';
    const reason = first.message.split('\n')[0] ?? first.code;
    throw new ConfigError(`${where}: expected valid YAML${at}, ${reason}`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}
