import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exec, memoryLogger } from '@slipway/kit';
import { ADAPTERS, adapterNamed, runGate, type Adapter, type Exec } from '@slipway/scan';
import { fixtureRepo, scannerPath } from '../support/scanners';

export interface ScanOverheadFigure {
  fixture: string;
  scanners: string;
  rawMedianMs: number;
  actionMedianMs: number;
}

const FIXTURES: Array<[string, string[]]> = [
  ['workflows-bad', ['actionlint', 'zizmor', 'gitleaks']],
  ['shell-bad', ['shellcheck']],
  ['secrets-bad', ['gitleaks']],
  ['semgrep-bad', ['semgrep']],
  ['eslint-bad', ['eslint']],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The gate's own overhead: dist/lint-scan run as the runner runs it, against the same scanner
 * command lines run one after another by hand (recorded from a gate run: version probes and git excluded).
 */
export async function measureScanOverhead(root: string, node: string, rounds: number): Promise<ScanOverheadFigure[]> {
  const PATH = scannerPath();
  const env = { ...process.env, PATH };
  const figures: ScanOverheadFigure[] = [];
  for (const [fixture, names] of FIXTURES) {
    const repo = fixtureRepo(fixture);
    const calls: Array<{ file: string; args: string[]; cwd: string }> = [];
    const versionArgs = new Set(ADAPTERS.map((a) => a.versionArgs.join(' ')));
    const recording = (async (file: string, args: readonly string[], options = {}) => {
      const cwd = (options as { cwd?: string }).cwd ?? repo.root;
      if (file !== 'git' && file !== 'tar' && !versionArgs.has(args.join(' ')))
        calls.push({ file, args: [...args], cwd });
      return exec(file, args, options);
    }) as Exec;
    const out = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
    await runGate(
      {
        root: repo.root,
        scanners: names.map((n) => adapterNamed(n) as Adapter),
        sarifFiles: [],
        failOn: 'error',
        allow: [],
        missing: 'fail',
        cacheDir: join(out, 'tools'),
        sarifOutput: join(out, 'out.sarif'),
        now: Date.now(),
        env,
        exec: recording,
      },
      memoryLogger(),
    );
    const raw: number[] = [];
    const action: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let start = performance.now();
      for (const call of calls) spawnSync(call.file, call.args, { cwd: call.cwd, env, stdio: 'ignore' });
      raw.push(performance.now() - start);
      start = performance.now();
      spawnSync(node, [join(root, 'dist', 'lint-scan', 'index.js')], {
        env: {
          PATH,
          HOME: process.env['HOME'],
          RUNNER_TEMP: out,
          INPUT_SCANNERS: names.join(','),
          INPUT_PATH: repo.root,
          'INPUT_FAIL-ON': 'error',
          'INPUT_TOOL-CACHE': join(out, 'tools'),
        },
        stdio: 'ignore',
      });
      action.push(performance.now() - start);
    }
    figures.push({ fixture, scanners: names.join(', '), rawMedianMs: median(raw), actionMedianMs: median(action) });
  }
  return figures;
}
