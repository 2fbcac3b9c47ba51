// Overhead of dist/build-push against raw `docker build` + `docker push` of the same fixture to
// the same sandbox registry, alternated in one run so machine noise hits all alike. Printed only.
// Two references: the raw build with the same labels the action adds (the OCI labels, per-run
// values, as --label flags: the same image a hand-written command would give) and the old one
// with a single label (a lower bound: fewer labels than the action writes). With cosign installed
// (scripts/install-scanners.sh cosign), the action also runs signing the digest and attesting its
// SLSA provenance, so the signing overhead reads against the build-and-push alone; with syft too
// (scripts/install-scanners.sh syft), once more attesting an SPDX SBOM besides.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contextFromEnv, ociLabels } from '@slipway/image';
import { parseRunnerFile } from '../support/run-action';
import { cosignBinary, syftBinary } from '../support/scanners';
import { median } from './measure-startup';

export interface OverheadFigures {
  runs: number;
  /** Raw build with as many labels as the action adds (the same OCI keys, per-run values). */
  rawMedianMs: number;
  /** How many labels that raw build and the action both set. */
  labels: number;
  /** Raw build with one label only (the former reference). */
  rawOneLabelMedianMs: number;
  actionMedianMs: number;
  /** The action signing and attesting provenance with cosign (undefined without cosign). */
  signedMedianMs?: number;
  /** The same, attesting an SPDX SBOM from syft besides (undefined without cosign or syft). */
  sbomMedianMs?: number;
}

/** The fixture app's build context (its Dockerfile and a static binary, ~5 MB) in a new directory. */
export function appContext(root: string): string {
  const app = join(root, 'test', 'fixtures', 'app');
  const context = mkdtempSync(join(tmpdir(), 'slipway-bench-app-'));
  copyFileSync(join(app, 'Dockerfile'), join(context, 'Dockerfile'));
  execFileSync(
    'go',
    ['build', '-trimpath', '-ldflags', '-s -w -X main.version=bench', '-o', join(context, 'app'), '.'],
    {
      cwd: app,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      stdio: 'ignore',
    },
  );
  return context;
}

/**
 * dist/build-push run once as the runner runs it (INPUT_* variables, runner files under a new
 * RUNNER_TEMP), with PATH, HOME and `env` only; its wall time and outputs. Throws on failure.
 */
export function runBuildPush(
  root: string,
  node: string,
  env: Record<string, string | undefined>,
): { ms: number; outputs: Record<string, string>; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-run-'));
  const files = ['output', 'summary', 'state'].map((f) => join(dir, f));
  for (const f of files) writeFileSync(f, '');
  const started = performance.now();
  const result = spawnSync(node, [join(root, 'dist', 'build-push', 'index.js')], {
    env: {
      PATH: `${dirname(cosignBinary)}:${dirname(syftBinary)}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'],
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: files[0],
      GITHUB_STEP_SUMMARY: files[1],
      GITHUB_STATE: files[2],
      ...env,
    },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`dist/build-push failed: ${result.stdout}${result.stderr}`);
  return { ms, outputs: parseRunnerFile(readFileSync(files[0] as string, 'utf8')), stdout: result.stdout };
}

/** A throwaway cosign key pair for the signed runs: the private key's PEM and its password. */
function benchKey(): { key: string; password: string } | undefined {
  if (!existsSync(cosignBinary)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-key-'));
  const password = `bench-${process.pid}`;
  execFileSync(cosignBinary, ['generate-key-pair'], {
    cwd: dir,
    env: { ...process.env, COSIGN_PASSWORD: password },
    stdio: 'ignore',
  });
  return { key: readFileSync(join(dir, 'cosign.key'), 'utf8'), password };
}

export function measureBuildPushOverhead(
  root: string,
  node: string,
  sandbox: Record<string, string>,
  runs: number,
): OverheadFigures {
  const context = appContext(root);
  const registry = sandbox['SLIPWAY_REGISTRY'] as string;
  const env = { ...process.env, DOCKER_HOST: sandbox['DOCKER_HOST'], DOCKER_BUILDKIT: '0' };
  const raw: number[] = [];
  const rawOne: number[] = [];
  const action: number[] = [];
  const signed: number[] = [];
  const withSbom: number[] = [];
  const key = benchKey();
  const sbom = key && existsSync(syftBinary);
  let labelCount = 0;
  const rawBuildPush = (repository: string, version: string, labels: string[]): number => {
    const rawTag = `${registry}/slipway/${repository}:${version}`;
    const started = performance.now();
    execFileSync('docker', ['build', '-q', ...labels.flatMap((l) => ['--label', l]), '-t', rawTag, context], {
      env,
      stdio: 'ignore',
    });
    execFileSync('docker', ['push', rawTag], { env, stdio: 'ignore' });
    return performance.now() - started;
  };
  for (let i = 0; i < runs; i++) {
    const sha = `${i}`.padStart(40, 'b');
    const event = {
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/bench',
      GITHUB_SERVER_URL: 'https://github.com',
    };
    // Each run builds a new config (unique labels, as the action's created label) and pushes it.
    rawOne.push(rawBuildPush('bench-raw-one', `run-${i}-${Date.now()}`, [`bench.run=${Date.now()}`]));
    // The labels the action adds for this event: the same keys, this run's values.
    const version = `run-${i}-${Date.now()}`;
    const labels = Object.entries(ociLabels(contextFromEnv(event), version)).map(([k, v]) => `${k}=${v}`);
    labelCount = labels.length;
    raw.push(rawBuildPush('bench-raw', version, labels));

    const runAction = (signing: Record<string, string>) =>
      runBuildPush(root, node, {
        DOCKER_HOST: sandbox['DOCKER_HOST'],
        ...event,
        INPUT_IMAGES: `${registry}/slipway/bench-action`,
        INPUT_TAGS: `type=raw,value=run-${i}-${Date.now()}`,
        INPUT_CONTEXT: context,
        INPUT_BUILDER: 'docker',
        ...signing,
      });
    const plain = runAction({});
    action.push(plain.ms);
    const actionLabels = (plain.outputs['labels'] ?? '').split('\n');
    if (actionLabels.length !== labelCount)
      throw new Error(`the raw build has ${labelCount} labels, the action ${actionLabels.length}: not comparable`);
    if (key) {
      const signing = {
        'INPUT_COSIGN-KEY': key.key,
        'INPUT_COSIGN-PASSWORD': key.password,
        GITHUB_WORKFLOW_REF: 'acme/bench/.github/workflows/ci.yml@refs/heads/main',
        GITHUB_RUN_ID: `${i + 1}`,
        // cosign is offline here; should it ever try Sigstore's services, a closed proxy stops it.
        HTTPS_PROXY: 'http://127.0.0.1:9',
        NO_PROXY: '127.0.0.1,localhost',
      };
      const run = runAction(signing);
      if (!run.outputs['attestations']) throw new Error('the signed run attested nothing: not comparable');
      signed.push(run.ms);
      if (sbom) {
        const attested = runAction({ ...signing, 'INPUT_ATTEST-SBOM': 'spdx-json' });
        if (!attested.stdout.includes('Writing the spdx-json SBOM'))
          throw new Error('the SBOM run wrote no SPDX SBOM: not comparable');
        withSbom.push(attested.ms);
      }
    }
  }
  return {
    runs,
    rawMedianMs: median(raw),
    labels: labelCount,
    rawOneLabelMedianMs: median(rawOne),
    actionMedianMs: median(action),
    ...(signed.length ? { signedMedianMs: median(signed) } : {}),
    ...(withSbom.length ? { sbomMedianMs: median(withSbom) } : {}),
  };
}

/** The figures as a table: ratios to the raw build + push, and to the action's build-and-push alone. */
export function printBuildPushOverhead(figures: OverheadFigures): void {
  const row = (what: string, ms: number) => ({
    what,
    'median ms': ms.toFixed(0),
    '× raw': (ms / figures.rawMedianMs).toFixed(2),
    '× build-push alone': (ms / figures.actionMedianMs).toFixed(2),
  });
  const signed = [
    ['dist/build-push, signed + SLSA provenance attested (cosign, key)', figures.signedMedianMs],
    ['dist/build-push, signed + SLSA provenance + SPDX SBOM (syft) attested', figures.sbomMedianMs],
  ] as const;
  console.table([
    row(`docker build + docker push with the same ${figures.labels} labels (reference)`, figures.rawMedianMs),
    row('docker build + docker push with one label', figures.rawOneLabelMedianMs),
    row('dist/build-push (builder docker): the build-and-push alone', figures.actionMedianMs),
    ...signed.flatMap(([what, ms]) => (ms === undefined ? [] : [row(what, ms)])),
  ]);
  if (figures.signedMedianMs === undefined)
    console.log('build-push signing overhead: skipped (no cosign: bash scripts/install-scanners.sh cosign)');
  else if (figures.sbomMedianMs === undefined)
    console.log('build-push SBOM attestation: skipped (no syft: bash scripts/install-scanners.sh syft)');
}
