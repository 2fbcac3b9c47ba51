import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxEnv } from '@slipway/sandbox';
import { GitHubFake } from '../../support/github-fake';
import { cosignBinary } from '../../support/scanners';
import { SlackFake } from '../../support/slack-fake';
import { runAct, type ActRun } from './act';
import { commitRelease, consumerRepo, type Release } from './consumer-repo';
import { DeployedApp } from './deployed-app';
import { releaseTree } from './release-tree';
import { sandboxTools } from './sandbox-tools';

export const METRIC = 'slipway_canary_success_ratio';

/**
 * One service delivered by Slipway's pipeline on the sandbox, as the e2e suite, the demo and the
 * bench drive it: a consumer repository, the Slipway release act maps `@v1` to, a staging and a
 * production namespace with a first release (0.9.0, installed by helm as a team's earlier
 * delivery would have), the deployed app served for the smoke checks, the Slack fake, and the
 * GitHub API fake the jobs reach through GITHUB_API_URL (as a GHES runner reaches its instance),
 * where the deploy jobs record their GitHub deployments with the run's github.token.
 */
export class Delivery {
  readonly id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  readonly staging = `e2e-${this.id}-stg`;
  readonly production = `e2e-${this.id}-prd`;
  readonly image: string;
  readonly repo: string;
  readonly release: string;
  readonly slack = new SlackFake();
  readonly github = new GitHubFake();
  /** The run's github.token (act takes it from the GITHUB_TOKEN secret): one the fake lets write. */
  readonly githubToken = `ghs_e2e${randomBytes(12).toString('hex')}`;
  /** The commit the last deliver() pushed, and its time as the push event gives it. */
  lastCommit: { sha: string; time: string } | undefined;
  readonly apps: DeployedApp[] = [];
  baselineImage = '';
  /** With useSigning: the build job signs with this key, every deploy job verifies against its public half. */
  signing: { key: string; pub: string; password: string } | undefined;

  constructor(
    readonly sandbox: SandboxEnv,
    readonly scratch: string,
  ) {
    this.image = `${sandbox['SLIPWAY_REGISTRY']}/e2e-${this.id}/web`;
    mkdirSync(scratch, { recursive: true });
    this.repo = consumerRepo(join(scratch, 'repo'));
    this.release = releaseTree(join(scratch, 'slipway'));
  }

  private get tools() {
    return sandboxTools(this.sandbox);
  }

  /** A cosign key pair of this delivery's own: COSIGN_KEY / COSIGN_PASSWORD secrets and the verify-key var. */
  useSigning(): void {
    const dir = mkdtempSync(join(this.scratch, 'cosign-'));
    const password = `pw-${randomBytes(8).toString('hex')}`;
    execFileSync(cosignBinary, ['generate-key-pair'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, COSIGN_PASSWORD: password },
      stdio: 'ignore',
    });
    this.signing = {
      key: readFileSync(join(dir, 'cosign.key'), 'utf8'),
      pub: readFileSync(join(dir, 'cosign.pub'), 'utf8'),
      password,
    };
  }

  /** Namespaces, the 0.9.0 release in both, the app servers, the Slack fake, a healthy metric. */
  async setUp(ports: { staging: number; production: number }): Promise<void> {
    const { kubectl, helm, docker } = this.tools;
    await this.slack.start();
    this.github.writeTokens.add(this.githubToken);
    await this.github.start();
    commitRelease(this.repo, { version: '0.9.0' });
    const tag = `${this.image}:0.9.0`;
    await docker('build', '-q', '-t', tag, join(this.repo, 'app'));
    await docker('push', '-q', tag);
    const { stdout } = await docker('inspect', '--format', '{{index .RepoDigests 0}}', tag);
    this.baselineImage = stdout.trim();
    const digest = this.baselineImage.split('@')[1] as string;
    for (const [ns, values] of [
      [this.staging, 'staging'],
      [this.production, 'production'],
    ] as const) {
      await kubectl('create', 'namespace', ns);
      await helm(
        'upgrade',
        '--install',
        'web',
        join(this.repo, 'chart'),
        '-n',
        ns,
        '-f',
        join(this.repo, 'deploy', `${values}.yaml`),
        '--set',
        `image.repository=${this.image}`,
        '--set',
        `image.digest=${digest}`,
        '--wait',
        '--timeout',
        '2m',
      );
    }
    this.apps.push(
      new DeployedApp(this.sandbox, this.staging, 'web', ports.staging).start(),
      new DeployedApp(this.sandbox, this.production, 'web', ports.production).start(),
    );
    await this.setMetric(1);
  }

  get stagingApp(): DeployedApp {
    return this.apps[0] as DeployedApp;
  }

  get productionApp(): DeployedApp {
    return this.apps[1] as DeployedApp;
  }

  /** The canary's success ratio in production, as Prometheus will have scraped it. */
  async setMetric(value: number): Promise<void> {
    const res = await fetch(`${this.sandbox['SLIPWAY_METRICS_URL']}/metrics`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: METRIC, value, labels: { suite: this.production } }),
    });
    if (res.status !== 204) throw new Error(`metrics stub answered ${res.status}`);
    const query = encodeURIComponent(`max(${METRIC}{suite="${this.production}"})`);
    for (let i = 0; i < 120; i++) {
      const answer = await fetch(`${this.sandbox['SLIPWAY_PROMETHEUS_URL']}/api/v1/query?query=${query}`);
      const body = (await answer.json()) as { data: { result: Array<{ value: [number, string] }> } };
      if (Number(body.data.result[0]?.value[1]) === value) return;
      await sleep(250);
    }
    throw new Error(`Prometheus never saw ${METRIC}{suite="${this.production}"} = ${value}`);
  }

  private get vars(): Record<string, string> {
    return {
      IMAGE: this.image,
      STAGING_NAMESPACE: this.staging,
      PRODUCTION_NAMESPACE: this.production,
      STAGING_URL: this.stagingApp.url,
      PRODUCTION_URL: this.productionApp.url,
      PROMETHEUS_URL: this.sandbox['SLIPWAY_PROMETHEUS_URL'] as string,
      SLACK_CHANNEL: 'C0DEPLOYS',
      SLACK_API_URL: this.slack.apiUrl,
      ...(this.signing ? { VERIFY_KEY: this.signing.pub, VERIFY_ATTESTATIONS: 'slsaprovenance1' } : {}),
    };
  }

  private get secrets(): Record<string, string> {
    const kubeconfig = readFileSync(this.sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string).toString('base64');
    return {
      STAGING_KUBECONFIG: kubeconfig,
      PRODUCTION_KUBECONFIG: kubeconfig,
      SLACK_TOKEN: this.slack.token,
      GITHUB_TOKEN: this.githubToken,
      ...(this.signing ? { COSIGN_KEY: this.signing.key, COSIGN_PASSWORD: this.signing.password } : {}),
    };
  }

  /** What every job sees of GitHub: its API is the fake. */
  private get env(): Record<string, string> {
    return { GITHUB_API_URL: this.github.url };
  }

  /**
   * A push of a new release to main: the consumer's deliver.yml, which calls pipeline.yml. The
   * push event carries head_commit as GitHub's does (its timestamp is the lead time's start).
   * `env`: what this run's runner has over every job's environment (a storage of its own, say).
   */
  deliver(
    release: Release,
    onLine?: (line: string) => void,
    vars: Record<string, string> = {},
    env: Record<string, string> = {},
  ): Promise<ActRun> {
    const sha = commitRelease(this.repo, release);
    const time = execFileSync('git', ['show', '-s', '--format=%cI', sha], { cwd: this.repo, encoding: 'utf8' }).trim();
    this.lastCommit = { sha, time };
    return this.push(this.lastCommit, onLine, vars, env);
  }

  /**
   * The last push delivered again, as GitHub's "Re-run all jobs" does: the same commit and the
   * same build context (the app binary deliver() built stays in app/).
   */
  redeliver(
    onLine?: (line: string) => void,
    vars: Record<string, string> = {},
    env: Record<string, string> = {},
  ): Promise<ActRun> {
    if (!this.lastCommit) throw new Error('redeliver() before any deliver()');
    return this.push(this.lastCommit, onLine, vars, env);
  }

  private push(
    { sha, time }: { sha: string; time: string },
    onLine: ((line: string) => void) | undefined,
    vars: Record<string, string>,
    env: Record<string, string>,
  ): Promise<ActRun> {
    return runAct({
      sandbox: this.sandbox,
      repo: this.repo,
      release: this.release,
      scratch: join(this.scratch, 'act'),
      event: 'push',
      workflow: '.github/workflows/deliver.yml',
      vars: { ...this.vars, ...vars },
      secrets: this.secrets,
      env: { ...this.env, ...env },
      payload: { ref: 'refs/heads/main', after: sha, head_commit: { id: sha, timestamp: time } },
      onLine,
    });
  }

  /** The on-call's "Run workflow" on the consumer's rollback.yml, which calls Slipway's. */
  rollback(inputs: Record<string, string>, onLine?: (line: string) => void): Promise<ActRun> {
    return runAct({
      sandbox: this.sandbox,
      repo: this.repo,
      release: this.release,
      scratch: join(this.scratch, 'act'),
      event: 'workflow_dispatch',
      workflow: '.github/workflows/rollback.yml',
      vars: this.vars,
      secrets: this.secrets,
      env: this.env,
      inputs,
      onLine,
    });
  }

  /** A ResourceQuota of no pods in `ns` (false: removed): a new revision's pods cannot be created. */
  async refusePods(ns: string, refuse = true): Promise<void> {
    const { kubectl } = this.tools;
    if (!refuse) {
      await kubectl('delete', 'quota', 'e2e-no-pods', '-n', ns, '--ignore-not-found');
      return;
    }
    await kubectl('create', 'quota', 'e2e-no-pods', '-n', ns, '--hard=pods=0');
    // The quota admits nothing new once its controller has counted what runs.
    for (let i = 0; i < 100; i++) {
      const { stdout } = await kubectl('get', 'quota', 'e2e-no-pods', '-n', ns, '-o', 'jsonpath={.status.used.pods}');
      if (stdout.trim()) return;
      await sleep(200);
    }
    throw new Error(`the quota in ${ns} was never counted`);
  }

  async liveImage(ns: string): Promise<string> {
    const { stdout } = await this.tools.kubectl(
      'get',
      'deployment',
      'web',
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    );
    return stdout.trim();
  }

  /** helm history of the release, oldest first. */
  async history(ns: string): Promise<Array<{ revision: number; status: string; description: string }>> {
    const { stdout } = await this.tools.helm('history', 'web', '-n', ns, '-o', 'json');
    return JSON.parse(stdout);
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.apps.map((app) => app.stop()));
    await this.slack.stop().catch(() => undefined);
    await this.github.stop().catch(() => undefined);
    const { kubectl } = this.tools;
    await kubectl('delete', 'namespace', this.staging, this.production, '--wait=false').catch(() => undefined);
  }
}
