import { allowMatches, type AllowEntry } from './allow-list';
import { isOnChangedLine, type ChangedLines } from './changed-lines';
import type { Finding, JudgedFinding } from './finding';
import { meetsThreshold, type Severity } from './severity';

export interface Policy {
  failOn: Severity;
  baseline?: Set<string>;
  /** Present on pull requests with only-changed: findings elsewhere do not count. */
  changedLines?: ChangedLines;
  allow?: AllowEntry[];
  now: number;
}

export interface PolicyResult {
  findings: JudgedFinding[];
  passed: boolean;
  failing: number;
  /** Allow entries whose expiry has passed (their findings count again). */
  expiredAllows: AllowEntry[];
}

/**
 * One threshold decides both the exit code and what the report calls failing. Order of
 * exemptions: below the threshold, then baseline, then unchanged line, then a live allow entry.
 */
export function applyPolicy(findings: Finding[], policy: Policy): PolicyResult {
  const expired = new Set<AllowEntry>();
  const judged = findings.map((finding): JudgedFinding => {
    const onChangedLine = policy.changedLines
      ? isOnChangedLine(policy.changedLines, finding.file, finding.line, finding.endLine)
      : true;
    const base = { ...finding, onChangedLine };
    if (!meetsThreshold(finding.severity, policy.failOn)) return { ...base, verdict: 'below-threshold' };
    if (policy.baseline?.has(finding.fingerprint)) return { ...base, verdict: 'baselined' };
    if (!onChangedLine) return { ...base, verdict: 'unchanged-line' };
    for (const entry of policy.allow ?? []) {
      if (!allowMatches(entry, finding)) continue;
      if (entry.expiresAt < policy.now) {
        expired.add(entry);
        continue;
      }
      return { ...base, verdict: 'allowed', allowReason: entry.reason };
    }
    return { ...base, verdict: 'failing' };
  });
  const failing = judged.filter((f) => f.verdict === 'failing').length;
  return { findings: judged, passed: failing === 0, failing, expiredAllows: [...expired] };
}
