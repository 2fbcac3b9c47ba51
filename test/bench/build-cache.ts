// The registry build cache (issue 22): dist/build-push with buildah, a rebuild served from the
// cache against a cold build, each from an empty containers-storage (a fresh runner), alternated
// in one run against the sandbox's anonymous registry. Three builds a round:
//   - no cache flags (the reference: what a build costs without any cache),
//   - cold: new step keys (a nonce file changed), cache-to pushing every step,
//   - cached: the same context again, cache-from + cache-to: every step pulled, none built.
// Two contexts: the fixture app (COPY of a ~5 MB static binary: nothing expensive to skip) and one
// with a RUN step that hashes for a while, standing in for a compile (RUN works: runc is here).
// buildah, not buildx: BuildKit's registry cache needs a buildkitd that cannot be pulled here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appContext, runBuildPush } from './build-push-overhead';
import { median } from './measure-startup';

export interface CacheFigures {
  context: string;
  runs: number;
  /** The Dockerfile's steps after FROM (the generated labels' steps aside). */
  steps: number;
  noCacheMedianMs: number;
  coldMedianMs: number;
  cachedMedianMs: number;
}

interface BenchContext {
  label: string;
  dir: string;
  steps: number;
}

/** The fixture app with a nonce file first, so a new nonce gives every step a new key. */
function appWithNonce(root: string): BenchContext {
  const dir = appContext(root);
  writeFileSync(
    join(dir, 'Dockerfile'),
    ['FROM scratch', 'COPY nonce /nonce', 'COPY app /app', 'USER 65534:65534', 'ENTRYPOINT ["/app"]', ''].join('\n'),
  );
  return { label: 'fixture app (COPY only)', dir, steps: 4 };
}

/** A context whose RUN step hashes `rounds` times: the expensive step a cache exists to skip. */
function hashStep(root: string, rounds: number): BenchContext {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-hash-'));
  execFileSync('go', ['build', '-trimpath', '-ldflags', '-s -w', '-o', join(dir, 'hash-step'), '.'], {
    cwd: join(root, 'test', 'bench', 'fixtures', 'hash-step'),
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    stdio: 'ignore',
  });
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY nonce /nonce',
      'COPY hash-step /hash-step',
      `RUN ["/hash-step", "/out", "${rounds}"]`,
      '',
    ].join('\n'),
  );
  return { label: `RUN step hashing ${rounds.toLocaleString('en')} times`, dir, steps: 3 };
}

export function measureBuildCache(
  root: string,
  node: string,
  sandbox: Record<string, string>,
  runs: number,
  hashRounds: number,
): CacheFigures[] {
  const registry = sandbox['SLIPWAY_REGISTRY'] as string;
  const contexts = [appWithNonce(root), hashStep(root, hashRounds)];
  const figures: CacheFigures[] = [];
  for (const [n, context] of contexts.entries()) {
    const cache = `${registry}/slipway/bench-cache-${n}`;
    const cacheFlags = {
      'INPUT_CACHE-FROM': `type=registry,ref=${cache}`,
      'INPUT_CACHE-TO': `type=registry,ref=${cache},mode=max`,
    };
    const times = { none: [] as number[], cold: [] as number[], cached: [] as number[] };
    const build = (round: number, flags: Record<string, string>): { ms: number; pulled: number } => {
      const storage = mkdtempSync(join(tmpdir(), 'slipway-bench-storage-'));
      const conf = join(storage, 'storage.conf');
      writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/root"\nrunroot = "${storage}/run"\n`);
      try {
        const run = runBuildPush(root, node, {
          CONTAINERS_STORAGE_CONF: conf,
          CONTAINERS_REGISTRIES_CONF: sandbox['CONTAINERS_REGISTRIES_CONF'],
          GITHUB_SHA: `${round}`.padStart(40, 'c'),
          GITHUB_REF: 'refs/heads/main',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REPOSITORY: 'acme/bench',
          GITHUB_SERVER_URL: 'https://github.com',
          INPUT_IMAGES: `${registry}/slipway/bench-cache-app`,
          INPUT_TAGS: `type=raw,value=run-${n}-${round}-${Date.now()}`,
          INPUT_CONTEXT: context.dir,
          INPUT_BUILDER: 'buildah',
          ...flags,
        });
        if (process.env['BENCH_DEBUG']) console.log(run.stdout);
        // The Dockerfile's own steps (2 to steps + 1) pulled from the cache; the generated labels
        // follow, one LABEL step each, the per-run ones (created, version) never cached.
        const blocks = run.stdout.split(/^(?=STEP \d+\/\d+: )/m).slice(1, context.steps + 2);
        const pulled = blocks.filter((b) => b.includes(`--> Cache pulled from remote ${cache}:`)).length;
        return { ms: run.ms, pulled };
      } finally {
        rmSync(storage, { recursive: true, force: true });
      }
    };
    for (let round = 0; round < runs; round++) {
      writeFileSync(join(context.dir, 'nonce'), randomBytes(16).toString('hex'));
      times.none.push(build(round, {}).ms);
      const cold = build(round, cacheFlags);
      if (cold.pulled) throw new Error(`the cold build pulled ${cold.pulled} steps from the cache: not cold`);
      times.cold.push(cold.ms);
      const cached = build(round, cacheFlags);
      if (cached.pulled !== context.steps)
        throw new Error(`the cached rebuild pulled ${cached.pulled} of ${context.steps} steps: not served from cache`);
      times.cached.push(cached.ms);
    }
    figures.push({
      context: context.label,
      runs,
      steps: context.steps,
      noCacheMedianMs: median(times.none),
      coldMedianMs: median(times.cold),
      cachedMedianMs: median(times.cached),
    });
    rmSync(context.dir, { recursive: true, force: true });
  }
  return figures;
}

/** The figures as a table: each build beside the cold one (with cache-to) and the cache-less one of its context. */
export function printBuildCacheFigures(figures: CacheFigures[]): void {
  console.table(
    figures.flatMap((f) => [
      {
        context: f.context,
        build: 'no cache flags',
        'median ms': f.noCacheMedianMs.toFixed(0),
        '× cold': (f.noCacheMedianMs / f.coldMedianMs).toFixed(2),
        '× no cache': '1.00',
      },
      {
        context: f.context,
        build: `cold, cache-to pushing ${f.steps} steps (reference)`,
        'median ms': f.coldMedianMs.toFixed(0),
        '× cold': '1.00',
        '× no cache': (f.coldMedianMs / f.noCacheMedianMs).toFixed(2),
      },
      {
        context: f.context,
        build: `cached rebuild, ${f.steps} of ${f.steps} steps pulled`,
        'median ms': f.cachedMedianMs.toFixed(0),
        '× cold': (f.cachedMedianMs / f.coldMedianMs).toFixed(2),
        '× no cache': (f.cachedMedianMs / f.noCacheMedianMs).toFixed(2),
      },
    ]),
  );
}
