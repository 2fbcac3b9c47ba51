import { fleetDeliveries, type Delivery } from './fleet-deliveries';
import type { DeliveryRecord } from './record';
import { mean, median, percentile } from './statistics';

const DAY_MS = 86_400_000;

export interface MetricsWindow {
  sinceMs: number;
  untilMs: number;
}

export interface WeekCount {
  /** The Monday (UTC) the week starts on, YYYY-MM-DD. */
  week: string;
  deployments: number;
  failures: number;
}

/** The measures of one environment (or one service in it) over one window; durations in seconds. */
export interface DeliveryMeasures {
  environment: string;
  /** The service measured; null: every service of the environment, their figures pooled. */
  service: string | null;
  since: string;
  until: string;
  days: number;
  /** Deliveries whose start is in the window, unfinished ones included (a fleet delivery is one). */
  records: number;
  /** The records behind them: a fleet delivery has one per cluster. */
  clusterRecords: number;
  /** Records without a final status: left out of every measure. */
  unfinished: number;
  /** Finished deploys and canary decisions. */
  changes: number;
  /** The changes that succeeded: what deployment frequency counts. */
  deployments: number;
  failedChanges: number;
  rollbacks: number;
  deploymentFrequency: { perDay: number; perWeek: number };
  leadTime: { samples: number; medianSeconds: number | null; p90Seconds: number | null };
  changeFailureRate: number | null;
  timeToRestore: { samples: number; medianSeconds: number | null; unrestored: number };
  deployDuration: { samples: number; meanSeconds: number | null };
  rollbackDuration: { samples: number; meanSeconds: number | null };
  weeks: WeekCount[];
}

const ms = (iso: string) => Date.parse(iso);
const seconds = (value: number | null) => (value === null ? null : value / 1000);

/** What one service's deliveries in one environment give the measures, before pooling. */
interface StreamFacts {
  inWindow: Delivery[];
  finished: Delivery[];
  changes: Delivery[];
  successes: Delivery[];
  failed: Delivery[];
  leadTimes: number[];
  restores: number[];
  unrestored: number;
  deployDurations: number[];
  rollbackDurations: number[];
}

/**
 * The definitions, in the order the summary shows them, over deliveries (fleetDeliveries: a
 * fleet run's records of one service and stage, one per cluster, are one delivery):
 * - a change is a finished deploy or canary decision; a rollback is not a change;
 * - deployment frequency: successful changes ÷ the window's days (and × 7 a week);
 * - lead time: commit time → the end of each successful change that knows its commit time
 *   (for a fleet delivery, the end of its last cluster) (median, nearest-rank p90);
 * - a change failed when its own result is failure, rolled-back or aborted, or when the next
 *   finished delivery of the same service in the environment is a rollback; change failure
 *   rate = failed ÷ changes;
 * - time to restore, per failed change: from its start (or, when it succeeded and was rolled back
 *   later, from its end, when it went live) to the end of whatever made the service healthy
 *   again: its own automatic rollback or abort, else the service's next successful delivery
 *   (deploy, rollback or canary); a failure not restored inside the window is counted apart;
 * - deploy and rollback durations: start → end of finished deploys and rollbacks, any result.
 * The environment's figures pool its services' (each service's changes, failures and samples).
 */
function streamFacts(stream: Delivery[], window: MetricsWindow): StreamFacts {
  const inWindow = stream.filter((r) => ms(r.startedAt) >= window.sinceMs && ms(r.startedAt) <= window.untilMs);
  const finished = inWindow.filter((r) => r.result !== null && r.finishedAt !== null);
  const isChange = (r: DeliveryRecord) => r.kind === 'deploy' || r.kind === 'canary';
  const changes = finished.filter(isChange);
  const successes = changes.filter((r) => r.result === 'success');
  const failedAt = finished.flatMap((r, i) =>
    isChange(r) && (r.result !== 'success' || finished[i + 1]?.kind === 'rollback') ? [i] : [],
  );
  const leadTimes = successes.flatMap((r) =>
    r.commitTime && ms(r.finishedAt as string) >= ms(r.commitTime)
      ? [ms(r.finishedAt as string) - ms(r.commitTime)]
      : [],
  );
  const restores: number[] = [];
  let unrestored = 0;
  for (const i of failedAt) {
    const failed = finished[i] as DeliveryRecord;
    const start = failed.result === 'success' ? ms(failed.finishedAt as string) : ms(failed.startedAt);
    const healthy =
      failed.result === 'rolled-back' || failed.result === 'aborted'
        ? failed
        : finished.slice(i + 1).find((r) => r.result === 'success');
    if (healthy) restores.push(ms(healthy.finishedAt as string) - start);
    else unrestored++;
  }
  const durations = (kind: DeliveryRecord['kind']) =>
    finished.filter((r) => r.kind === kind).map((r) => ms(r.finishedAt as string) - ms(r.startedAt));
  return {
    inWindow,
    finished,
    changes,
    successes,
    failed: failedAt.map((i) => finished[i] as Delivery),
    leadTimes,
    restores,
    unrestored,
    deployDurations: durations('deploy'),
    rollbackDurations: durations('rollback'),
  };
}

/** The measures of one environment (every service, or one) over one window. */
export function computeMeasures(
  all: DeliveryRecord[],
  environment: string,
  window: MetricsWindow,
  service?: string,
): DeliveryMeasures {
  const deliveries = fleetDeliveries(all).filter(
    (d) => d.environment === environment && (service === undefined || d.service === service),
  );
  const streams = new Map<string, Delivery[]>();
  for (const d of deliveries) streams.set(d.service, [...(streams.get(d.service) ?? []), d]);
  const facts = [...streams.values()].map((stream) => streamFacts(stream, window));
  const pool = <T>(pick: (f: StreamFacts) => T[]): T[] => facts.flatMap(pick);
  const inWindow = pool((f) => f.inWindow);
  const finished = pool((f) => f.finished);
  const changes = pool((f) => f.changes);
  const successes = pool((f) => f.successes);
  const failed = pool((f) => f.failed);
  const leadTimes = pool((f) => f.leadTimes);
  const restores = pool((f) => f.restores);
  const deployDurations = pool((f) => f.deployDurations);
  const rollbackDurations = pool((f) => f.rollbackDurations);
  const days = (window.untilMs - window.sinceMs) / DAY_MS;
  const perDay = days > 0 ? successes.length / days : 0;

  return {
    environment,
    service: service ?? null,
    since: new Date(window.sinceMs).toISOString(),
    until: new Date(window.untilMs).toISOString(),
    days,
    records: inWindow.length,
    clusterRecords: inWindow.reduce((n, d) => n + d.records, 0),
    unfinished: inWindow.length - finished.length,
    changes: changes.length,
    deployments: successes.length,
    failedChanges: failed.length,
    rollbacks: finished.filter((r) => r.kind === 'rollback').length,
    deploymentFrequency: { perDay, perWeek: perDay * 7 },
    leadTime: {
      samples: leadTimes.length,
      medianSeconds: seconds(median(leadTimes)),
      p90Seconds: seconds(percentile(leadTimes, 90)),
    },
    changeFailureRate: changes.length ? failed.length / changes.length : null,
    timeToRestore: {
      samples: restores.length,
      medianSeconds: seconds(median(restores)),
      unrestored: facts.reduce((n, f) => n + f.unrestored, 0),
    },
    deployDuration: { samples: deployDurations.length, meanSeconds: seconds(mean(deployDurations)) },
    rollbackDuration: { samples: rollbackDurations.length, meanSeconds: seconds(mean(rollbackDurations)) },
    weeks: weekCounts(window, successes, failed),
  };
}

/** The services with deliveries in the environment, in name order. */
export function servicesIn(all: DeliveryRecord[], environment: string): string[] {
  return [...new Set(fleetDeliveries(all).flatMap((d) => (d.environment === environment ? [d.service] : [])))].sort();
}

/** Monday 00:00 UTC of the week holding `time`. */
export function weekStart(time: number): number {
  const day = new Date(time);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((day.getUTCDay() + 6) % 7) * DAY_MS;
}

function weekCounts(window: MetricsWindow, successes: DeliveryRecord[], failures: DeliveryRecord[]): WeekCount[] {
  const weeks: WeekCount[] = [];
  for (let start = weekStart(window.sinceMs); start <= window.untilMs; start += 7 * DAY_MS) {
    const inWeek = (r: DeliveryRecord) => weekStart(ms(r.startedAt)) === start;
    weeks.push({
      week: new Date(start).toISOString().slice(0, 10),
      deployments: successes.filter(inWeek).length,
      failures: failures.filter(inWeek).length,
    });
  }
  return weeks;
}
