import type { DeliveryMeasures } from './measures';

export type Band = 'elite' | 'high' | 'medium' | 'low';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The performance clusters of the 2023 Accelerate State of DevOps Report (DORA, dora.dev):
 *
 * | band   | deployment frequency              | lead time            | change failure rate | time to restore      |
 * | elite  | on demand (several a day)         | less than one day    | 5%                  | less than one hour   |
 * | high   | between once a day and once a week| one day to one week  | 10%                 | less than one day    |
 * | medium | between once a week and once a month | one week to one month | 15%            | one day to one week  |
 * | low    | between once a week and once a month | one week to one month | 64%            | one month to six months |
 *
 * The report's ranges leave gaps and overlaps (low and medium share a frequency; nothing
 * covers one week to one month of restore time); here each band starts where the one above
 * ends: elite ≥ 1 deploy a day, high ≥ 1 a week, medium ≥ 1 a month (30 days), else low;
 * lead time elite < 1 day, high ≤ 7 days, medium ≤ 30 days; change failure rate elite ≤ 5%,
 * high ≤ 10%, medium ≤ 15%; time to restore elite < 1 hour, high < 1 day, medium ≤ 7 days.
 */
export const BAND_SOURCE = '2023 Accelerate State of DevOps Report (DORA) performance clusters';

export function frequencyBand(perDay: number): Band {
  if (perDay >= 1) return 'elite';
  if (perDay >= 1 / 7) return 'high';
  if (perDay >= 1 / 30) return 'medium';
  return 'low';
}

export function leadTimeBand(seconds: number): Band {
  if (seconds < DAY) return 'elite';
  if (seconds <= 7 * DAY) return 'high';
  if (seconds <= 30 * DAY) return 'medium';
  return 'low';
}

export function failureRateBand(rate: number): Band {
  if (rate <= 0.05) return 'elite';
  if (rate <= 0.1) return 'high';
  if (rate <= 0.15) return 'medium';
  return 'low';
}

export function restoreBand(seconds: number): Band {
  if (seconds < HOUR) return 'elite';
  if (seconds < DAY) return 'high';
  if (seconds <= 7 * DAY) return 'medium';
  return 'low';
}

/** The band of each measure that has a value (none for a measure without samples). */
export function bandsOf(m: DeliveryMeasures): {
  deploymentFrequency: Band | null;
  leadTime: Band | null;
  changeFailureRate: Band | null;
  timeToRestore: Band | null;
} {
  return {
    deploymentFrequency: m.changes ? frequencyBand(m.deploymentFrequency.perDay) : null,
    leadTime: m.leadTime.medianSeconds === null ? null : leadTimeBand(m.leadTime.medianSeconds),
    changeFailureRate: m.changeFailureRate === null ? null : failureRateBand(m.changeFailureRate),
    timeToRestore: m.timeToRestore.medianSeconds === null ? null : restoreBand(m.timeToRestore.medianSeconds),
  };
}
