import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerCommands } from '../support/runner-log';
import { SENTINEL_SECRETS } from '../support/secret-sentinels';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { runSecrets, scanCaptures } from '../support/secret-scan.mjs';

/** The scan at the end of every Jest run must find a leak in any form, and only leaks. */
describe('the secret sentinel scan', () => {
  const token = SENTINEL_SECRETS.githubToken;
  function capture(stdout: string, files: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-scan-test-'));
    const runnerTemp = join(dir, 'temp');
    mkdirSync(runnerTemp);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(runnerTemp, name), text);
    const record = { action: 'x', entry: 'index.js', hasPost: false, runnerTemp, stdout, stderr: '', state: {} };
    mkdirSync(join(dir, 'capture'));
    writeFileSync(join(dir, 'capture', 'r.json'), JSON.stringify({ ...record, secrets: ['my-own-secret-42'] }));
    return scanCaptures(join(dir, 'capture'), [token]);
  }

  it.each([
    ['as is in stdout', `deploying with ${token}`, {}],
    ['base64 in stdout', Buffer.from(token).toString('base64'), {}],
    ['URL-encoded in a report', '', { 'report.json': encodeURIComponent('a b my-own-secret-42') }],
    ['a run’s own secret in the summary', '', { 'summary.md': 'x my-own-secret-42 y' }],
  ])('finds a secret %s', (_what, stdout, files) => {
    expect(capture(stdout, files).hits).toHaveLength(1);
  });

  it('ignores ::add-mask:: lines (the runner consumes them) and clean artefacts', () => {
    expect(capture(`::add-mask::${token}\nall good\n`, { output: 'digest=sha256:abc' }).hits).toEqual([]);
  });

  it('knows each action’s secret inputs from its sources, kubeconfig credentials included', () => {
    const kubeconfig = `apiVersion: v1\nclusters:\n- name: c\nusers:\n- name: u\n  user:\n    token: kube-token-123456\n`;
    expect(runSecrets('helm-deploy', { kubeconfig, 'github-token': token, release: 'web' })).toEqual(
      expect.arrayContaining(['kube-token-123456', token]),
    );
    expect(runSecrets('helm-deploy', { release: 'web-release-name' })).toEqual([]);
  });
});

describe('runnerCommands (the runner’s reading of stdout)', () => {
  it('obeys commands after blanks and the old ##[ form, and none between stop-commands and its token', () => {
    const stdout = [
      '  ::error::a',
      'x ##[warning]b',
      '::stop-commands::t1',
      '::error::hidden',
      '::t1::',
      '::notice::c',
    ];
    expect(runnerCommands(stdout.join('\n')).map((c) => `${c.name}:${c.message}`)).toEqual([
      'error:a',
      'warning:b',
      'stop-commands:t1',
      'notice:c',
    ]);
  });
});
