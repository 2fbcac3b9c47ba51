import { createHash } from 'node:crypto';
import type { Finding, RawFinding } from './finding';
import { effectiveSeverity } from './severity';

/** Reads a file's lines once per file; returns undefined when it cannot be read. */
export type LineSource = (file: string) => string[] | undefined;

/**
 * Gives each raw finding a fingerprint that survives unrelated edits: the tool, the rule, the
 * file and the whitespace-trimmed text of the finding's line, plus an occurrence counter for
 * identical keys. Line numbers are left out so that code moving up or down keeps its identity.
 */
export async function fingerprintFindings(tool: string, raw: RawFinding[], lines: LineSource): Promise<Finding[]> {
  const seen = new Map<string, number>();
  return raw.map((finding) => {
    const text = finding.file && finding.line ? (lines(finding.file)?.[finding.line - 1] ?? '') : '';
    const anchor = text.trim().replace(/\s+/g, ' ') || (finding.file ? '' : finding.message);
    const key = [tool, finding.ruleId, finding.file ?? '', anchor].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, tool, severity: effectiveSeverity(finding.level, finding.securitySeverity), fingerprint };
  });
}
