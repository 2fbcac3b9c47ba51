import { ConfigError, errorMessage, sleep } from '@slipway/kit';
import { RolloutWatcher } from '@slipway/kube';
import type { BlueGreenSettings, DeployContext, DeployReport, DeployRequest } from '../deploy/deploy-types';
import { releasesOf } from '../deploy/preflight';
import type { Revision } from '../release-history';
import { recoverStuckRelease } from '../recover-release';
import { colourRelease, colourServiceIn, otherColour, type Colour, type ScaledDown } from './colour-state';
import { describeKeepPrevious } from './keep-previous';
import { scaleDownColour, scaleUpColour } from './scale-colour';
import { routeBackends } from './route-switch';
import { readLiveService, recordScaledDown, switchTraffic, trafficRef } from './traffic-switch';

type BlueGreenReport = NonNullable<DeployReport['blueGreen']>;
type Deploy = (request: DeployRequest, ctx: DeployContext, report: DeployReport, known?: Revision[]) => Promise<void>;

function settings(request: DeployRequest) {
  if (!request.blueGreen) throw new Error('blue-green settings missing');
  return request.blueGreen;
}

function without(record: ScaledDown, colour: Colour): ScaledDown {
  const copy = { ...record };
  delete copy[colour];
  return copy;
}

async function pointAt(request: DeployRequest, ctx: DeployContext, colour: Colour): Promise<void> {
  const release = colourRelease(request.release, colour);
  const service = await colourServiceIn(await ctx.helm.manifest(release));
  if (!service)
    throw new ConfigError(
      `Input 'strategy': blue-green switches traffic to the colour's Service, and release ${release} renders no Service with a selector`,
    );
  const ref = trafficRef(request.namespace, settings(request));
  const now = ctx.now ?? Date.now;
  const switched = await switchTraffic(
    ctx.kube,
    ref,
    colour,
    service,
    (s) => without(s.scaledDown, colour),
    new Date(now()).toISOString(),
  );
  if (ref.kind === 'HTTPRoute')
    ctx.logger.info(`HTTPRoute ${ref.name} now routes to ${colour} (${routeBackends(switched).join(', ')})`);
  else
    ctx.logger.info(
      `Service ${ref.name} now selects ${colour} (${Object.entries(service.selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`,
    );
}

/** "Service web" or "HTTPRoute web": what the switch moves, for the log and the summary. */
function switchedObject(request: DeployRequest): string {
  const bg = settings(request);
  return bg.route ? `HTTPRoute ${bg.route}` : `Service ${bg.service}`;
}

/** The blue-green settings, what they switch, and the live colour it holds now. */
async function readLive(request: DeployRequest, ctx: DeployContext) {
  const bg = settings(request);
  const ref = trafficRef(request.namespace, bg);
  return { bg, ref, ...(await readLiveService(ctx.kube, ref, request.release)) };
}

/** The report of a switch from one colour to another, before it is made. */
function switchReport(bg: BlueGreenSettings, from: Colour | undefined, to: Colour): BlueGreenReport {
  return {
    service: bg.route ?? bg.service,
    kind: bg.route ? 'HTTPRoute' : 'Service',
    from,
    to,
    switched: false,
    previous: undefined,
    smoke: undefined,
  };
}

/** The colour release a deploy would go into now (mode: plan renders against it). */
export async function idleRelease(request: DeployRequest, ctx: DeployContext): Promise<string> {
  const { state } = await readLive(request, ctx);
  return colourRelease(request.release, state.active ? otherColour(state.active) : 'blue');
}

/**
 * Deploys the new version as the idle colour (`<release>-<colour>`, a release of its own), waits
 * for it to be healthy, runs the smoke checks against it, switches the live Service to it, and
 * keeps or scales down the colour that served before.
 */
export async function blueGreenDeploy(
  request: DeployRequest,
  ctx: DeployContext,
  report: DeployReport,
  deploy: Deploy,
): Promise<void> {
  const { logger } = ctx;
  const { bg, ref, state } = await readLive(request, ctx);
  const idle = state.active ? otherColour(state.active) : 'blue';
  const release = colourRelease(request.release, idle);
  report.blueGreen = switchReport(bg, state.active, idle);
  logger.info(
    `${switchedObject(request)} ${verb(ref.kind)} ${state.active ?? 'no colour yet'}: deploying into ${idle} (release ${release})`,
  );
  const history = await releasesOf(ctx).history(release);
  report.recovery = await recoverStuckRelease(ctx.helm, release, { timeoutMs: request.timeoutMs, logger, history });
  await deploy({ ...request, release }, ctx, report, report.recovery.action === 'none' ? history : undefined);
  const untouched = `traffic not switched: ${switchedObject(request)} still ${verb(ref.kind)} ${state.active ?? 'nothing'}`;
  if (report.status !== 'deployed') {
    if (report.failure) report.failure.rollback = `${report.failure.rollback ?? 'nothing rolled back'}; ${untouched}`;
    return;
  }
  const checks = bg.smoke?.[idle];
  if (checks) {
    // smoke loads only when a colour has smoke checks.
    const { runChecks } = await import('@slipway/smoke');
    const result = await logger.group(`Smoke checks against ${idle}`, () =>
      runChecks(
        checks,
        {
          deadlineMs: request.timeoutMs,
          intervalMs: 1000,
          maxIntervalMs: 10_000,
          concurrency: 4,
          insecureTls: false,
          signal: ctx.signal,
          secrets: [],
        },
        logger,
      ),
    );
    report.blueGreen.smoke = { passed: result.passed, total: result.total, failed: result.failed };
    if (!result.passed) {
      report.status = 'failed';
      report.failure = {
        reason: `smoke checks against ${idle} failed (${result.failed} of ${result.total})`,
        details: result.checks
          .filter((c) => !c.passed)
          .map(
            (c) =>
              `${c.name}: ${c.error ?? c.mismatches.map((m) => `${m.what}: expected ${m.expected}, got ${m.actual}`).join('; ')}`,
          ),
        rollback: untouched,
      };
      return;
    }
  }
  // The judge once more, right before the switch: the smoke checks took time, pods may have gone.
  const unhealthy = await colourNotHealthy(request, ctx, release);
  if (unhealthy) {
    report.status = 'failed';
    report.failure = { reason: `${idle} is not fully available: ${unhealthy}`, details: [], rollback: untouched };
    return;
  }
  await pointAt(request, ctx, idle);
  report.blueGreen.switched = true;
  const previous = state.active;
  if (!previous) return;
  report.blueGreen.previous = await retirePrevious(request, ctx, previous, idle);
}

/** keep-previous: leave the colour that served before running, or scale it down now or after a while. */
async function retirePrevious(
  request: DeployRequest,
  ctx: DeployContext,
  previous: Colour,
  live: Colour,
): Promise<string> {
  const keep = settings(request).keepPrevious;
  const release = colourRelease(request.release, previous);
  const ref = trafficRef(request.namespace, settings(request));
  if (keep.kind === 'until-next') return `${previous} ${describeKeepPrevious(keep)}`;
  if (keep.kind === 'for') {
    ctx.logger.info(`Keeping ${previous} running for ${Math.round(keep.ms / 1000)}s so a rollback is one switch`);
    await sleep(keep.ms, ctx.signal);
    const { state } = await readLiveService(ctx.kube, ref);
    if (state.active !== live) return `${previous} went live again while kept (a rollback switched back): left running`;
  }
  const scaled = await scaleDownColour(ctx.kube, request.namespace, release, ctx.logger);
  await recordScaledDown(ctx.kube, ref, (s) => ({
    ...s.scaledDown,
    [previous]: { ...s.scaledDown[previous], ...scaled },
  }));
  return `${previous} ${describeKeepPrevious(keep)}`;
}

/** mode: rollback for blue-green: scale the other colour up again if it was scaled down, wait for it, switch back. */
export async function blueGreenRollback(
  request: DeployRequest,
  ctx: DeployContext,
  report: DeployReport,
): Promise<void> {
  const { kube, logger } = ctx;
  const { bg, ref, service, state } = await readLive(request, ctx);
  if (!service || !state.active)
    throw new ConfigError(
      `${ref.kind} ${request.namespace}/${ref.name} has no blue-green colour: nothing to switch back`,
    );
  const back = otherColour(state.active);
  const release = colourRelease(request.release, back);
  const releases = releasesOf(ctx);
  const [current, target] = (
    await Promise.all([releases.history(colourRelease(request.release, state.active)), releases.history(release)])
  ).map((history) => history.at(-1));
  report.blueGreen = switchReport(bg, state.active, back);
  report.previousRevision = current?.revision;
  if (!target || !['deployed', 'superseded'].includes(target.status))
    throw new ConfigError(
      `Release ${release} ${target ? `is ${target.status}` : 'does not exist'}: there is no ${back} colour to switch back to`,
    );
  const scaled = state.scaledDown[back] ?? {};
  try {
    report.workloads = await logger.group(`Making sure ${back} (${release}) is up and healthy`, () =>
      scaleUpColour(kube, request.namespace, release, scaled, {
        logger,
        timeoutMs: request.timeoutMs,
        intervalMs: ctx.watchIntervalMs,
        signal: ctx.signal,
        now: ctx.now,
      }),
    );
  } catch (error) {
    const watcher = new RolloutWatcher({ client: kube, namespace: request.namespace, release, logger });
    await watcher.tick();
    report.workloads = watcher.last;
    report.failure = {
      reason: `${back} is not healthy: ${errorMessage(error)}`,
      details: await watcher.explain(),
      rollback: `not switched: ${switchedObject(request)} still ${verb(ref.kind)} ${state.active}`,
    };
    return;
  }
  await pointAt(request, ctx, back);
  report.blueGreen.switched = true;
  report.blueGreen.previous = `${state.active} left running (switching forward again is one switch)`;
  report.revision = target.revision;
  report.status = 'rolled-back';
  report.rolledBack = true;
  logger.info(
    `Switched ${switchedObject(request)} back from ${state.active} to ${back} (release ${release} revision ${target.revision})`,
  );
}

/** One read of the judge over a colour release: undefined when healthy, else why not. */
async function colourNotHealthy(
  request: DeployRequest,
  ctx: DeployContext,
  release: string,
): Promise<string | undefined> {
  const watcher = new RolloutWatcher({
    client: ctx.kube,
    namespace: request.namespace,
    release,
    logger: ctx.logger,
    failFastMs: 0,
  });
  await watcher.tick();
  const verdict = watcher.verdict;
  return verdict.state === 'healthy' ? undefined : verdict.reason;
}

function verb(kind: string): string {
  return kind === 'HTTPRoute' ? 'routes to' : 'selects';
}
