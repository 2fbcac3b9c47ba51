import {
  HelmCli,
  mergeValues,
  runRelease,
  splitImageRef,
  type DeployContext,
  type DeployReport,
  type DeployRequest,
} from '@slipway/helm';
import { RolloutWatcher } from '@slipway/kube';
import type { CanaryReleases } from './run-canary';

/**
 * One line for a failed deploy of the canary or the promotion: why, what the watch saw (the reason
 * may name the pods already, helm's own error with the watch's reading), and what became of the
 * release (rolled back, uninstalled).
 */
export function describeReleaseFailure(what: string, failure: NonNullable<DeployReport['failure']>): string {
  const { reason, rollback } = failure;
  const details = failure.details.filter((line) => !reason.includes(line)).slice(0, 3);
  return `${what} failed: ${reason}${details.length ? ` (${details.join('; ')})` : ''}${rollback ? `; ${rollback}` : ''}`;
}

/** The canary release's name beside a stable release. */
export function canaryReleaseName(release: string): string {
  return `${release}-canary`;
}

/** The canary release: the stable request with the canary values over its own, and the new image. */
export function canaryRequest(
  base: DeployRequest,
  canaryValues: Record<string, unknown>,
  image: string,
): DeployRequest {
  return {
    ...base,
    mode: 'deploy',
    release: canaryReleaseName(base.release),
    set: mergeValues(base.set, canaryValues),
    image: splitImageRef(image),
    createNamespace: false,
  };
}

/** The stable release upgraded to the promoted image. */
export function promotionRequest(base: DeployRequest, image: string): DeployRequest {
  return { ...base, mode: 'deploy', image: splitImageRef(image), checkImage: false };
}

/** Both releases a canary of `image` deploys, for what must be checked before either exists. */
export function canaryReleaseRequests(
  config: { deploy: DeployRequest; canaryValues: Record<string, unknown> },
  image: string,
): DeployRequest[] {
  return [canaryRequest(config.deploy, config.canaryValues, image), promotionRequest(config.deploy, image)];
}

/**
 * The canary and the promotion through helm-deploy's code (`runRelease`: preflight, stuck-release
 * recovery, rollout watching, rollback on failure). `base` is the stable release's deploy request.
 */
export class HelmCanaryReleases implements CanaryReleases {
  constructor(
    private readonly base: DeployRequest,
    private readonly canaryValues: Record<string, unknown>,
    private readonly ctx: DeployContext,
  ) {}

  private async deploy(request: DeployRequest, what: string): Promise<void> {
    const report = await runRelease(request, this.ctx);
    if (report.failure) throw new Error(describeReleaseFailure(what, report.failure));
  }

  async deployCanary(image: string): Promise<void> {
    await this.deploy(
      canaryRequest(this.base, this.canaryValues, image),
      `The canary release ${canaryReleaseName(this.base.release)}`,
    );
  }

  async promoteStable(image: string): Promise<void> {
    await this.deploy(promotionRequest(this.base, image), `The upgrade of ${this.base.release} to ${image}`);
  }

  /**
   * Why the canary is not fully available, judged after a change (a deploy, or the replicas a
   * weight needs): pods still starting are waited for, up to the release's timeout; a canary whose
   * new pods all look terminal (CrashLoopBackOff, ImagePullBackOff, …) fails at once.
   */
  async canaryUnavailable(): Promise<string | undefined> {
    return this.unavailable(canaryReleaseName(this.base.release));
  }

  /** The same judge on the stable release (after its replicas were given back). */
  async stableUnavailable(): Promise<string | undefined> {
    return this.unavailable(this.base.release);
  }

  private async unavailable(release: string): Promise<string | undefined> {
    const watcher = new RolloutWatcher({
      client: this.ctx.kube,
      namespace: this.base.namespace,
      release,
      logger: this.ctx.logger,
      intervalMs: this.ctx.watchIntervalMs,
      failFastMs: 0,
    });
    const verdict = await watcher.judge({ timeoutMs: this.base.timeoutMs, signal: this.ctx.signal });
    if (!watcher.last.length) return `release ${release} has no workloads`;
    return verdict.state === 'healthy' ? undefined : verdict.reason;
  }

  /** Runs without the job's cancel signal: removing the canary must finish even when cancelled. */
  async removeCanary(): Promise<void> {
    const helm = new HelmCli(this.ctx.helm.ready(), this.ctx.logger);
    const name = canaryReleaseName(this.base.release);
    if ((await helm.history(name)).length === 0) return;
    await helm.uninstall(name, { wait: true, timeoutMs: this.base.timeoutMs });
  }
}
