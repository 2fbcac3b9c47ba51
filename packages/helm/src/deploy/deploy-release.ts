import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { errorMessage, type Logger } from '@slipway/kit';
import { RolloutWatcher } from '@slipway/kube';
import { HelmCli, type ReleaseRecord, type UpgradeRequest } from '../helm-cli';
import { lastGoodRevision, type Revision } from '../release-history';
import { recoverStuckRelease } from '../recover-release';
import type { DeployContext, DeployReport, DeployRequest } from './deploy-types';
import { imageValues, mergeValues } from './image-values';
import { planChanges } from './manifest-diff';
import { decideAfterFailure } from './after-failure';
import { checkCapacity } from './capacity-check';
import { refuseWorkloadsWithoutColours } from '../blue-green/colour-workloads';
import { describeContent } from './release-content';
import { chooseRollbackTarget } from './rollback-target';
import { preflight, releasesOf, requireChart } from './preflight';

/** One entry for the three modes: deploy (upgrade --install), rollback, plan. */
export async function runRelease(request: DeployRequest, ctx: DeployContext): Promise<DeployReport> {
  const now = ctx.now ?? Date.now;
  const started = now();
  const report: DeployReport = {
    mode: request.mode,
    release: request.release,
    namespace: request.namespace,
    chart: request.chart,
    image: request.image ? imageText(request.image) : undefined,
    status: 'failed',
    revision: undefined,
    previousRevision: undefined,
    failedRevision: undefined,
    rolledBack: false,
    recovery: undefined,
    workloads: [],
    durationMs: 0,
    failure: undefined,
    manifestPath: undefined,
    blueGreen: undefined,
    plan: undefined,
  };
  try {
    const checked = await preflight(request, ctx);
    report.recovery = checked.recovery;
    // The blue-green code (and smoke under it) loads only for strategy blue-green.
    const blueGreen = request.strategy === 'blue-green' ? await import('../blue-green/blue-green-release') : undefined;
    if (request.mode === 'plan')
      await plan(blueGreen ? { ...request, release: await blueGreen.idleRelease(request, ctx) } : request, ctx, report);
    else if (request.mode === 'rollback')
      await (blueGreen ? blueGreen.blueGreenRollback(request, ctx, report) : rollbackMode(request, ctx, report));
    else
      await (blueGreen
        ? blueGreen.blueGreenDeploy(request, ctx, report, deploy)
        : deploy(request, ctx, report, checked.history));
  } finally {
    report.durationMs = now() - started;
  }
  return report;
}

function imageText(image: NonNullable<DeployRequest['image']>): string {
  return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}

function watcher(request: DeployRequest, ctx: DeployContext): RolloutWatcher {
  return new RolloutWatcher({
    client: ctx.kube,
    namespace: request.namespace,
    release: request.release,
    logger: ctx.logger,
    intervalMs: ctx.watchIntervalMs,
    failFastMs: request.failFastMs,
    now: ctx.now,
  });
}

/** The upgrade `request` asks for: its values files, then one of the `set` and image overrides (written in `ctx.workDir`). */
export async function upgradeRequest(
  request: DeployRequest,
  ctx: Pick<DeployContext, 'workDir'>,
): Promise<UpgradeRequest> {
  // yaml (about 50 ms to load bundled, measured) only when values are written for helm.
  const { stringify } = await import('yaml');
  const overrides = mergeValues(request.set, request.image ? imageValues(request.image, request.imageValues) : {});
  const valuesFiles = [...request.valuesFiles];
  if (Object.keys(overrides).length) {
    const file = join(ctx.workDir, 'overrides.values.yaml');
    writeFileSync(file, stringify(overrides), { mode: 0o600 });
    valuesFiles.push(file);
  }
  return {
    release: request.release,
    chart: requireChart(request),
    chartVersion: request.chartVersion,
    valuesFiles,
    timeoutMs: request.timeoutMs,
    historyMax: request.historyMax,
    wait: true,
  };
}

/** Saves the release's manifest (`manifest` when helm printed it already, else `helm get manifest`). */
async function writeManifest(
  helm: HelmCli,
  request: DeployRequest,
  ctx: DeployContext,
  manifest?: string,
): Promise<string | undefined> {
  try {
    const path = join(ctx.workDir, `${request.release}.manifest.yaml`);
    await writeFile(path, manifest ?? (await helm.manifest(request.release)), { mode: 0o600 });
    return path;
  } catch (error) {
    ctx.logger.warning(`Could not save the release manifest: ${errorMessage(error)}`);
    return undefined;
  }
}

/** `known`: the release's history when pre-flight has just read it. */
async function deploy(
  request: DeployRequest,
  ctx: DeployContext,
  report: DeployReport,
  known?: Revision[],
): Promise<void> {
  const { helm, logger } = ctx;
  const now = ctx.now ?? Date.now;
  const releases = releasesOf(ctx);
  const upgrade = await upgradeRequest(request, ctx);
  const before = known ?? (await releases.history(request.release));
  const previous = lastGoodRevision(before);
  report.previousRevision = previous?.revision;
  // One render serves both pre-flight reads; blue-green always needs it, capacity only under a quota.
  let rendered: Promise<string> | undefined;
  const render = () => (rendered ??= helm.renderUpgrade(upgrade));
  const colourCheck =
    request.strategy === 'blue-green'
      ? render().then((manifest) => refuseWorkloadsWithoutColours(request.release, manifest))
      : undefined;
  await Promise.all([colourCheck, checkCapacity(request, ctx, render)]);
  const watch = watcher(request, ctx);
  const started = now();
  // helm's --wait is a first gate only: the judge fails the rollout as soon as it can tell, and
  // then stops helm's wait (helm marks the revision failed) instead of waiting out the timeout.
  const stopHelm = new AbortController();
  let judged: string | undefined;
  const outcome = await logger.group(`helm upgrade --install ${request.release} (helm v${helm.target.major})`, () =>
    watch
      .watchWhile(helm.upgrade(upgrade, stopHelm.signal), (verdict) => {
        judged = verdict.reason;
        logger.warning(`Not healthy, stopping helm's wait: ${verdict.reason}`);
        stopHelm.abort();
      })
      .then(
        (release) => release,
        (error: unknown) => ({ error }),
      ),
  );
  let ours: number | undefined;
  if (!('error' in outcome)) {
    ours = outcome.revision;
    const verdict = await logger.group(`Judging the rollout of ${request.release} revision ${ours}`, () =>
      watch
        .judge({ timeoutMs: Math.max(1000, request.timeoutMs - (now() - started)), signal: ctx.signal })
        .catch((error: unknown) => ({ state: 'failed' as const, reason: `cancelled: ${errorMessage(error)}` })),
    );
    report.workloads = watch.last;
    logger.info(`Rollout watch: ${watch.load()}`);
    if (verdict.state === 'healthy') {
      report.status = 'deployed';
      report.revision = outcome.revision;
      report.manifestPath = await writeManifest(helm, request, ctx, outcome.manifest);
      logDeployed(logger, request.release, outcome);
      return;
    }
    judged = verdict.reason;
  }
  report.workloads = watch.last;
  if ('error' in outcome) logger.info(`Rollout watch: ${watch.load()}`);
  const error = 'error' in outcome ? outcome.error : undefined;
  const after = await releases.history(request.release).catch(() => undefined);
  const latest = after?.at(-1);
  const decision = decideAfterFailure({
    before,
    after,
    ours,
    concurrent: error !== undefined && judged === undefined && isConcurrentOperation(error),
    rollbackOnFailure: request.rollbackOnFailure,
  });
  report.failedRevision =
    decision.action !== 'nothing-created' && latest && latest.revision !== previous?.revision
      ? latest.revision
      : undefined;
  const outage = watch.outage();
  if (decision.action === 'nothing-created' && !ctx.signal?.aborted) {
    // helm refused before writing anything: its reason, alone.
    report.revision = before.at(-1)?.revision;
    const refused = judged ? `not healthy: ${judged}` : errorMessage(error);
    report.failure = { reason: refused, details: [], rollback: undefined };
    logger.info(`helm created nothing for ${request.release}: ${refused}`);
    return;
  }
  const details = await watch.explain();
  const pods = watch.verdict.state === 'pending' && watch.failedReads === 0 ? watch.verdict.reason : undefined;
  // An outage of the API during the watch is said either way: it may be why the rollout failed.
  const reason = judged
    ? `not healthy: ${judged}${outage ? ` (${outage})` : ''}`
    : `${errorMessage(error)}${pods ? ` (${pods})` : ''}${outage ? ` (${outage})` : ''}`;
  report.failure = { reason, details, rollback: undefined };
  logger.info(`Upgrade of ${request.release} failed: ${reason}`);
  for (const line of details) logger.info(`  ${line}`);
  if (ctx.signal?.aborted) {
    report.failure.rollback = await recoverAfterCancel(request, ctx);
    return;
  }
  if (decision.action === 'disabled') {
    report.revision = latest?.revision;
    report.failure.rollback = 'not rolled back (rollback-on-failure: false)';
    return;
  }
  // helm refused to start because another run holds the release (two workflows, no concurrency
  // group): this run applied nothing, and a rollback would undo that run's deploy in flight.
  if (decision.action === 'concurrent') {
    const holder = decision.holder;
    const held = holder ? ` (revision ${holder.revision}, ${holder.status})` : '';
    const doing = !holder || holder.status.startsWith('pending-') ? 'is deploying' : 'deployed';
    report.failedRevision = undefined;
    report.revision = lastGoodRevision(after ?? [])?.revision;
    report.failure.rollback = `not rolled back: another run ${doing} ${request.release} at the same time${held}, and this run changed nothing`;
    logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
    return;
  }
  // Another run deployed the release while this one was upgrading: rolling back to the revision
  // seen at the start, or uninstalling a "first" install, would silently undo that run's good
  // deploy. Leave it serving and say so.
  if (decision.action === 'other-run') {
    report.revision = decision.revision;
    report.failure.rollback = `not rolled back: revision ${decision.revision} was deployed meanwhile by another run and serves`;
    logger.info(`Not rolling ${request.release} back: ${report.failure.rollback}`);
    return;
  }
  if (decision.action === 'uninstall') {
    const removed = await logger
      .group(`Removing the failed first install of ${request.release}`, () =>
        helm.uninstall(request.release, { wait: true, timeoutMs: request.timeoutMs }),
      )
      .then(
        () => undefined,
        (failed: unknown) => failed,
      );
    if (removed !== undefined) {
      report.failure.rollback = `removing the failed first install failed: ${errorMessage(removed)}`;
      return;
    }
    report.rolledBack = true;
    report.status = 'rolled-back';
    report.failure.rollback = 'uninstalled the failed first install';
    return;
  }
  if (decision.action !== 'rollback') return;
  const target = decision.to;
  const back = watcher(request, ctx);
  const restored = await logger.group(`Rolling ${request.release} back to revision ${target}`, () =>
    rollbackJudged(helm, back, request, target, ctx.signal),
  );
  report.workloads = back.last;
  if (restored !== undefined) {
    // Keep why the upgrade failed; say what became of the rollback and where the release is now.
    const backOutage = back.outage();
    report.revision = (await releases.history(request.release).catch(() => [] as Revision[])).at(-1)?.revision;
    report.failure.rollback = `rollback to revision ${target} failed: ${restored}${backOutage ? ` (${backOutage})` : ''}`;
    logger.info(`Rolling ${request.release} back to revision ${target} failed: ${restored}`);
    return;
  }
  report.rolledBack = true;
  report.status = 'rolled-back';
  const [history, manifestPath] = await Promise.all([
    releases.history(request.release),
    writeManifest(helm, request, ctx),
  ]);
  report.revision = history[history.length - 1]?.revision;
  report.failure.rollback = `rolled back to revision ${target} (now revision ${report.revision}), healthy`;
  report.manifestPath = manifestPath;
  logger.info(`Rolled back ${request.release}: revision ${target} serves again as revision ${report.revision}`);
}

/** `helm rollback --wait`, then the judge; undefined when healthy, else why not. */
async function rollbackJudged(
  helm: HelmCli,
  watch: RolloutWatcher,
  request: DeployRequest,
  revision: number,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const started = Date.now();
  const failed = await watch
    .watchWhile(helm.rollback(request.release, revision, { wait: true, timeoutMs: request.timeoutMs }))
    .then(
      () => undefined,
      (error: unknown) => errorMessage(error),
    );
  if (failed !== undefined) return failed;
  const verdict = await watch.judge({
    timeoutMs: Math.max(1000, request.timeoutMs - (Date.now() - started)),
    signal,
  });
  return verdict.state === 'healthy' ? undefined : `not healthy: ${verdict.reason}`;
}

/**
 * helm's refusals to start an upgrade, before it writes or applies anything: the release is
 * pending another operation, or the revision it would create was just created by another run.
 */
export function isConcurrentOperation(error: unknown): boolean {
  return /another operation \(install\/upgrade\/rollback\) is in progress|release: already exists/.test(
    errorMessage(error),
  );
}

/** helm's own report of the upgrade, in a line, then the chart's notes (what helm's table output shows). */
function logDeployed(logger: Logger, release: string, record: ReleaseRecord): void {
  logger.info(`Deployed ${release} revision ${record.revision} (${record.status}: ${record.description})`);
  const notes = record.notes.trim();
  if (notes) for (const line of ['NOTES:', ...notes.split('\n')]) logger.info(line);
}

/**
 * A cancelled helm leaves the release pending, or, when it had time to handle the signal, marks
 * its revision failed while the workloads keep the new spec. Either way put the last good
 * revision back, without the cancelled signal; never over a revision another run deployed.
 */
async function recoverAfterCancel(request: DeployRequest, ctx: DeployContext): Promise<string> {
  const helm = new HelmCli(ctx.helm.ready(), ctx.logger);
  try {
    // The history through this signal-free helm: the session's API client carries the cancelled signal.
    const recovery = await recoverStuckRelease(helm, request.release, {
      timeoutMs: request.timeoutMs,
      logger: ctx.logger,
    });
    if (recovery.action !== 'none') return `cancelled; ${recovery.action}`;
    const { state } = recovery;
    const good = state.kind === 'ready' ? state.lastDeployed : undefined;
    if (state.kind === 'ready' && good && state.current.status === 'failed' && state.current.revision > good.revision) {
      ctx.logger.warning(
        `Release ${request.release} revision ${state.current.revision} failed when cancelled: rolling back to revision ${good.revision}`,
      );
      await helm.rollback(request.release, good.revision, { wait: true, timeoutMs: request.timeoutMs });
      return `cancelled; rolled back from revision ${state.current.revision} to ${good.revision}`;
    }
    return 'cancelled; release not left pending';
  } catch (error) {
    return `cancelled; recovery failed: ${errorMessage(error)}`;
  }
}

async function rollbackMode(request: DeployRequest, ctx: DeployContext, report: DeployReport): Promise<void> {
  const { helm, logger } = ctx;
  const releases = releasesOf(ctx);
  // helm's own history: it carries the chart and "Rollback to N" that content needs.
  const history = await helm.history(request.release);
  const current = history[history.length - 1];
  if (!current)
    throw new Error(`Release ${request.release} has no revisions in ${request.namespace}: nothing to roll back`);
  report.previousRevision = current.revision;
  const { target, live, content } = await chooseRollbackTarget(helm, request.release, history, request.revision);
  report.content = { from: live, to: content };
  logger.info(
    `Live: revision ${current.revision}, ${describeContent(live)}; rolling back to revision ${target.revision}, ${describeContent(content)}`,
  );
  report.restoredRevision = target.revision;
  const watch = watcher(request, ctx);
  const outcome = await logger.group(
    `Rolling ${request.release} back from revision ${current.revision} to ${target.revision}`,
    () => rollbackJudged(helm, watch, request, target.revision, ctx.signal),
  );
  report.workloads = watch.last;
  // The manifest is saved while the history is read; a failed rollback does not use it.
  const manifestPath = outcome === undefined ? writeManifest(helm, request, ctx) : Promise.resolve(undefined);
  const after = await releases.history(request.release).catch(() => [] as Revision[]);
  report.revision = after[after.length - 1]?.revision;
  if (outcome !== undefined) {
    const details = await watch.explain();
    report.failure = {
      reason: outcome,
      details,
      rollback: `rollback to revision ${target.revision} failed`,
    };
    return;
  }
  report.status = 'rolled-back';
  report.rolledBack = true;
  report.failure = undefined;
  report.manifestPath = await manifestPath;
  logger.info(
    `Rolled back ${request.release} from revision ${current.revision} to ${target.revision} (now revision ${report.revision})`,
  );
}

async function plan(request: DeployRequest, ctx: DeployContext, report: DeployReport): Promise<void> {
  const { helm } = ctx;
  const history = await releasesOf(ctx).history(request.release);
  const current = history[history.length - 1];
  report.previousRevision = current?.revision;
  report.revision = current?.revision;
  const live = current ? await helm.manifest(request.release) : '';
  const next = await helm.renderUpgrade(await upgradeRequest(request, ctx));
  report.plan = await planChanges(live, next, request.namespace);
  report.status = 'planned';
  const { added, removed, changed, unchanged } = report.plan;
  ctx.logger.info(
    `Plan for ${request.release}: ${added.length} to add, ${changed.length} to change, ${removed.length} to remove, ${unchanged} unchanged`,
  );
}

export type { Logger };
