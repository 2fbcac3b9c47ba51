// Overhead of dist/build-push against raw `docker build` + `docker push` of the same fixture to
// the same sandbox registry, alternated in one run so machine noise hits both alike. Printed only.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure-startup';

export interface OverheadFigures {
  runs: number;
  rawMedianMs: number;
  actionMedianMs: number;
}

export function measureBuildPushOverhead(
  root: string,
  node: string,
  sandbox: Record<string, string>,
  runs: number,
): OverheadFigures {
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
  const registry = sandbox['SLIPWAY_REGISTRY'] as string;
  const env = { ...process.env, DOCKER_HOST: sandbox['DOCKER_HOST'], DOCKER_BUILDKIT: '0' };
  const raw: number[] = [];
  const action: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Each run builds a new config (a unique label, as the action's created label) and pushes it.
    const rawTag = `${registry}/slipway/bench-raw:run-${i}-${Date.now()}`;
    let started = performance.now();
    execFileSync('docker', ['build', '-q', '--label', `bench.run=${Date.now()}`, '-t', rawTag, context], {
      env,
      stdio: 'ignore',
    });
    execFileSync('docker', ['push', rawTag], { env, stdio: 'ignore' });
    raw.push(performance.now() - started);

    const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-run-'));
    const files = ['output', 'summary', 'state'].map((f) => join(dir, f));
    for (const f of files) writeFileSync(f, '');
    started = performance.now();
    const result = spawnSync(node, [join(root, 'dist', 'build-push', 'index.js')], {
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        DOCKER_HOST: sandbox['DOCKER_HOST'],
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: files[0],
        GITHUB_STEP_SUMMARY: files[1],
        GITHUB_STATE: files[2],
        GITHUB_SHA: `${i}`.padStart(40, 'b'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        INPUT_IMAGES: `${registry}/slipway/bench-action`,
        INPUT_TAGS: `type=raw,value=run-${i}-${Date.now()}`,
        INPUT_CONTEXT: context,
        INPUT_BUILDER: 'docker',
      },
      encoding: 'utf8',
    });
    action.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`dist/build-push failed: ${result.stdout}${result.stderr}`);
  }
  return { runs, rawMedianMs: median(raw), actionMedianMs: median(action) };
}
