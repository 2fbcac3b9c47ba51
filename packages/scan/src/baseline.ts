import { ConfigError } from '@slipway/kit';
import type { Finding } from './finding';

/**
 * The baseline file: JSON `{ "version": 1, "fingerprints": [{ "fingerprint", "tool", "rule", "file" }] }`.
 * Only the fingerprints decide; the other fields tell a reviewer what each entry is.
 */
export interface BaselineEntry {
  fingerprint: string;
  tool?: string;
  rule?: string;
  file?: string;
}

export function parseBaseline(text: string, where: string): Set<string> {
  const expected = `expected a baseline JSON file {"version": 1, "fingerprints": [{"fingerprint": "…"}]}`;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError(`${where}: ${expected}, got text that is not JSON`);
  }
  const doc = document as { version?: unknown; fingerprints?: unknown };
  if (!doc || typeof doc !== 'object' || doc.version !== 1 || !Array.isArray(doc.fingerprints)) {
    throw new ConfigError(`${where}: ${expected}, got ${JSON.stringify(document).slice(0, 60)}`);
  }
  const set = new Set<string>();
  for (const [index, entry] of doc.fingerprints.entries()) {
    const fingerprint = typeof entry === 'string' ? entry : (entry as BaselineEntry | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(fingerprint)) {
      throw new ConfigError(`${where}: ${expected}, got fingerprints[${index}] = ${JSON.stringify(entry)}`);
    }
    set.add(fingerprint);
  }
  return set;
}

/** The baseline text that accepts every finding given (sorted, so rewriting it gives small diffs). */
export function formatBaseline(findings: Finding[]): string {
  const entries: BaselineEntry[] = findings
    .map((f) => ({ fingerprint: f.fingerprint, tool: f.tool, rule: f.ruleId, ...(f.file ? { file: f.file } : {}) }))
    .sort((a, b) =>
      `${a.tool}${a.file}${a.rule}${a.fingerprint}`.localeCompare(`${b.tool}${b.file}${b.rule}${b.fingerprint}`),
    );
  return `${JSON.stringify({ version: 1, fingerprints: entries }, null, 2)}\n`;
}
