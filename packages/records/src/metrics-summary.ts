import { formatDuration, SummaryBuilder } from '@slipway/kit';
import { BAND_SOURCE, bandsOf, type Band } from './dora-bands';
import type { DeliveryMeasures } from './measures';

/** 45s, 12m 30s, 3h 20m, 2d 4h: the two largest units. */
export function spanText(seconds: number): string {
  if (seconds < 3600) return formatDuration(seconds * 1000);
  const minutes = Math.round(seconds / 60);
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h${minutes % 60 ? ` ${minutes % 60}m` : ''}`;
  const hours = Math.round(seconds / 3600);
  return `${Math.floor(hours / 24)}d${hours % 24 ? ` ${hours % 24}h` : ''}`;
}

const rate = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
const percent = (r: number) => `${(r * 100).toFixed(1)}%`;
const band = (b: Band | null) => b ?? '—';
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Deploys (bars) and failed changes (line) per week, as a Mermaid xychart the job summary draws. */
export function weeklyChart(m: DeliveryMeasures): string {
  const labels = m.weeks.map((w) => `"${w.week.slice(5)}"`).join(', ');
  const top = Math.max(1, ...m.weeks.map((w) => Math.max(w.deployments, w.failures)));
  return [
    'xychart-beta',
    `  title "${m.environment}: deployments (bars) and failed changes (line) per week"`,
    `  x-axis "week starting (UTC)" [${labels}]`,
    `  y-axis "count" 0 --> ${top}`,
    `  bar [${m.weeks.map((w) => w.deployments).join(', ')}]`,
    `  line [${m.weeks.map((w) => w.failures).join(', ')}]`,
  ].join('\n');
}

const OVERVIEW_HEADER = [
  'Deployments',
  'Deployment frequency',
  'Lead time (median)',
  'Change failure rate',
  'Time to restore (median)',
];

/** One row of an overview: an environment's or a service's headline figures, with their bands. */
function overviewRow(m: DeliveryMeasures): string[] {
  const bands = bandsOf(m);
  const withBand = (text: string, b: Band | null) => (b ? `${text} (${b})` : text);
  const fleet = m.clusterRecords > m.records ? ` (${m.clusterRecords} cluster records)` : '';
  return [
    `${m.deployments} of ${count(m.changes, 'change')}${fleet}`,
    m.changes ? withBand(`${rate(m.deploymentFrequency.perDay)} a day`, bands.deploymentFrequency) : '—',
    m.leadTime.medianSeconds === null ? '—' : withBand(spanText(m.leadTime.medianSeconds), bands.leadTime),
    m.changeFailureRate === null
      ? '—'
      : withBand(`${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`, bands.changeFailureRate),
    m.timeToRestore.medianSeconds === null
      ? m.timeToRestore.unrestored
        ? `${m.timeToRestore.unrestored} not restored`
        : '—'
      : withBand(spanText(m.timeToRestore.medianSeconds), bands.timeToRestore),
  ];
}

/** Every environment's headline figures side by side, before each one's own section. */
export function environmentsOverview(all: DeliveryMeasures[], summary = new SummaryBuilder()): SummaryBuilder {
  return summary.heading('Delivery metrics by environment').table(
    ['Environment', ...OVERVIEW_HEADER],
    all.map((m) => [m.environment, ...overviewRow(m)]),
  );
}

/**
 * One environment's section: its measures and bands, a table by service (a fleet delivery counts
 * once per service and stage, whatever its clusters), and the weekly chart.
 */
export function metricsSummary(
  m: DeliveryMeasures,
  source: string,
  services: DeliveryMeasures[] = [],
  summary = new SummaryBuilder(),
): SummaryBuilder {
  summary.heading(`Delivery metrics: ${m.environment}`);
  const window = `${m.since.slice(0, 16).replace('T', ' ')} → ${m.until.slice(0, 16).replace('T', ' ')} UTC (${rate(m.days)} days), from ${source}`;
  if (!m.records) {
    return summary.paragraph(
      `**No deployments** recorded in ${m.environment} in this window: nothing to measure. ${window}.`,
    );
  }
  const bands = bandsOf(m);
  const lead = m.leadTime;
  const ttr = m.timeToRestore;
  summary.paragraph(window).table(
    ['Measure', 'Value', 'DORA band'],
    [
      [
        'Deployment frequency',
        `${rate(m.deploymentFrequency.perDay)} a day (${rate(m.deploymentFrequency.perWeek)} a week): ${m.deployments} successful of ${m.changes} changes`,
        band(bands.deploymentFrequency),
      ],
      [
        'Lead time for changes',
        lead.medianSeconds === null
          ? 'no successful change with a commit time'
          : `median ${spanText(lead.medianSeconds)}, p90 ${spanText(lead.p90Seconds as number)} (${count(lead.samples, 'change')})`,
        band(bands.leadTime),
      ],
      [
        'Change failure rate',
        m.changeFailureRate === null
          ? 'no changes'
          : `${percent(m.changeFailureRate)} (${m.failedChanges} of ${m.changes})`,
        band(bands.changeFailureRate),
      ],
      [
        'Time to restore',
        ttr.medianSeconds === null
          ? `no restored failure${ttr.unrestored ? ` (${ttr.unrestored} not restored)` : ''}`
          : `median ${spanText(ttr.medianSeconds)} (${ttr.samples} restored${ttr.unrestored ? `, ${ttr.unrestored} not restored` : ''})`,
        band(bands.timeToRestore),
      ],
      [
        'Mean deploy duration',
        m.deployDuration.meanSeconds === null
          ? '—'
          : `${spanText(m.deployDuration.meanSeconds)} (${count(m.deployDuration.samples, 'deploy')})`,
        '',
      ],
      [
        'Mean rollback duration',
        m.rollbackDuration.meanSeconds === null
          ? '—'
          : `${spanText(m.rollbackDuration.meanSeconds)} (${count(m.rollbackDuration.samples, 'rollback')})`,
        '',
      ],
    ],
  );
  if (services.length)
    summary.heading(`${m.environment} by service`, 3).table(
      ['Service', ...OVERVIEW_HEADER],
      services.map((one) => [one.service ?? '', ...overviewRow(one)]),
    );
  if (m.unfinished)
    summary.paragraph(
      `${m.unfinished} record(s) without a final status (a run that died or is still going) are left out.`,
    );
  summary.code(weeklyChart(m), 'mermaid');
  return summary.paragraph(
    `Bands: the ${BAND_SOURCE}, each band starting where the one above ends (frequency elite ≥ 1 a day, high ≥ 1 a week, medium ≥ 1 a month; lead time elite < 1 day, high ≤ 1 week, medium ≤ 30 days; failure rate elite ≤ 5%, high ≤ 10%, medium ≤ 15%; restore elite < 1 hour, high < 1 day, medium ≤ 1 week).`,
  );
}
