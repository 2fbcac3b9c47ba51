import type { Annotation } from '@slipway/kit';
import type { JudgedFinding } from './finding';
import { levelOf, severityRank } from './severity';

/** GitHub shows at most 10 annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

export interface PlannedAnnotation {
  type: 'error' | 'warning' | 'notice';
  message: string;
  where: Annotation;
}

/**
 * Failing findings become errors, the others warnings or notices; within each type the ones on
 * changed lines come first, then the most severe. The rest are left to the summary.
 */
export function planAnnotations(findings: JudgedFinding[], perType = ANNOTATIONS_PER_TYPE): PlannedAnnotation[] {
  const exempt = new Set(['baselined', 'allowed', 'unchanged-line']);
  const candidates = findings.filter((f) => f.file && !exempt.has(f.verdict));
  const typed = candidates.map((f) => ({ f, type: annotationType(f) }));
  typed.sort(
    (a, b) =>
      Number(b.f.onChangedLine) - Number(a.f.onChangedLine) ||
      severityRank(b.f.severity) - severityRank(a.f.severity) ||
      (a.f.file ?? '').localeCompare(b.f.file ?? '') ||
      (a.f.line ?? 0) - (b.f.line ?? 0),
  );
  const used = { error: 0, warning: 0, notice: 0 };
  const planned: PlannedAnnotation[] = [];
  for (const { f, type } of typed) {
    if (used[type] >= perType) continue;
    used[type]++;
    planned.push({
      type,
      message: `${f.message} [${f.tool} ${f.ruleId}, ${f.severity}]`,
      where: {
        title: `${f.tool}: ${f.ruleId}`,
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { line: f.line } : {}),
        ...(f.endLine ? { endLine: f.endLine } : {}),
        ...(f.column && (!f.endLine || f.endLine === f.line) ? { col: f.column } : {}),
      },
    });
  }
  return planned;
}

function annotationType(finding: JudgedFinding): PlannedAnnotation['type'] {
  if (finding.verdict === 'failing') return 'error';
  return levelOf(finding.severity) === 'note' ? 'notice' : 'warning';
}
