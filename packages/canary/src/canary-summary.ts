import { escapeMarkdown, formatDuration, SummaryBuilder } from '@slipway/kit';
import type { CanaryState } from './canary-state';
import { formatThreshold, type MetricSpec } from './metric-spec';
import { stepLoads } from './load-output';

const ICON: Record<string, string> = {
  start: '🚀',
  next: '➡️',
  resume: '▶️',
  pause: '⏸️',
  promote: '⏫',
  promoted: '✅',
  abort: '🛑',
};

function chartLabel(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

/** A mermaid xychart of one metric, sample by sample across the steps, against its thresholds. */
export function metricChart(state: CanaryState, spec: Pick<MetricSpec, 'name' | 'min' | 'max'>): string | undefined {
  const points = state.analyses.flatMap((a) =>
    a.samples
      .filter((s) => s.metric === spec.name && s.value !== undefined)
      .map((s) => ({ label: `${a.weight}% #${s.index}`, value: s.value as number })),
  );
  if (points.length === 0) return undefined;
  const values = points.map((p) => p.value);
  const bounds = [...values, ...[spec.min, spec.max].filter((v): v is number => v !== undefined)];
  const lo = Math.min(...bounds);
  const hi = Math.max(...bounds);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const lines = [
    'xychart-beta',
    `  title ${chartLabel(`${spec.name} (${formatThreshold(spec)})`)}`,
    `  x-axis [${points.map((p) => chartLabel(p.label)).join(', ')}]`,
    `  y-axis ${chartLabel(spec.name)} ${+(lo - pad).toPrecision(4)} --> ${+(hi + pad).toPrecision(4)}`,
    `  line [${values.map((v) => +v.toPrecision(6)).join(', ')}]`,
  ];
  for (const limit of [spec.min, spec.max])
    if (limit !== undefined) lines.push(`  line [${points.map(() => limit).join(', ')}]`);
  return lines.join('\n');
}

function metricCell(state: CanaryState, step: number, metrics: readonly MetricSpec[]): string {
  const analysis = [...state.analyses].reverse().find((a) => a.step === step);
  if (!analysis) return '';
  const smokeNames = [...new Set(analysis.samples.filter((s) => s.kind === 'smoke').map((s) => s.metric))];
  return [
    ...metrics.map((spec) => {
      const samples = analysis.samples.filter((s) => s.metric === spec.name);
      if (samples.length === 0) return '';
      const shown = samples
        .map((s) => (s.value === undefined ? 'no data' : String(+s.value.toPrecision(4))))
        .join(', ');
      const bad = samples.some((s) => s.verdict === 'fail')
        ? '❌'
        : samples.some((s) => s.verdict === 'inconclusive')
          ? '❔'
          : '✅';
      return `${bad} ${escapeMarkdown(spec.name)}: ${escapeMarkdown(shown)} (${escapeMarkdown(formatThreshold(spec))})`;
    }),
    ...smokeNames.map((name) => smokeCell(name, analysis.samples)),
  ]
    .filter(Boolean)
    .join('<br>');
}

/** A smoke check's samples in a step: ✅ 3/3 passed, or ❌ with the last failure's expected vs actual. */
function smokeCell(name: string, all: CanaryState['analyses'][number]['samples']): string {
  const samples = all.filter((s) => s.metric === name);
  const passed = samples.filter((s) => s.verdict === 'pass').length;
  const failed = [...samples].reverse().find((s) => s.verdict === 'fail');
  const detail = failed ? `; expected ${failed.expected ?? '?'}, got ${failed.actual ?? '?'}` : '';
  return `${failed ? '❌' : '✅'} ${escapeMarkdown(name)}: ${passed}/${samples.length} passed${escapeMarkdown(detail)}`;
}

/** The job summary: the outcome, a timeline of steps and decisions, and a chart per metric. */
export function canarySummary(state: CanaryState, metrics: readonly MetricSpec[], now = Date.now()): SummaryBuilder {
  const outcome =
    state.phase === 'promoted'
      ? '✅ promoted'
      : state.phase === 'aborted'
        ? '🛑 aborted'
        : state.phase === 'paused'
          ? '⏸️ paused'
          : state.phase;
  const summary = new SummaryBuilder().heading(`Canary of ${escapeMarkdown(state.release)}: ${outcome}`);
  const lines = [
    `Image \`${state.image}\` in namespace \`${state.namespace}\` through ${state.provider}, ${formatDuration(Math.max(0, now - state.startedAt))} since the start.`,
  ];
  if (state.phase === 'aborted') lines.push(`**Why:** ${escapeMarkdown(state.abortReason ?? 'aborted')}`);
  if (state.failedCheck?.actual !== undefined)
    lines.push(
      `**Failed check:** ${escapeMarkdown(state.failedCheck.metric)}: expected ${escapeMarkdown(state.failedCheck.threshold)}, got ${escapeMarkdown(state.failedCheck.actual)}`,
    );
  else if (state.failedCheck?.value !== undefined)
    lines.push(
      `**Failed check:** ${escapeMarkdown(state.failedCheck.metric)} = ${state.failedCheck.value}, threshold ${escapeMarkdown(state.failedCheck.threshold)}`,
    );
  if (state.phase === 'paused')
    lines.push(
      `**Paused:** ${escapeMarkdown(state.pausedReason ?? '')}. Run again with \`action: resume\`, \`promote\` or \`abort\`.`,
    );
  if (state.phase === 'paused' && state.deployment)
    lines.push(
      `**GitHub deployment:** ${state.deployment.id} in ${escapeMarkdown(state.deployment.environment)} stays in_progress; the run that promotes or aborts the canary finishes it.`,
    );
  summary.paragraph(lines.join('<br>'));
  summary.table(
    ['Time', 'Step', 'Weight', 'Pause', 'Decision', 'Detail'],
    state.timeline.map((entry) => {
      const step = state.steps[entry.step];
      return [
        `+${formatDuration(Math.max(0, entry.at - state.startedAt))}`,
        entry.step >= 0 ? `${entry.step + 1}/${state.steps.length}` : '–',
        `${entry.weight}%`,
        step ? (step.manual ? 'manual' : step.pauseMs ? formatDuration(step.pauseMs) : '–') : '–',
        `${ICON[entry.decision] ?? ''} ${entry.decision}`,
        escapeMarkdown(entry.detail),
      ];
    }),
  );
  // Capacity that followed the weight: the replicas of each side at every step.
  const scaled = state.analyses.some((a) => a.replicas);
  const hpa = state.capacity?.hpa ? ` (HPA ${escapeMarkdown(state.capacity.hpa)})` : '';
  const stepRows = state.analyses.map((a) => [
    `${a.step + 1}`,
    `${a.weight}%`,
    ...(scaled ? [a.replicas ? `canary ${a.replicas.canary} · stable ${a.replicas.stable}${hpa}` : '–'] : []),
    a.verdict === 'pass' ? '✅ pass' : a.verdict === 'fail' ? '❌ fail' : '❔ inconclusive',
    { raw: metricCell({ ...state, analyses: [a] }, a.step, metrics) },
  ]);
  if (stepRows.length)
    summary
      .heading('Analysis per step', 3)
      .table(['Step', 'Weight', ...(scaled ? ['Replicas'] : []), 'Verdict', 'Samples'], stepRows);
  const loads = stepLoads(state);
  if (loads.length)
    summary.heading('Generated load per step', 3).table(
      ['Step', 'Weight', 'Sent', 'Achieved', 'Error rate', 'p50', 'p95', 'p99'],
      loads.map(({ step, weight, figures }) => {
        const ms = (value: number | undefined) => (value === undefined ? '–' : `${value} ms`);
        return [
          `${step}`,
          `${weight}%`,
          `${figures.sent}`,
          `${figures.rps}/s`,
          `${+(figures.errorRate * 100).toFixed(2)}%`,
          ms(figures.latency?.p50),
          ms(figures.latency?.p95),
          ms(figures.latency?.p99),
        ];
      }),
    );
  for (const spec of metrics) {
    const chart = metricChart(state, spec);
    if (chart)
      summary
        .heading(`${escapeMarkdown(spec.name)} against ${escapeMarkdown(formatThreshold(spec))}`, 3)
        .code(chart, 'mermaid');
  }
  return summary;
}
