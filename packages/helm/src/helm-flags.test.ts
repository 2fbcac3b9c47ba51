import { describe, expect, it } from '@jest/globals';
import { timeoutFlag, upgradeFlags, waitFlags } from './helm-flags';

describe('upgradeFlags', () => {
  const all = { wait: true, helmRollbackOnFailure: true, force: true };
  it('spells v3 flags', () => {
    expect(upgradeFlags(3, all)).toEqual(['--atomic', '--wait', '--force']);
  });
  it('spells v4 flags', () => {
    expect(upgradeFlags(4, all)).toEqual(['--rollback-on-failure', '--wait=watcher', '--force-replace']);
  });
  it('adds nothing that was not asked for', () => {
    expect(upgradeFlags(3, { wait: false, helmRollbackOnFailure: false, force: false })).toEqual([]);
    expect(upgradeFlags(4, { wait: false, helmRollbackOnFailure: false, force: false })).toEqual([]);
  });
});

describe('waitFlags and timeoutFlag', () => {
  it('maps wait per major', () => {
    expect(waitFlags(3, true)).toEqual(['--wait']);
    expect(waitFlags(4, true)).toEqual(['--wait=watcher']);
    expect(waitFlags(4, false)).toEqual([]);
  });
  it('rounds the timeout up to whole seconds', () => {
    expect(timeoutFlag(90_000)).toEqual(['--timeout', '90s']);
    expect(timeoutFlag(1500)).toEqual(['--timeout', '2s']);
  });
});
