import type { JudgedFinding, ToolRun } from './finding';
import { SEVERITIES, type Severity } from './severity';

export type Counts = Record<string, Partial<Record<Severity, number>>>;

/** Findings by tool and severity (output `counts`); every tool that ran appears, even with none. */
export function countFindings(runs: ToolRun[], findings: JudgedFinding[]): Counts {
  const counts: Counts = {};
  for (const run of runs) if (!run.skipped) counts[run.tool] = {};
  for (const finding of findings) {
    const tool = (counts[finding.tool] ??= {});
    tool[finding.severity] = (tool[finding.severity] ?? 0) + 1;
  }
  for (const tool of Object.keys(counts)) {
    const sorted: Partial<Record<Severity, number>> = {};
    for (const severity of SEVERITIES) if (counts[tool]![severity]) sorted[severity] = counts[tool]![severity];
    counts[tool] = sorted;
  }
  return counts;
}
