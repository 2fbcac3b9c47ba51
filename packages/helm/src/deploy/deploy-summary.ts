import { SummaryBuilder, escapeMarkdown, formatDuration } from '@slipway/kit';
import type { DeployReport } from './deploy-types';

const ICON: Record<DeployReport['status'], string> = {
  deployed: '✅ deployed',
  'rolled-back': '↩️ rolled back',
  failed: '❌ failed',
  planned: '📝 plan (nothing changed)',
};

function fromTo(from: string, to: string): string {
  return from === to ? `${to || 'none'} (unchanged)` : `${from || 'none'} → ${to || 'none'}`;
}

/** Release, chart, image, revision from → to, each workload's ready counts, duration, and why it failed. */
export function deploySummary(report: DeployReport): SummaryBuilder {
  const summary = new SummaryBuilder();
  const verb = report.mode === 'rollback' ? 'Rollback' : report.mode === 'plan' ? 'Plan' : 'Deploy';
  summary.heading(`${verb} ${report.release}: ${ICON[report.status]}`);
  const revisions =
    report.mode === 'plan'
      ? `${report.previousRevision ?? 'none'} (live)`
      : `${report.previousRevision ?? 'none'} → ${report.failedRevision ? `${report.failedRevision} (failed) → ` : ''}${report.revision ?? 'none'}`;
  const rows: Array<[string, string]> = [
    ['Release', `${report.release} in ${report.namespace}`],
    [
      'Chart',
      report.content
        ? fromTo(report.content.from.chart, report.content.to.chart)
        : (report.chart ?? '(from the release)'),
    ],
    [
      'Image',
      report.content
        ? fromTo(report.content.from.images.join(', '), report.content.to.images.join(', '))
        : (report.image ?? '(chart default)'),
    ],
    ['Revision', revisions],
    ['Duration', formatDuration(report.durationMs)],
  ];
  if (report.blueGreen) {
    const bg = report.blueGreen;
    const traffic = bg.switched
      ? `${bg.kind ?? 'Service'} ${bg.service}: ${bg.from ?? 'none'} → ${bg.to}`
      : `${bg.kind ?? 'Service'} ${bg.service}: still ${bg.from ?? 'none'} (${bg.to} not switched to)`;
    rows.push(['Blue-green', traffic]);
    if (bg.smoke)
      rows.push(['Smoke checks', `${bg.smoke.total - bg.smoke.failed}/${bg.smoke.total} passed against ${bg.to}`]);
    if (bg.previous) rows.push(['Previous colour', bg.previous]);
  }
  if (report.recovery && report.recovery.action !== 'none') {
    const r = report.recovery;
    rows.push([
      'Recovered',
      r.action === 'rolled-back'
        ? `stuck revision ${r.from} (${r.fromStatus}) rolled back to ${r.to}`
        : `${r.status} first install (revision ${r.revision}) uninstalled`,
    ]);
  }
  summary.table(
    ['', ''],
    rows.map(([k, v]) => [{ raw: `**${k}**` }, v]),
  );
  if (report.workloads.length) {
    summary.table(
      ['Workload', 'Updated', 'Ready', 'Available', ''],
      report.workloads.map((w) => [
        `${w.kind}/${w.name}`,
        `${w.updated}/${w.desired}`,
        `${w.ready}/${w.desired}`,
        `${w.available}/${w.desired}`,
        w.done ? '✅' : '⏳',
      ]),
    );
  }
  if (report.failure) {
    summary.paragraph(`**Why it failed:** ${escapeMarkdown(report.failure.reason)}`);
    if (report.failure.details.length) summary.code(report.failure.details.join('\n'));
    if (report.failure.rollback) summary.paragraph(`**Rollback:** ${escapeMarkdown(report.failure.rollback)}`);
  }
  if (report.plan) {
    const { added, removed, changed, unchanged } = report.plan;
    summary.paragraph(
      `${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`,
    );
    if (added.length) summary.paragraph(`**Added:** ${added.map((o) => `\`${escapeMarkdown(o)}\``).join(', ')}`);
    if (removed.length) summary.paragraph(`**Removed:** ${removed.map((o) => `\`${escapeMarkdown(o)}\``).join(', ')}`);
    for (const change of changed)
      summary.details(`Changed: ${change.object}`, `\n\`\`\`diff\n${change.diff}\n\`\`\`\n`);
  }
  return summary;
}
