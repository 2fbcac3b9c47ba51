import { ConfigError } from '@slipway/kit';
import type { Finding } from './finding';

/** An accepted finding: which (rule, tool, path prefix or fingerprint), why, and until when. */
export interface AllowEntry {
  rule?: string;
  tool?: string;
  path?: string;
  fingerprint?: string;
  reason: string;
  /** Last day the entry holds (UTC, inclusive), as epoch ms of the end of that day. */
  expiresAt: number;
  expires: string;
}

const KEYS = new Set(['rule', 'tool', 'path', 'fingerprint', 'reason', 'expires']);

/** Validates the parsed YAML of the `allow` input: a list of entries, each with a reason and an expiry. */
export function parseAllowList(document: unknown, where: string): AllowEntry[] {
  if (document === undefined || document === null) return [];
  const shape = 'a YAML list of {rule|tool|path|fingerprint, reason, expires: YYYY-MM-DD}';
  if (!Array.isArray(document)) throw new ConfigError(`${where}: expected ${shape}, got ${typeof document}`);
  return document.map((item, index) => {
    const at = `${where}: entry ${index + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item))
      throw new ConfigError(`${at}: expected ${shape}, got ${JSON.stringify(item)}`);
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry))
      if (!KEYS.has(key)) throw new ConfigError(`${at}: expected keys ${[...KEYS].join(', ')}, got "${key}"`);
    const text = (key: string) => (entry[key] === undefined ? undefined : String(entry[key]).trim());
    const reason = text('reason');
    if (!reason) throw new ConfigError(`${at}: expected a "reason", got none`);
    const expires = entry['expires'] instanceof Date ? entry['expires'].toISOString().slice(0, 10) : text('expires');
    if (!expires || !/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`)))
      throw new ConfigError(`${at}: expected "expires" as a date YYYY-MM-DD, got ${JSON.stringify(expires ?? null)}`);
    const selectors = { rule: text('rule'), tool: text('tool'), path: text('path'), fingerprint: text('fingerprint') };
    if (!Object.values(selectors).some(Boolean))
      throw new ConfigError(`${at}: expected at least one of rule, tool, path, fingerprint, got none`);
    const expiresAt = Date.parse(`${expires}T23:59:59.999Z`);
    return { ...clean(selectors), reason, expires, expiresAt };
  });
}

function clean<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<Record<keyof T, string>>;
}

export function allowMatches(entry: AllowEntry, finding: Finding): boolean {
  if (entry.fingerprint && entry.fingerprint !== finding.fingerprint) return false;
  if (entry.tool && entry.tool !== finding.tool) return false;
  if (entry.rule && entry.rule !== finding.ruleId) return false;
  if (entry.path) {
    const file = finding.file ?? '';
    const prefix = entry.path.replace(/^\.\//, '');
    if (file !== prefix && !file.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) return false;
  }
  return true;
}
