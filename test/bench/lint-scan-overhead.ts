import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exec, memoryLogger } from '@slipway/kit';
import type { SandboxEnv } from '@slipway/sandbox';
import { ADAPTERS, adapterNamed, runGate, type Adapter, type Exec, type GateOptions } from '@slipway/scan';
import { NpmRegistryFake, type NpmRegistryData } from '../support/npm-registry-fake';
import { osvDatabase } from '../support/osv-database';
import { fixtureRepo, scannerPath } from '../support/scanners';

/** One scanner on one fixture: its command lines run by hand beside dist/lint-scan running it alone. */
export interface ScannerFigure {
  scanner: string;
  fixture: string;
  byHandMedianMs: number;
  gateMedianMs: number;
}

/** What a case needs beyond its fixture: the gate's options (recording run) and the action's inputs and env. */
interface CaseSetup {
  gate: Partial<GateOptions>;
  inputs: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

interface CaseContext {
  root: string;
  out: string;
  npmRegistry: string;
  sandbox?: SandboxEnv;
}

interface ScannerCase {
  scanner: string;
  fixture: string;
  /** Needs the sandbox (helm and the API's OpenAPI document, or the registry). */
  sandbox?: boolean;
  setup?: (context: CaseContext) => CaseSetup | Promise<CaseSetup>;
}

const none: CaseSetup = { gate: {}, inputs: {}, env: {} };

/** The sandbox's helm first on PATH (kubeconform and checkov render charts with it). */
const helmPath = (sandbox: SandboxEnv | undefined): NodeJS.ProcessEnv => ({
  PATH: [sandbox?.['SLIPWAY_BIN'], scannerPath()].filter(Boolean).join(delimiter),
});

const osv = ({ out }: CaseContext): CaseSetup => {
  const db = osvDatabase(undefined, mkdtempSync(join(out, 'osv-db-')));
  return { gate: { osvDatabase: db }, inputs: { 'osv-database': db }, env: {} };
};

const chartValues = ({ root, sandbox }: CaseContext): CaseSetup => ({
  gate: { kube: { values: [join(root, 'deploy', 'staging.yaml')] } },
  inputs: { 'helm-values': 'deploy/staging.yaml' },
  env: helmPath(sandbox),
});

/** The cluster's OpenAPI document, written into the fixture repository (kube-openapi is relative to path). */
async function kubeconformSetup(context: CaseContext): Promise<CaseSetup> {
  const { clusterOpenApi } = await import('../support/kube-openapi');
  const openApi = join(context.root, 'kube-openapi.json');
  writeFileSync(openApi, clusterOpenApi(context.sandbox as SandboxEnv));
  const values = chartValues(context);
  return {
    gate: { kube: { ...values.gate.kube, openApi } },
    inputs: { ...values.inputs, 'kube-openapi': 'kube-openapi.json' },
    env: values.env,
  };
}

/** The fixture image pushed to the sandbox TLS registry, the fixture database built into the runner's temp. */
function grypeSetup(image: 'image-bad' | 'image-dpkg-bad') {
  return async ({ out, sandbox }: CaseContext): Promise<CaseSetup> => {
    const { pushScanImage, grypeRegistryEnv } = await import('../support/scan-images');
    const { buildGrypeDatabase } = await import('../support/grype-database');
    const env = sandbox as SandboxEnv;
    const repo = `${env['SLIPWAY_REGISTRY_TLS']}/bench-lint-scan/${image}-${Date.now().toString(36)}`;
    const ref = pushScanImage(image, repo, 'bench');
    const database = buildGrypeDatabase(mkdtempSync(join(out, 'grype-db-')));
    const registry = grypeRegistryEnv(env, {});
    return {
      gate: { image: { ref, database, ignoreUnfixed: false } },
      inputs: { 'image-ref': ref, 'grype-database': database },
      env: registry,
    };
  };
}

/** Each scanner on the fixture that plants its findings (osv-scanner and grype on each of theirs). */
export const SCANNER_CASES: ScannerCase[] = [
  { scanner: 'actionlint', fixture: 'workflows-bad' },
  { scanner: 'zizmor', fixture: 'workflows-bad' },
  { scanner: 'shellcheck', fixture: 'shell-bad' },
  { scanner: 'gitleaks', fixture: 'secrets-bad' },
  { scanner: 'semgrep', fixture: 'semgrep-bad' },
  { scanner: 'eslint', fixture: 'eslint-bad' },
  { scanner: 'ruff', fixture: 'python-bad' },
  { scanner: 'bandit', fixture: 'python-bad' },
  { scanner: 'hadolint', fixture: 'dockerfile-bad' },
  // npm audit asks the bulk-advisory fake (the public endpoint refuses this machine's POSTs).
  {
    scanner: 'npm-audit',
    fixture: 'npm-bad',
    setup: ({ npmRegistry }) => ({ gate: { npmRegistry }, inputs: { 'npm-registry': npmRegistry }, env: {} }),
  },
  { scanner: 'osv-scanner', fixture: 'deps-bad', setup: osv },
  { scanner: 'osv-scanner', fixture: 'deps-maven-bad', setup: osv },
  { scanner: 'osv-scanner', fixture: 'deps-gradle-bad', setup: osv },
  { scanner: 'osv-scanner', fixture: 'deps-cargo-bad', setup: osv },
  { scanner: 'kubeconform', fixture: 'kube-bad', sandbox: true, setup: kubeconformSetup },
  { scanner: 'checkov', fixture: 'policy-bad', sandbox: true, setup: chartValues },
  { scanner: 'grype', fixture: 'image-bad', sandbox: true, setup: grypeSetup('image-bad') },
  { scanner: 'grype', fixture: 'image-dpkg-bad', sandbox: true, setup: grypeSetup('image-dpkg-bad') },
];

/** A child run to its end without blocking this process: the npm fake answers from its event loop. */
const run = (file: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }) =>
  new Promise<number>((resolve, reject) =>
    spawn(file, args, { ...options, stdio: 'ignore' })
      .on('error', reject)
      .on('close', (code) => resolve(code ?? 1)),
  );

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Each scanner's wall time in the gate (dist/lint-scan run as the runner runs it, that scanner
 * alone: start-up, file listing, version probe, SARIF and summary included) beside the same
 * scanner's command lines run one after another by hand (recorded from an in-process gate run,
 * with their environment: version probes and git excluded), alternated, `rounds` times.
 * `cases` are those to measure (the caller leaves out what is not installed or needs a sandbox that is not up).
 */
export async function measureScanners(
  root: string,
  node: string,
  rounds: number,
  cases: ScannerCase[],
  sandbox?: SandboxEnv,
): Promise<ScannerFigure[]> {
  const PATH = scannerPath();
  const npmCache = mkdtempSync(join(tmpdir(), 'slipway-bench-npm-'));
  const env = { ...process.env, PATH, npm_config_cache: npmCache };
  const data = readFileSync(join(root, 'test', 'fixtures', 'scan', 'npm-registry.json'), 'utf8');
  const registry = await new NpmRegistryFake(JSON.parse(data) as NpmRegistryData).start();
  const figures: ScannerFigure[] = [];
  try {
    for (const scannerCase of cases) figures.push(await measureOne(scannerCase));
  } finally {
    await registry.stop();
  }
  return figures;

  async function measureOne({ scanner, fixture, setup }: ScannerCase): Promise<ScannerFigure> {
    const repo = fixtureRepo(fixture);
    const out = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
    const extra = setup
      ? await setup({ root: repo.root, out, npmRegistry: registry.url, ...(sandbox ? { sandbox } : {}) })
      : none;
    const caseEnv = { ...env, ...extra.env };
    const calls: Array<{ file: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }> = [];
    const versionArgs = new Set(ADAPTERS.map((a) => a.versionArgs.join(' ')));
    const recording = (async (file: string, args: readonly string[], options = {}) => {
      const { cwd, env: callEnv } = options as { cwd?: string; env?: NodeJS.ProcessEnv };
      if (file !== 'git' && file !== 'tar' && !versionArgs.has(args.join(' ')))
        calls.push({ file, args: [...args], cwd: cwd ?? repo.root, env: callEnv ?? caseEnv });
      return exec(file, args, options);
    }) as Exec;
    await runGate(
      {
        root: repo.root,
        scanners: [adapterNamed(scanner) as Adapter],
        sarifFiles: [],
        failOn: 'error',
        allow: [],
        missing: 'fail',
        cacheDir: join(out, 'tools'),
        sarifOutput: join(out, 'out.sarif'),
        now: Date.now(),
        env: { ...caseEnv, RUNNER_TEMP: out },
        exec: recording,
        ...extra.gate,
      },
      memoryLogger(),
    );
    const inputs = Object.fromEntries(Object.entries(extra.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    const byHand: number[] = [];
    const gate: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let start = performance.now();
      for (const call of calls) {
        // grype's database cache of the gate run is gone: by hand it is imported into a fresh one, as the gate does.
        const cache = call.env['GRYPE_DB_CACHE_DIR'];
        if (cache) mkdirSync(cache, { recursive: true });
        await run(call.file, call.args, { cwd: call.cwd, env: call.env });
      }
      byHand.push(performance.now() - start);
      const output = join(out, `output-${round}`);
      writeFileSync(output, '');
      start = performance.now();
      await run(node, [join(root, 'dist', 'lint-scan', 'index.js')], {
        cwd: repo.root,
        env: {
          PATH,
          HOME: process.env['HOME'],
          npm_config_cache: npmCache,
          RUNNER_TEMP: out,
          GITHUB_WORKSPACE: repo.root,
          GITHUB_OUTPUT: output,
          INPUT_SCANNERS: scanner,
          INPUT_PATH: repo.root,
          'INPUT_FAIL-ON': 'error',
          'INPUT_TOOL-CACHE': join(out, 'tools'),
          ...extra.env,
          ...inputs,
        },
      });
      gate.push(performance.now() - start);
      // A step that stopped before scanning (a bad input, a missing tool) sets no counts: not a figure.
      if (!readFileSync(output, 'utf8').includes('counts'))
        throw new Error(`dist/lint-scan did not scan ${fixture} with ${scanner} (no counts output)`);
    }
    return { scanner, fixture, byHandMedianMs: median(byHand), gateMedianMs: median(gate) };
  }
}
