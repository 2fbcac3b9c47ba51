import { SummaryBuilder } from '@slipway/kit';
import { deploySummary } from '@slipway/helm';
import { smokeSummary } from '@slipway/smoke';
import { canarySummary } from '@slipway/canary';
import { notifySummary } from '@slipway/notify';
import { verifiedSummary } from '@slipway/image';
import type { DeliveryPlan } from './plan-delivery';
import type { DeliveryReport, StageOutcome } from './delivery-report';

const MARK: Record<StageOutcome, string> = { succeeded: '✅', failed: '❌', paused: '⏸️', skipped: '⏭️' };
const HEADLINE = { succeeded: '✅ delivered', failed: '❌ failed', paused: '⏸️ paused' };

/** One job summary for the whole delivery: a table of stages, then each stage's own summary. */
export function deliverySummary(plan: DeliveryPlan, report: DeliveryReport): SummaryBuilder {
  const summary = new SummaryBuilder()
    .heading(`Slipway: ${plan.deploy.release} to ${plan.environment} ${HEADLINE[report.result]}`)
    .table(
      ['Stage', 'Result', 'Detail'],
      report.stages.map((s) => [s.stage, `${MARK[s.outcome]} ${s.outcome}`, s.detail]),
    );
  if (plan.image) summary.paragraph(`Image: \`${plan.image.replace(/`/g, '')}\` in namespace \`${plan.namespace}\``);
  verifiedSummary(summary, report.verified, report.chartImages);
  // Each stage's summary is rendered as the single action writes it; the whole stays under 1 MiB.
  if (report.deploy) summary.paragraph(deploySummary(report.deploy).render());
  if (report.canary) summary.paragraph(canarySummary(report.canary.state, plan.canary?.metrics ?? []).render());
  if (report.smoke) summary.paragraph(smokeSummary(report.smoke).render());
  if (report.notify) summary.paragraph(notifySummary(report.notify, report.notifyStatus, undefined).render());
  return summary;
}
