/** SARIF result levels. */
export type Level = 'error' | 'warning' | 'note';
/**
 * One scale for every tool: security findings carry critical/high/medium/low (from a CVSS-style
 * `security-severity`), others keep their SARIF level. error ranks with high, warning with
 * medium, note with low, so one `fail-on` threshold works across both vocabularies.
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'error' | 'warning' | 'note';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'error', 'warning', 'note'];

const RANK: Record<Severity, number> = { critical: 4, high: 3, error: 3, medium: 2, warning: 2, low: 1, note: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when a finding of `severity` reaches the `threshold` (fail-on). */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** The severities a security finding (a vulnerability, a secret) is rated with. */
export type SecuritySeverity = 'critical' | 'high' | 'medium' | 'low';

/** GitHub's mapping of a CVSS-style score: > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, else low. */
export function severityFromScore(score: number): SecuritySeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** A representative score for a security severity name (for the SARIF `security-severity` property). */
export function scoreFromSeverity(severity: SecuritySeverity): number {
  return { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0 }[severity];
}

/** The SARIF level a severity is written with. */
export function levelOf(severity: Severity): Level {
  const rank = RANK[severity];
  return rank >= 3 ? 'error' : rank === 2 ? 'warning' : 'note';
}

/** The severity a finding gets: its security score when it has one, else its level. */
export function effectiveSeverity(level: Level, securitySeverity?: number): Severity {
  return securitySeverity === undefined ? level : severityFromScore(securitySeverity);
}
