import { escapeMarkdown, SummaryBuilder } from '@slipway/kit';
import type { AllowEntry } from './allow-list';
import type { JudgedFinding, ToolRun, Verdict } from './finding';
import { SEVERITIES, severityRank, type Severity } from './severity';

const VERDICT: Record<Verdict, string> = {
  failing: '❌ failing',
  'below-threshold': 'below threshold',
  baselined: 'in baseline',
  'unchanged-line': 'unchanged line',
  allowed: 'allowed',
};

export interface SummaryInput {
  runs: ToolRun[];
  findings: JudgedFinding[];
  passed: boolean;
  failing: number;
  failOn: Severity;
  expiredAllows: AllowEntry[];
  onlyChanged: boolean;
}

/** Every finding, grouped by tool and then severity; the builder keeps it under the 1 MiB limit. */
export function scanSummary(input: SummaryInput): SummaryBuilder {
  const summary = new SummaryBuilder();
  const verdict = input.passed
    ? `✅ passed (no finding at ${input.failOn} or above counts)`
    : `❌ ${input.failing} failing finding${input.failing === 1 ? '' : 's'} at ${input.failOn} or above`;
  summary.heading(`Lint and scan: ${verdict}`);
  const scope = input.onlyChanged ? ' Only lines the pull request changed count.' : '';
  summary.paragraph(
    `${input.findings.length} findings from ${input.runs.filter((r) => !r.skipped).length} tools.${scope}`,
  );
  summary.table(
    ['Tool', 'Version', ...SEVERITIES, 'Failing'],
    input.runs.map((run) => {
      const own = input.findings.filter((f) => f.tool === run.tool);
      if (run.skipped) return [run.tool, 'skipped', ...SEVERITIES.map(() => ''), { raw: escapeMarkdown(run.skipped) }];
      return [
        run.tool,
        run.version ?? '',
        ...SEVERITIES.map((s) => String(own.filter((f) => f.severity === s).length || '')),
        String(own.filter((f) => f.verdict === 'failing').length),
      ];
    }),
  );
  for (const entry of input.expiredAllows) {
    summary.paragraph(
      `> [!WARNING]\n> Allow entry expired on ${entry.expires} (${escapeMarkdown(entry.reason)}): its findings count again.`,
    );
  }
  for (const run of input.runs) {
    const own = input.findings.filter((f) => f.tool === run.tool);
    if (!own.length) continue;
    summary.heading(run.tool, 3);
    const severities = [...new Set(own.map((f) => f.severity))].sort((a, b) => severityRank(b) - severityRank(a));
    for (const severity of severities) {
      const rows = own
        .filter((f) => f.severity === severity)
        .map((f) => [
          { raw: `<code>${escapeMarkdown(f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '—')}</code>` },
          f.ruleId,
          f.message,
          f.verdict === 'allowed' ? `allowed: ${f.allowReason ?? ''}` : VERDICT[f.verdict],
        ]);
      summary.paragraph(`**${severity}** (${rows.length})`);
      summary.table(['Where', 'Rule', 'Message', 'Counts?'], rows);
    }
  }
  return summary;
}
