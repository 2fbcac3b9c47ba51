import { describe, expect, it } from '@jest/globals';
import { classifyRelease, lastGoodRevision, parseHistory } from './release-history';

const entry = (revision: number, status: string) => ({
  revision,
  updated: '2026-11-22T03:33:00Z',
  status,
  chart: 'sample-app-0.1.0',
  app_version: '1.0.0',
  description: status === 'deployed' ? 'Upgrade complete' : 'Preparing upgrade',
});
const history = (...statuses: string[]) => parseHistory(JSON.stringify(statuses.map((s, i) => entry(i + 1, s))));

describe('parseHistory', () => {
  it('reads helm history -o json and orders by revision', () => {
    const parsed = parseHistory(JSON.stringify([entry(2, 'deployed'), entry(1, 'superseded')]));
    expect(parsed.map((r) => r.revision)).toEqual([1, 2]);
    expect(parsed[1]).toMatchObject({ status: 'deployed', chart: 'sample-app-0.1.0', appVersion: '1.0.0' });
  });
  it('refuses what is not a list', () => expect(() => parseHistory('{}')).toThrow(/did not print a list/));
});

describe('classifyRelease', () => {
  it('no history is absent', () => expect(classifyRelease([])).toEqual({ kind: 'absent' }));
  it('a deployed release is ready', () => {
    const state = classifyRelease(history('superseded', 'deployed'));
    expect(state).toMatchObject({ kind: 'ready', current: { revision: 2 }, lastDeployed: { revision: 2 } });
  });
  it('a failed upgrade over a good revision is ready (helm upgrades from it)', () => {
    expect(classifyRelease(history('deployed', 'failed'))).toMatchObject({
      kind: 'ready',
      lastDeployed: { revision: 1 },
    });
  });
  it.each(['pending-upgrade', 'pending-rollback', 'pending-install'])('%s over a deployed revision is stuck', (s) => {
    expect(classifyRelease(history('superseded', 'deployed', s))).toMatchObject({
      kind: 'stuck',
      current: { revision: 3, status: s },
      lastDeployed: { revision: 2 },
    });
  });
  it('stuck after a failed revision goes back to the last superseded good one', () => {
    expect(classifyRelease(history('superseded', 'failed', 'pending-upgrade'))).toMatchObject({
      kind: 'stuck',
      lastDeployed: { revision: 1 },
    });
  });
  it('a pending or failed first install was never deployed', () => {
    expect(classifyRelease(history('pending-install'))).toMatchObject({ kind: 'never-deployed' });
    expect(classifyRelease(history('failed'))).toMatchObject({ kind: 'never-deployed' });
    expect(classifyRelease(history('failed', 'failed'))).toMatchObject({ kind: 'never-deployed' });
  });
});

describe('lastGoodRevision', () => {
  it('prefers the revision helm marks deployed, before a given revision', () => {
    const h = history('superseded', 'superseded', 'deployed', 'failed');
    expect(lastGoodRevision(h)?.revision).toBe(3);
    expect(lastGoodRevision(h, 3)?.revision).toBe(2);
    expect(lastGoodRevision(h, 1)).toBeUndefined();
  });
});
