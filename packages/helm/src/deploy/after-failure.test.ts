import { describe, expect, it } from '@jest/globals';
import type { Revision } from '../release-history';
import { decideAfterFailure, type AfterFailure, type FailureFacts } from './after-failure';

const rev = (revision: number, status: string): Revision => ({
  revision,
  status,
  chart: 'web-1.0.0',
  appVersion: '1',
  description: '',
  updated: '',
});
const good = [rev(1, 'superseded'), rev(2, 'deployed')];
const base: FailureFacts = { before: good, after: good, ours: undefined, concurrent: false, rollbackOnFailure: true };

const cases: Array<[string, Partial<FailureFacts>, AfterFailure]> = [
  ['helm refused an upgrade before writing a revision (kubeVersion, template)', {}, { action: 'nothing-created' }],
  ['helm refused a first install before writing anything', { before: [], after: [] }, { action: 'nothing-created' }],
  [
    'refused, rollback-on-failure off: still nothing to say about a rollback',
    { rollbackOnFailure: false },
    { action: 'nothing-created' },
  ],
  ['an upgrade that failed in helm', { after: [...good, rev(3, 'failed')] }, { action: 'rollback', to: 2 }],
  [
    'an upgrade helm left pending when its wait was stopped',
    { after: [...good, rev(3, 'pending-upgrade')] },
    { action: 'rollback', to: 2 },
  ],
  [
    'helm said deployed, the judge did not',
    { after: [rev(1, 'superseded'), rev(2, 'superseded'), rev(3, 'deployed')], ours: 3 },
    { action: 'rollback', to: 2 },
  ],
  [
    'a first install helm said deployed, the judge did not',
    { before: [], after: [rev(1, 'deployed')], ours: 1 },
    { action: 'uninstall' },
  ],
  ['a failed first install', { before: [], after: [rev(1, 'failed')] }, { action: 'uninstall' }],
  [
    'another run deployed meanwhile',
    { after: [...good, rev(3, 'failed'), rev(4, 'deployed')] },
    { action: 'other-run', revision: 4 },
  ],
  [
    'another run holds the release',
    { concurrent: true, after: [...good, rev(3, 'pending-upgrade')] },
    { action: 'concurrent', holder: rev(3, 'pending-upgrade') },
  ],
  ['rollback-on-failure off', { after: [...good, rev(3, 'failed')], rollbackOnFailure: false }, { action: 'disabled' }],
  ['the history could not be read after', { after: undefined }, { action: 'rollback', to: 2 }],
];

describe('decideAfterFailure', () => {
  it.each(cases)('%s', (_what, facts, expected) => {
    expect(decideAfterFailure({ ...base, ...facts })).toEqual(expected);
  });
});
