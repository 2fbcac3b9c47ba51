import type { Level, Severity } from './severity';

/** What an adapter reports, before fingerprints and policy. Paths are relative to the repository, with '/'. */
export interface RawFinding {
  ruleId: string;
  message: string;
  level: Level;
  /** CVSS-style score (0–10) for security findings. */
  securitySeverity?: number;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  helpUri?: string;
  /** A short rule description for the SARIF rule entry. */
  ruleName?: string;
}

export interface Finding extends RawFinding {
  tool: string;
  severity: Severity;
  /** Stable across runs and line shifts: tool, rule, file, the text of the line, occurrence. */
  fingerprint: string;
}

/** What the policy decided about one finding. */
export type Verdict = 'failing' | 'below-threshold' | 'baselined' | 'unchanged-line' | 'allowed';

export interface JudgedFinding extends Finding {
  verdict: Verdict;
  /** On a line the pull request changed (always true when there is no diff to compare). */
  onChangedLine: boolean;
  /** Why an allow entry let it pass. */
  allowReason?: string;
}

/** One scanner's result: its findings, or why it did not run. */
export interface ToolRun {
  tool: string;
  /** SARIF run category (automationDetails.id prefix). */
  category: string;
  version?: string;
  findings: Finding[];
  skipped?: string;
  informationUri?: string;
}
