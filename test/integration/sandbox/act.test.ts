import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec, execOk, need, testTimeoutMs } from './sandbox-helpers';

const fixture = fileURLToPath(new URL('../../fixtures/workflows', import.meta.url));

describe('sandbox workflow engine (act, host mode)', () => {
  it(
    'runs a one-job workflow with a local JavaScript action and reads its output back',
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'slipway-act-'));
      const result = join(workspace, 'result.txt');
      const repo = join(workspace, 'repo');
      try {
        cpSync(fixture, repo, { recursive: true });
        const git = (...args: string[]) =>
          execOk('git', ['-c', 'user.name=Slipway Test', '-c', 'user.email=test@slipway.invalid', ...args], {
            cwd: repo,
          });
        await git('init', '--quiet', '--initial-branch=main');
        await git('add', '.');
        await git('commit', '--quiet', '-m', 'fixture');

        const run = await exec(
          need('ACT'),
          [
            'push',
            '--workflows',
            '.github/workflows/greet.yml',
            '-P',
            'ubuntu-latest=-self-hosted',
            '--env',
            `SLIPWAY_ACT_RESULT=${result}`,
            '--action-cache-path',
            join(workspace, 'act-cache'),
          ],
          { cwd: repo },
        );
        expect(run).toMatchObject({ code: 0 });
        expect(run.stdout).toContain('Job succeeded');
        expect(run.stdout).toContain('::set-output:: greeting=hello, sandbox');
        expect(readFileSync(result, 'utf8')).toBe('greeting=hello, sandbox\n');
      } finally {
        rmSync(workspace, { recursive: true, force: true });
      }
    },
    testTimeoutMs,
  );
});
