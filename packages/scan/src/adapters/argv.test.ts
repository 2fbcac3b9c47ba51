import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { memoryLogger } from '@slipway/kit';
import type { Exec, ScanContext } from './adapter';
import { actionlint } from './actionlint';
import { bandit } from './bandit';
import { gitleaks } from './gitleaks';
import { grype } from './grype';
import { hadolint } from './hadolint';
import { osvScanner } from './osv-scanner';
import { ruff } from './ruff';
import { shellcheck } from './shellcheck';
import { semgrep } from './semgrep';
import { zizmor } from './zizmor';

function recorder(stdout = '') {
  const calls: string[][] = [];
  const exec = (async (file: string, args: readonly string[]) => {
    calls.push([file, ...args]);
    return { exitCode: 0, stdout, stderr: '' };
  }) as unknown as Exec;
  return { calls, exec };
}
const context = (exec: Exec, over: Partial<ScanContext> = {}): ScanContext => ({
  root: '/r',
  files: ['.github/workflows/ci.yml', '.semgrep.yml', 'app.py'],
  binary: '/bin/tool',
  exec,
  logger: memoryLogger(),
  env: {},
  ...over,
});

describe('adapter command lines (argv arrays, never a shell)', () => {
  it('gitleaks scans the tree, and the history since the base on a pull request, with secrets redacted', async () => {
    const { calls, exec } = recorder('[]');
    await gitleaks.scan(context(exec));
    await gitleaks.scan(context(exec, { baseSha: 'abc123' }));
    const tail = ['--report-format', 'json', '--report-path', '-', '--redact', '--no-banner', '--exit-code', '0'];
    expect(calls).toEqual([
      ['/bin/tool', 'dir', '.', ...tail],
      ['/bin/tool', 'dir', '.', ...tail],
      ['/bin/tool', 'git', '--log-opts=abc123..HEAD', '.', ...tail],
    ]);
  });

  it('semgrep runs only the repository rules with metrics off (no registry rules)', async () => {
    const { calls, exec } = recorder('{"results":[]}');
    await semgrep.scan(context(exec));
    expect(calls).toEqual([
      [
        '/bin/tool',
        'scan',
        '--json',
        '--metrics=off',
        '--disable-version-check',
        '--quiet',
        '--config',
        '.semgrep.yml',
        '.',
      ],
    ]);
  });

  it('zizmor runs offline on the workflow files only', async () => {
    const { calls, exec } = recorder('[]');
    await zizmor.scan(context(exec));
    expect(calls).toEqual([
      ['/bin/tool', '--offline', '--no-progress', '--format', 'json', '--', '.github/workflows/ci.yml'],
    ]);
  });

  it('shellcheck and actionlint take the repository\'s file names after "--": a file "-x.sh" is no option', async () => {
    const { calls, exec } = recorder('');
    const files = ['-x.sh', '.github/workflows/-w.yml'];
    await shellcheck.scan(context(exec, { files }));
    await actionlint.scan(context(exec, { files }));
    expect(calls).toEqual([
      ['/bin/tool', '--format=json1', '--external-sources', '--', '-x.sh'],
      ['/bin/tool', '-no-color', '-format', '{{json .}}', '--', '.github/workflows/-w.yml'],
    ]);
  });

  it('ruff (lint, then format check), bandit and hadolint take only their files, after "--"', async () => {
    const files = ['-x.py', 'lib/types.pyi', 'README.md', 'Dockerfile', 'web/Containerfile'];
    const lint = recorder('[]');
    await ruff.scan(context(lint.exec, { files }));
    const common = ['--no-cache', '--force-exclude', '--output-format', 'json', '--', '-x.py', 'lib/types.pyi'];
    expect(lint.calls).toEqual([
      ['/bin/tool', 'check', '--exit-zero', ...common],
      ['/bin/tool', 'format', '--check', ...common],
    ]);
    const security = recorder('{"results": [], "errors": []}');
    await bandit.scan(context(security.exec, { files }));
    expect(security.calls).toEqual([['/bin/tool', '--format', 'json', '--quiet', '--', '-x.py', 'lib/types.pyi']]);
    const docker = recorder('[]');
    await hadolint.scan(context(docker.exec, { files }));
    expect(docker.calls).toEqual([
      ['/bin/tool', '--format', 'json', '--no-fail', '--', 'Dockerfile', 'web/Containerfile'],
    ]);
  });

  it('bandit with no JSON on stdout is a failure of the tool, never a clean result', async () => {
    const { exec } = recorder('');
    await expect(bandit.scan(context(exec, { files: ['app.py'] }))).rejects.toThrow(/bandit failed/);
  });

  it('osv-scanner runs fully offline on the given database, with no call analysis (which would fetch modules)', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const db = mkdtempSync(`${tmpdir()}/slipway-osv-`);
    mkdirSync(`${db}/osv-scalibr/npm`, { recursive: true });
    const { calls, exec } = recorder('{"results": []}');
    await osvScanner.scan(context(exec, { osvDatabase: db }));
    expect(calls).toEqual([
      [
        '/bin/tool',
        'scan',
        'source',
        '--offline',
        '--local-db-path',
        db,
        '--no-call-analysis=go',
        '--format',
        'json',
        '--recursive',
        '--allow-no-lockfiles',
        '.',
      ],
    ]);
  });

  it('grype imports the given database into a fresh cache, checks it, and pulls the image from its registry, never updating', async () => {
    const envs: NodeJS.ProcessEnv[] = [];
    const calls: string[][] = [];
    const exec = (async (file: string, args: readonly string[], opts: { env: NodeJS.ProcessEnv }) => {
      calls.push([file, ...args]);
      envs.push(opts.env);
      const stdout = args[1] === 'status' ? '{"valid": true}' : args[0] === 'db' ? '' : '{"matches": []}';
      return { exitCode: 0, stdout, stderr: '' };
    }) as unknown as Exec;
    const dir = mkdtempSync(`${tmpdir()}/slipway-grype-`);
    mkdirSync(`${dir}/db`);
    writeFileSync(`${dir}/db/vulnerability.db`, '');
    const ref = `r.example/app@sha256:${'a'.repeat(64)}`;
    await grype.scan(context(exec, { image: { ref, database: `${dir}/db`, ignoreUnfixed: true } }));
    expect(calls).toEqual([
      ['/bin/tool', 'db', 'import', `${dir}/db/vulnerability.db`],
      ['/bin/tool', 'db', 'status', '--output', 'json'],
      ['/bin/tool', `registry:${ref}`, '--output', 'json', '--quiet', '--only-fixed'],
    ]);
    for (const env of envs)
      expect(env).toMatchObject({
        GRYPE_DB_AUTO_UPDATE: 'false',
        GRYPE_DB_REQUIRE_UPDATE_CHECK: 'false',
        GRYPE_DB_VALIDATE_BY_HASH_ON_START: 'true',
        GRYPE_DB_CACHE_DIR: envs[0]?.['GRYPE_DB_CACHE_DIR'],
      });
    expect(envs[0]?.['GRYPE_DB_CACHE_DIR']).toMatch(/slipway-grype-db-/);
  });
});
