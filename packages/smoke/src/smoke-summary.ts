import { escapeMarkdown, formatDuration, SummaryBuilder } from '@slipway/kit';
import type { CheckResult, RunReport } from './check-result';

function latencyCell(check: CheckResult): string {
  const l = check.latency;
  if (!l) return '–';
  if (check.samplesMs.length > 1)
    return `p50 ${Math.round(l.p50)}ms · p95 ${Math.round(l.p95)}ms · max ${Math.round(l.max)}ms`;
  return `${Math.round(l.max)}ms`;
}

function detailCell(check: CheckResult): string {
  if (check.passed) return '';
  const lines = check.error ? [`**${escapeMarkdown(check.error)}**`] : [];
  for (const m of check.mismatches) {
    lines.push(
      `${escapeMarkdown(m.what)}: expected <code>${escapeMarkdown(m.expected)}</code>, got <code>${escapeMarkdown(m.actual)}</code>`,
    );
  }
  if (check.bodySnippet)
    lines.push(`body: <code>${escapeMarkdown(check.bodySnippet.replace(/\s+/g, ' ').trim())}</code>`);
  return lines.join('<br>');
}

/** One row per check: result, attempts, status, latency and, for a failure, expected vs actual. */
export function smokeSummary(report: RunReport): SummaryBuilder {
  const verdict = report.passed ? '✅ all passed' : `❌ ${report.failed} of ${report.total} failed`;
  const p95 = report.p95Ms === undefined ? '' : `, p95 ${report.p95Ms}ms`;
  return new SummaryBuilder()
    .heading(`Smoke test: ${verdict}`)
    .paragraph(`${report.total} checks in ${formatDuration(report.durationMs)}${p95}.`)
    .table(
      ['Check', 'Result', 'Attempts', 'Status', 'Latency', 'Details'],
      report.checks.map((c) => [
        `${c.name} (${c.method} ${c.url})`,
        c.passed ? '✅ pass' : '❌ fail',
        String(c.attempts),
        c.status === undefined ? '–' : String(c.status),
        latencyCell(c),
        { raw: detailCell(c) },
      ]),
    );
}
