import { describe, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readmeWorkflows } from '../support/readme-workflows';
import { repoRoot } from '../support/run-action';
import { scannerPath, withScanners } from '../support/scanners';

/** actionlint and zizmor (pedantic persona, offline) over a folder; the combined report and exit codes. */
function scan(root: string): { actionlint: string; zizmor: string } {
  const env = { ...process.env, PATH: scannerPath() };
  const run = (command: string, args: string[]) => {
    try {
      execFileSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: 'pipe' });
      return '';
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; status?: number };
      return `exit ${e.status}\n${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  };
  return {
    actionlint: run('actionlint', ['-no-color']),
    zizmor: run('zizmor', ['--offline', '--persona', 'pedantic', '--no-progress', '.github/workflows']),
  };
}

/** A scratch repository with these workflow files and our zizmor policy. */
function repoWith(files: Map<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'slipway-workflows-'));
  execFileSync('git', ['init', '--quiet'], { cwd: root });
  cpSync(join(repoRoot, '.github', 'zizmor.yml'), join(root, '.github', 'zizmor.yml'));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const readme = readmeWorkflows(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
const consumer = new Map(
  ['deliver.yml', 'rollback.yml'].map((name) => [
    `.github/workflows/${name}`,
    readFileSync(join(repoRoot, 'test', 'fixtures', 'consumer', '.github', 'workflows', name), 'utf8'),
  ]),
);

describe('actionlint and zizmor (pedantic) report nothing', () => {
  const clean = withScanners('actionlint', 'zizmor');

  clean("on this repository's workflows", () => {
    expect(scan(repoRoot)).toEqual({ actionlint: '', zizmor: '' });
  });

  clean.each([
    ['the README examples', readme],
    ['the consumer fixture of the end-to-end suite', consumer],
  ])('on %s', (_, files) => {
    const root = repoWith(files);
    try {
      expect(scan(root)).toEqual({ actionlint: '', zizmor: '' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
