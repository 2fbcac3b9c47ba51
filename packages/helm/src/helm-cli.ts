import { ExecError, exec, type ExecResult, type Logger } from '@slipway/kit';
import { dryRunFlags, timeoutFlag, upgradeFlags, waitFlags } from './helm-flags';
import { parseHistory, type Revision } from './release-history';

export interface HelmTarget {
  /** The helm binary and its major version (flags differ between 3 and 4). */
  path: string;
  major: number;
  kubeconfig?: string;
  context?: string;
  namespace: string;
  env?: NodeJS.ProcessEnv;
}

export interface UpgradeRequest {
  release: string;
  chart: string;
  chartVersion?: string;
  /** Applied in order; later files win. */
  valuesFiles: string[];
  timeoutMs: number;
  historyMax?: number;
  wait: boolean;
  force?: boolean;
  createNamespace?: boolean;
  /** Let helm roll back by itself (--atomic / --rollback-on-failure). */
  helmRollbackOnFailure?: boolean;
}

/** What `helm upgrade|install --output json` prints: the release it made, manifest included. */
export interface ReleaseRecord {
  revision: number;
  status: string;
  description: string;
  notes: string;
  manifest: string;
}

export function parseReleaseJson(stdout: string): ReleaseRecord {
  const release = JSON.parse(stdout) as {
    version?: number;
    manifest?: string;
    info?: { status?: string; description?: string; notes?: string };
  };
  return {
    revision: Number(release.version ?? 0),
    status: release.info?.status ?? 'unknown',
    description: release.info?.description ?? '',
    notes: release.info?.notes ?? '',
    manifest: release.manifest ?? '',
  };
}

export class HelmCommandError extends Error {
  override name = 'HelmCommandError';
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * helm's error, in one line: the last `Error:` line with the lines after it (a hook failure lists
 * its causes below: "pre-upgrade hooks failed: 1 error occurred: * job web-pre-upgrade failed").
 */
export function errorLines(stderr: string): string | undefined {
  const lines = stderr.split('\n').filter((l) => l.trim());
  const at = lines.findLastIndex((l) => l.startsWith('Error: '));
  if (at < 0) return lines.at(-1);
  return lines
    .slice(at)
    .map((l) => l.trim())
    .join(' ');
}

/**
 * helm's release operations, argv built in one place, with the v3/v4 flags from helm-flags.
 * The target may still be resolving (`helm version`, or an install): every command waits for it,
 * so a session can check the cluster meanwhile; `target` is for code that ran a command or `ready()`.
 */
export class HelmCli {
  private resolved: HelmTarget | undefined;
  private readonly resolving: Promise<HelmTarget>;

  constructor(
    target: HelmTarget | Promise<HelmTarget>,
    private readonly logger: Logger,
    private readonly signal?: AbortSignal,
  ) {
    this.resolving = Promise.resolve(target).then((t) => (this.resolved = t));
    // Whoever awaits ready() (pre-flight, or the first command) reports a failure; never unhandled.
    this.resolving.catch(() => undefined);
  }

  /** The resolved helm (path, major, …); rejects as its resolution did. */
  ready(): Promise<HelmTarget> {
    return this.resolving;
  }

  get target(): HelmTarget {
    if (!this.resolved) throw new Error('HelmCli.target read before helm was resolved (await ready() first)');
    return this.resolved;
  }

  private common(): string[] {
    const args = ['--namespace', this.target.namespace];
    if (this.target.kubeconfig) args.push('--kubeconfig', this.target.kubeconfig);
    if (this.target.context) args.push('--kube-context', this.target.context);
    return args;
  }

  /**
   * The argv of an upgrade, exposed so tests and the log can show exactly what runs. The release
   * and chart come last, after "--": helm never reads either as an option, whatever its text.
   */
  upgradeArgs(request: UpgradeRequest, extra: string[] = []): string[] {
    const args = ['upgrade', '--install', ...this.common()];
    if (request.chartVersion) args.push('--version', request.chartVersion);
    for (const file of request.valuesFiles) args.push('--values', file);
    args.push(...timeoutFlag(request.timeoutMs));
    if (request.historyMax !== undefined) args.push('--history-max', String(request.historyMax));
    if (request.createNamespace) args.push('--create-namespace');
    args.push(
      ...upgradeFlags(this.target.major, {
        wait: request.wait,
        force: request.force ?? false,
        helmRollbackOnFailure: request.helmRollbackOnFailure ?? false,
      }),
    );
    return [...args, ...extra, '--', request.release, request.chart];
  }

  /** `stream: 'stderr'` logs helm's stderr as it comes and keeps its stdout (JSON) for the caller. */
  async run(
    args: string[],
    options: { stream?: boolean | 'stderr'; timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<ExecResult> {
    await this.ready();
    this.logger.debug(`helm ${args.join(' ')}`);
    const signals = [this.signal, options.signal].filter((s): s is AbortSignal => !!s);
    try {
      return await exec(this.target.path, args, {
        env: this.target.env,
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
        timeoutMs: options.timeoutMs,
        logger: options.stream ? this.logger : undefined,
        logStdout: options.stream !== 'stderr',
      });
    } catch (error) {
      if (error instanceof ExecError) {
        const stderr = error.result.stderr.trim();
        const reason = errorLines(stderr) ?? error.message;
        throw new HelmCommandError(`helm ${args[0]} failed: ${reason.replace(/^Error: /, '')}`, stderr);
      }
      throw error;
    }
  }

  /**
   * Upgrades (or installs) and returns the release helm made, read from its `--output json`:
   * the revision and the manifest come with it, no `helm history` or `get manifest` after.
   * `stop` ends helm's wait (SIGTERM: helm marks the revision failed) when the judge has seen enough.
   */
  async upgrade(request: UpgradeRequest, stop?: AbortSignal): Promise<ReleaseRecord> {
    await this.ready();
    const { stdout } = await this.run(this.upgradeArgs(request, ['--output', 'json']), {
      stream: 'stderr',
      signal: stop,
    });
    return parseReleaseJson(stdout);
  }

  /** The rendered manifest of an upgrade, changing nothing. */
  async renderUpgrade(request: UpgradeRequest): Promise<string> {
    await this.ready();
    const args = this.upgradeArgs({ ...request, wait: false, helmRollbackOnFailure: false, createNamespace: false }, [
      ...dryRunFlags(this.target.major),
      '--output',
      'json',
    ]);
    return parseReleaseJson((await this.run(args)).stdout).manifest;
  }

  /**
   * The chart rendered with the upgrade's values by `helm template`: no cluster read or written
   * (`lookup` finds nothing; capabilities are helm's defaults).
   */
  async template(request: UpgradeRequest): Promise<string> {
    await this.ready();
    const args = ['template', ...this.common()];
    if (request.chartVersion) args.push('--version', request.chartVersion);
    for (const file of request.valuesFiles) args.push('--values', file);
    return (await this.run([...args, '--', request.release, request.chart])).stdout;
  }

  /** Every revision, oldest first; empty when the release does not exist. */
  async history(release: string): Promise<Revision[]> {
    await this.ready();
    try {
      const { stdout } = await this.run([
        'history',
        '--max',
        '256',
        '--output',
        'json',
        ...this.common(),
        '--',
        release,
      ]);
      return parseHistory(stdout);
    } catch (error) {
      if (error instanceof HelmCommandError && /release: not found/.test(error.stderr)) return [];
      throw error;
    }
  }

  async rollback(release: string, revision: number, options: { wait: boolean; timeoutMs: number }): Promise<void> {
    await this.ready();
    await this.run(
      [
        'rollback',
        ...this.common(),
        ...timeoutFlag(options.timeoutMs),
        ...waitFlags(this.target.major, options.wait),
        '--',
        release,
        String(revision),
      ],
      { stream: true },
    );
  }

  async uninstall(release: string, options: { wait: boolean; timeoutMs: number }): Promise<void> {
    await this.ready();
    await this.run(
      [
        'uninstall',
        ...this.common(),
        ...timeoutFlag(options.timeoutMs),
        ...waitFlags(this.target.major, options.wait),
        '--',
        release,
      ],
      { stream: true },
    );
  }

  async status(release: string): Promise<{ status: string; revision: number }> {
    await this.ready();
    const { stdout } = await this.run(['status', '--output', 'json', ...this.common(), '--', release]);
    const parsed = JSON.parse(stdout) as { version?: number; info?: { status?: string } };
    return { status: parsed.info?.status ?? 'unknown', revision: Number(parsed.version ?? 0) };
  }

  /** The values a revision was deployed with (user-supplied), as JSON text. */
  async values(release: string, revision: number): Promise<string> {
    await this.ready();
    const args = ['get', 'values', release, '--revision', String(revision), '--output', 'json', ...this.common()];
    return (await this.run(args)).stdout.trim();
  }

  async manifest(release: string, revision?: number): Promise<string> {
    await this.ready();
    const args = ['get', 'manifest', ...this.common()];
    if (revision !== undefined) args.push('--revision', String(revision));
    return (await this.run([...args, '--', release])).stdout;
  }
}
