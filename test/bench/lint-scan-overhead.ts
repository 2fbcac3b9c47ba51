import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exec, memoryLogger } from '@slipway/kit';
import { ADAPTERS, adapterNamed, runGate, type Adapter, type Exec } from '@slipway/scan';
import { NpmRegistryFake, type NpmRegistryData } from '../support/npm-registry-fake';
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
  ['python-bad', ['ruff', 'bandit']],
  ['dockerfile-bad', ['hadolint']],
  // npm audit asks the bulk-advisory fake (the public endpoint refuses this machine's POSTs).
  ['npm-bad', ['npm-audit']],
];

/** A child run to its end without blocking this process: the npm fake answers from its event loop. */
const run = (file: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }) =>
  new Promise<void>((resolve, reject) =>
    spawn(file, args, { ...options, stdio: 'ignore' })
      .on('error', reject)
      .on('close', () => resolve()),
  );

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The gate's own overhead: dist/lint-scan run as the runner runs it, against the same scanner
 * command lines run one after another by hand (recorded from a gate run: version probes and git excluded).
 */
export async function measureScanOverhead(root: string, node: string, rounds: number): Promise<ScanOverheadFigure[]> {
  const PATH = scannerPath();
  const npmCache = mkdtempSync(join(tmpdir(), 'slipway-bench-npm-'));
  const env = { ...process.env, PATH, npm_config_cache: npmCache };
  const figures: ScanOverheadFigure[] = [];
  const data = readFileSync(join(root, 'test', 'fixtures', 'scan', 'npm-registry.json'), 'utf8');
  const registry = await new NpmRegistryFake(JSON.parse(data) as NpmRegistryData).start();
  try {
    // BENCH_SCAN_FIXTURES=npm-bad,shell-bad measures only those.
    const only = process.env['BENCH_SCAN_FIXTURES']?.split(',');
    for (const [fixture, names] of FIXTURES)
      if (!only || only.includes(fixture)) figures.push(await measureOne(fixture, names));
  } finally {
    await registry.stop();
  }
  return figures;

  async function measureOne(fixture: string, names: string[]): Promise<ScanOverheadFigure> {
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
        npmRegistry: registry.url,
        env,
        exec: recording,
      },
      memoryLogger(),
    );
    const raw: number[] = [];
    const action: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let start = performance.now();
      for (const call of calls) await run(call.file, call.args, { cwd: call.cwd, env });
      raw.push(performance.now() - start);
      start = performance.now();
      await run(node, [join(root, 'dist', 'lint-scan', 'index.js')], {
        env: {
          PATH,
          HOME: process.env['HOME'],
          npm_config_cache: npmCache,
          'INPUT_NPM-REGISTRY': registry.url,
          RUNNER_TEMP: out,
          INPUT_SCANNERS: names.join(','),
          INPUT_PATH: repo.root,
          'INPUT_FAIL-ON': 'error',
          'INPUT_TOOL-CACHE': join(out, 'tools'),
        },
      });
      action.push(performance.now() - start);
    }
    return { fixture, scanners: names.join(', '), rawMedianMs: median(raw), actionMedianMs: median(action) };
  }
}
