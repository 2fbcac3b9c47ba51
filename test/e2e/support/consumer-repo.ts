import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/run-action';

const fixtures = join(repoRoot, 'test', 'fixtures');

/** The sample service's repository, as the pipeline's summaries and Slack messages name it. */
export const SAMPLE_REPOSITORY = 'acme-shop/web';

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Slipway E2E', '-c', 'user.email=e2e@slipway.invalid', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
}

/**
 * A service repository as a Slipway user keeps it: the consumer workflows (test/fixtures/consumer),
 * the fixture app (app/), its chart (chart/) and smoke checks (smoke.yml), committed on main.
 */
export function consumerRepo(dir: string): string {
  cpSync(join(fixtures, 'consumer'), dir, { recursive: true });
  cpSync(join(fixtures, 'app'), join(dir, 'app'), { recursive: true });
  cpSync(join(fixtures, 'chart'), join(dir, 'chart'), { recursive: true });
  cpSync(join(fixtures, 'smoke', 'checks.yml'), join(dir, 'smoke.yml'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'service: first commit');
  // act names the run's repository after origin's URL (its placeholder nektos/act without one);
  // nothing is fetched from it: our actions and workflows resolve through --local-repository.
  git(dir, 'remote', 'add', 'origin', `https://github.com/${SAMPLE_REPOSITORY}.git`);
  return dir;
}

export interface Release {
  version: string;
  /** Anything but "ok" builds an app whose /health answers 503. */
  status?: string;
  /**
   * The image also holds minimist 1.2.5 (GHSA-xvch-5gv4-984h, critical), as the grype fixture
   * image does: a commit that adds a vulnerable dependency to what ships.
   */
  vulnerable?: boolean;
}

/**
 * The app's Dockerfile as the fixture has it, plus the vulnerable package when asked: copied
 * right after the app, before the fixture's ARG (which ends buildah 1.28's registry cache).
 */
function writeDockerfile(dir: string, vulnerable: boolean): void {
  const app = join(dir, 'app');
  const dockerfile = readFileSync(join(fixtures, 'app', 'Dockerfile'), 'utf8');
  rmSync(join(app, 'minimist.json'), { force: true });
  if (vulnerable)
    cpSync(join(fixtures, 'scan', 'image-bad', 'node-packages', 'minimist.json'), join(app, 'minimist.json'));
  if (!dockerfile.includes('COPY app /app\n')) throw new Error('the fixture Dockerfile has no COPY app /app line');
  const copy = 'COPY minimist.json /srv/node_modules/minimist/package.json\n';
  writeFileSync(
    join(app, 'Dockerfile'),
    vulnerable ? dockerfile.replace('COPY app /app\n', (line) => line + copy) : dockerfile,
  );
}

/**
 * A new commit of the service: the app's static binary built with this version, the commit and
 * status baked in, into app/ (the Dockerfile copies it; the binary itself is not committed, as
 * a CI build step would leave it in the workspace). Returns the commit.
 */
export function commitRelease(dir: string, release: Release): string {
  writeDockerfile(dir, release.vulnerable ?? false);
  git(dir, 'add', '--all', '--', 'app', ':!app/app');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', `release ${release.version}`);
  const commit = git(dir, 'rev-parse', 'HEAD');
  rmSync(join(dir, 'app', 'app'), { force: true });
  const ldflags = `-s -w -X main.version=${release.version} -X main.commit=${commit} -X main.status=${release.status ?? 'ok'}`;
  execFileSync('go', ['build', '-trimpath', '-ldflags', ldflags, '-o', 'app', '.'], {
    cwd: join(dir, 'app'),
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return commit;
}
