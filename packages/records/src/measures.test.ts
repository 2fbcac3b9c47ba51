import { describe, expect, it } from '@jest/globals';
import { computeMeasures, weekStart } from './measures';
import type { DeliveryRecord } from './record';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-02T00:00:00Z'); // a Monday
const at = (ms: number) => new Date(T0 + ms).toISOString();
const record = (over: Partial<DeliveryRecord> & { start: number; end?: number | null }): DeliveryRecord => {
  const { start, end, ...rest } = over;
  return {
    kind: 'deploy',
    environment: 'prod',
    release: 'web',
    revision: null,
    image: null,
    imageDigest: null,
    commit: null,
    commitTime: null,
    startedAt: at(start),
    finishedAt: end === null ? null : at(end ?? start + MIN),
    result: end === null ? null : 'success',
    ...rest,
  };
};
const window = { sinceMs: T0, untilMs: T0 + 14 * DAY };

describe('computeMeasures', () => {
  it('an empty window: zero counts and no values, one bucket per week', () => {
    const m = computeMeasures([], 'prod', window);
    expect(m).toMatchObject({
      records: 0,
      changes: 0,
      deployments: 0,
      changeFailureRate: null,
      leadTime: { samples: 0, medianSeconds: null, p90Seconds: null },
      timeToRestore: { samples: 0, medianSeconds: null, unrestored: 0 },
      deployDuration: { samples: 0, meanSeconds: null },
    });
    expect(m.weeks.map((w) => w.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('keeps other environments and records outside the window out', () => {
    const m = computeMeasures(
      [
        record({ start: -MIN }),
        record({ start: DAY, environment: 'staging' }),
        record({ start: 15 * DAY }),
        record({ start: DAY }),
      ],
      'prod',
      window,
    );
    expect(m.records).toBe(1);
    expect(m.deployments).toBe(1);
  });

  it('a failure never restored in the window is counted apart; a failed rollback does not restore', () => {
    const m = computeMeasures(
      [
        record({ start: 0, end: 5 * MIN, result: 'failure' }),
        record({ start: DAY, end: DAY + MIN, kind: 'rollback', result: 'failure' }),
      ],
      'prod',
      window,
    );
    expect(m).toMatchObject({ changes: 1, failedChanges: 1, changeFailureRate: 1 });
    expect(m.timeToRestore).toEqual({ samples: 0, medianSeconds: null, unrestored: 1 });
    expect(m.rollbackDuration).toEqual({ samples: 1, meanSeconds: 60 });
  });

  it('a success rolled back later fails from its end; the unfinished record between is ignored', () => {
    const m = computeMeasures(
      [
        record({ start: 0, end: 2 * MIN }),
        record({ start: 10 * MIN, end: null }),
        record({ start: 30 * MIN, end: 32 * MIN, kind: 'rollback' }),
      ],
      'prod',
      window,
    );
    expect(m).toMatchObject({ unfinished: 1, changes: 1, failedChanges: 1 });
    expect(m.timeToRestore.medianSeconds).toBe(30 * 60);
  });

  it('lead time ignores a commit time after the end (a clock or a payload gone wrong)', () => {
    const m = computeMeasures(
      [
        record({ start: DAY, commitTime: at(2 * DAY) }),
        record({ start: DAY, end: DAY + MIN, commitTime: at(DAY - 9 * MIN) }),
      ],
      'prod',
      window,
    );
    expect(m.leadTime).toEqual({ samples: 1, medianSeconds: 600, p90Seconds: 600 });
  });
});

describe('weekStart', () => {
  it('is the Monday 00:00 UTC of the week, Sunday included', () => {
    expect(new Date(weekStart(Date.parse('2026-11-08T23:59:59Z'))).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(new Date(weekStart(Date.parse('2026-11-09T00:00:00Z'))).toISOString()).toBe('2026-11-09T00:00:00.000Z');
  });
});
