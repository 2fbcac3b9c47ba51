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

/** The measures of one environment over one window; durations in seconds. */
export interface DeliveryMeasures {
  environment: string;
  since: string;
  until: string;
  days: number;
  /** Records whose start is in the window, unfinished ones included. */
  records: number;
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

/**
 * The definitions, in the order the summary shows them:
 * - a change is a finished deploy or canary decision; a rollback is not a change;
 * - deployment frequency: successful changes ÷ the window's days (and × 7 a week);
 * - lead time: commit time → the end of each successful change that knows its commit time
 *   (median, nearest-rank p90);
 * - a change failed when its own result is failure, rolled-back or aborted, or when the next
 *   finished record of the environment is a rollback; change failure rate = failed ÷ changes;
 * - time to restore, per failed change: from its start (or, when it succeeded and was rolled back
 *   later, from its end, when it went live) to the end of whatever made the environment healthy
 *   again: its own automatic rollback or abort, else the next successful record (deploy,
 *   rollback or canary); a failure not restored inside the window is counted apart;
 * - deploy and rollback durations: start → end of finished deploys and rollbacks, any result.
 */
export function computeMeasures(all: DeliveryRecord[], environment: string, window: MetricsWindow): DeliveryMeasures {
  const inWindow = all
    .filter(
      (r) => r.environment === environment && ms(r.startedAt) >= window.sinceMs && ms(r.startedAt) <= window.untilMs,
    )
    .sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
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
  const deployDurations = durations('deploy');
  const rollbackDurations = durations('rollback');
  const days = (window.untilMs - window.sinceMs) / DAY_MS;
  const perDay = days > 0 ? successes.length / days : 0;

  return {
    environment,
    since: new Date(window.sinceMs).toISOString(),
    until: new Date(window.untilMs).toISOString(),
    days,
    records: inWindow.length,
    unfinished: inWindow.length - finished.length,
    changes: changes.length,
    deployments: successes.length,
    failedChanges: failedAt.length,
    rollbacks: finished.filter((r) => r.kind === 'rollback').length,
    deploymentFrequency: { perDay, perWeek: perDay * 7 },
    leadTime: {
      samples: leadTimes.length,
      medianSeconds: seconds(median(leadTimes)),
      p90Seconds: seconds(percentile(leadTimes, 90)),
    },
    changeFailureRate: changes.length ? failedAt.length / changes.length : null,
    timeToRestore: { samples: restores.length, medianSeconds: seconds(median(restores)), unrestored },
    deployDuration: { samples: deployDurations.length, meanSeconds: seconds(mean(deployDurations)) },
    rollbackDuration: { samples: rollbackDurations.length, meanSeconds: seconds(mean(rollbackDurations)) },
    weeks: weekCounts(
      window,
      successes,
      failedAt.map((i) => finished[i] as DeliveryRecord),
    ),
  };
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
