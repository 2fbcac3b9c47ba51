import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@slipway/kit';
import { HelmCli } from './helm-cli';
import { recoverStuckRelease } from './recover-release';

/** A stand-in helm: prints the given history and records every argv it was called with. */
function fakeHelm(history: Array<{ revision: number; status: string }>) {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-helm-'));
  const log = join(dir, 'calls.log');
  const script = join(dir, 'helm');
  writeFileSync(
    script,
    `#!/usr/bin/env node
const fs = require('fs');
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');
if (process.argv[2] === 'history') process.stdout.write(${JSON.stringify(JSON.stringify(history))});
`,
  );
  chmodSync(script, 0o755);
  const calls = () =>
    readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
  return { script, calls };
}

describe('recoverStuckRelease', () => {
  it('rolls a pending-upgrade back to the last deployed revision and says so', async () => {
    const fake = fakeHelm([
      { revision: 1, status: 'superseded' },
      { revision: 2, status: 'deployed' },
      { revision: 3, status: 'pending-upgrade' },
    ]);
    const logger = memoryLogger();
    const helm = new HelmCli({ path: fake.script, major: 4, namespace: 'prod' }, logger);
    const recovery = await recoverStuckRelease(helm, 'web', { timeoutMs: 60_000, logger });
    expect(recovery).toEqual({ action: 'rolled-back', from: 3, fromStatus: 'pending-upgrade', to: 2 });
    expect(fake.calls()[1]).toEqual([
      'rollback',
      '--namespace',
      'prod',
      '--timeout',
      '60s',
      '--wait=watcher',
      '--',
      'web',
      '2',
    ]);
    expect(logger.lines.join('\n')).toMatch(/stuck at revision 3 \(pending-upgrade\).*rolling back to revision 2/);
  });

  it('uninstalls a first install that never succeeded', async () => {
    const fake = fakeHelm([{ revision: 1, status: 'pending-install' }]);
    const logger = memoryLogger();
    const helm = new HelmCli({ path: fake.script, major: 3, namespace: 'prod' }, logger);
    const recovery = await recoverStuckRelease(helm, 'web', { timeoutMs: 60_000, logger });
    expect(recovery).toEqual({ action: 'uninstalled', revision: 1, status: 'pending-install' });
    expect(fake.calls()[1]?.[0]).toBe('uninstall');
    expect(fake.calls()[1]?.slice(-2)).toEqual(['--', 'web']);
    expect(fake.calls()[1]).toContain('--wait');
  });

  it('leaves a healthy release alone', async () => {
    const fake = fakeHelm([{ revision: 1, status: 'deployed' }]);
    const logger = memoryLogger();
    const helm = new HelmCli({ path: fake.script, major: 3, namespace: 'prod' }, logger);
    const recovery = await recoverStuckRelease(helm, 'web', { timeoutMs: 60_000, logger });
    expect(recovery.action).toBe('none');
    expect(fake.calls()).toHaveLength(1);
  });
});
