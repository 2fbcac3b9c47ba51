import { CancelledError, errorMessage, type Logger } from '@slipway/kit';
import type { DeployContext } from '@slipway/helm';
import type { VerifiedImage } from '@slipway/image';
import type { CanaryRun, CanaryState } from '@slipway/canary';
import type { Notified, Status, Target } from '@slipway/notify';
import type { DeploymentSettings } from '@slipway/github';
import type { DeliveryPlan } from './plan-delivery';
import type { DeliveryReport, StageOutcome } from './delivery-report';
import type { Stage } from './stages';
import { recordedDelivery } from './delivery-deployment';

export type { StageOutcome, StageResult, DeliveryReport } from './delivery-report';

export interface DeliveryContext {
  logger: Logger;
  signal?: AbortSignal;
  /** Opens the helm/kube session (kubeconfig written, helm resolved) the first time a stage needs it. */
  openSession: () => Promise<DeployContext>;
  /** The Slack side of the notify stage (its secret came from an input). */
  slack?: { kind: 'webhook'; url: string } | { kind: 'web-api'; apiUrl: string; token: string };
  /** GitHub Deployments (a github-token input): the delivery recorded in the environment. */
  github?: Omit<DeploymentSettings, 'environment' | 'environmentUrl'>;
  /** GITHUB_* variables for the message. */
  env: Record<string, string | undefined>;
  startedAt: number;
  now?: () => number;
  /** The plan's image as verifyBeforeChange verified it (required when the plan has a verification policy). */
  verified?: VerifiedImage;
  /** The chart's other images, verified by verifyBeforeChange. */
  chartImages?: VerifiedImage[];
  /** Every canary state saved, so a post step knows whether to put traffic back. */
  onCanarySaved?: (state: CanaryState) => void;
}

/**
 * Runs the plan's stages in order, in this process, with the same package calls the single
 * actions make. A failed stage skips the ones after it, except notify, which says how it went.
 */
export async function runDelivery(plan: DeliveryPlan, ctx: DeliveryContext): Promise<DeliveryReport> {
  const report: DeliveryReport = { environment: plan.environment, result: 'succeeded', stages: [] };
  const stop = (stage: Stage, outcome: StageOutcome, detail: string, failure?: unknown) => {
    report.stages.push({ stage, outcome, detail });
    if (outcome === 'failed') {
      report.result = 'failed';
      report.failure ??= failure ?? new Error(detail);
    } else if (outcome === 'paused' && report.result === 'succeeded') report.result = 'paused';
  };
  // The verification policy went first (verifyBeforeChange): a delivery never runs an image it did not verify.
  if (plan.verify && !ctx.verified)
    throw new Error('the plan has a verification policy but its image was not verified');
  if (ctx.verified) report.verified = ctx.verified;
  if (ctx.chartImages?.length) report.chartImages = ctx.chartImages;
  let session: Promise<DeployContext> | undefined;
  const open = () => (session ??= ctx.openSession());
  // Then a canary start's refusals (another active canary, its route, the stable side: reads
  // only), still before the "started" message and the GitHub deployment.
  const canary = await checkedCanaryStart(plan, ctx, open);
  const started = await postStarted(plan, ctx);
  await recordedDelivery(plan, ctx, report, (deploymentId) =>
    runStages(plan, ctx, report, stop, { open, canary, deploymentId }),
  );
  if (plan.stages.includes('notify')) await notifyStage(plan, ctx, report, stop, started);
  return report;
}

type Stop = (stage: Stage, outcome: StageOutcome, detail: string, failure?: unknown) => void;

/** What the stages share: one session, the canary's run (checked already when it starts), the delivery's deployment. */
interface StageRun {
  open: () => Promise<DeployContext>;
  canary: CanaryRun | undefined;
  deploymentId: number | undefined;
}

/** The canary stage's run, its start checked (checkStart) so that a refusal throws before anything is visible. */
async function checkedCanaryStart(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  open: () => Promise<DeployContext>,
): Promise<CanaryRun | undefined> {
  if (!plan.canary || !plan.stages.includes('canary')) return undefined;
  // Each stage's packages load only when the stage runs.
  const { canaryRun, checkStart } = await import('@slipway/canary');
  return checkStart(canaryRun(plan.canary, await open(), ctx.logger, { onSaved: ctx.onCanarySaved }));
}

/** The stages before notify, in order; a failed (or paused) one skips the ones after it. */
async function runStages(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  report: DeliveryReport,
  stop: Stop,
  run: StageRun,
): Promise<void> {
  for (const stage of plan.stages) {
    if (stage === 'notify') continue;
    if (report.result !== 'succeeded' || ctx.signal?.aborted) {
      stop(stage, 'skipped', report.result === 'paused' ? 'the canary is paused' : 'an earlier stage did not succeed');
      continue;
    }
    try {
      await ctx.logger.group(`Slipway: ${stage}`, () => runStage(stage, plan, ctx, report, stop, run));
    } catch (error) {
      stop(stage, 'failed', errorMessage(error), error);
    }
  }
  if (ctx.signal?.aborted) {
    report.result = 'failed';
    report.failure ??= ctx.signal.reason ?? new CancelledError('cancelled');
  }
}

async function runStage(
  stage: Exclude<Stage, 'notify'>,
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  report: DeliveryReport,
  stop: Stop,
  { open, canary, deploymentId }: StageRun,
): Promise<void> {
  if (stage === 'deploy') {
    // Each stage's packages load only when the stage runs.
    const { deployStage, deployFailure } = await import('@slipway/records');
    const session = await open();
    // The same stage helm-deploy runs: the delivery history records this deploy for delivery-metrics too.
    const deployed = await deployStage(plan.deploy, session, {
      environment: plan.environment,
      logger: ctx.logger,
      service: plan.service,
      cluster: plan.cluster,
    });
    report.deploy = deployed;
    const failure = deployFailure(plan.deploy, deployed);
    if (failure) return stop(stage, 'failed', failure);
    const colour = deployed.blueGreen ? `, ${deployed.blueGreen.to} live` : '';
    return stop(stage, 'succeeded', `revision ${deployed.revision ?? '?'} ${deployed.status}${colour}`);
  }
  if (stage === 'canary') {
    const config = plan.canary as NonNullable<DeliveryPlan['canary']>;
    const run = canary as CanaryRun;
    // Each stage's packages load only when the stage runs.
    const { abortedLine } = await import('@slipway/canary');
    const { canaryStage } = await import('@slipway/records');
    const session = await open();
    // The delivery's deployment is the canary's: kept in its state, so the run that promotes or aborts it finishes it.
    const opened =
      deploymentId === undefined
        ? undefined
        : {
            id: deploymentId,
            environment: plan.environment,
            ...(plan.environmentUrl ? { environmentUrl: plan.environmentUrl } : {}),
          };
    const { outcome } = await canaryStage(config, run, session, {
      logger: ctx.logger,
      signal: ctx.signal,
      where: { service: plan.service, cluster: plan.cluster },
      ...(opened ? { opened } : {}),
    });
    report.canary = outcome;
    const aborted = abortedLine(outcome);
    if (aborted) return stop(stage, 'failed', aborted);
    if (outcome.result === 'paused')
      return stop(
        stage,
        'paused',
        `paused at step ${outcome.state.step + 1} (${outcome.state.weight}%) until a resume`,
      );
    return stop(stage, 'succeeded', `promoted ${config.image} through ${outcome.state.steps.length} steps`);
  }
  const smoke = plan.smoke as NonNullable<DeliveryPlan['smoke']>;
  // Each stage's packages load only when the stage runs.
  const { failedChecksLine, runChecks } = await import('@slipway/smoke');
  const checked = await runChecks(smoke.checks, { ...smoke.options, signal: ctx.signal }, ctx.logger);
  report.smoke = checked;
  const failed = failedChecksLine(checked);
  stop(stage, failed ? 'failed' : 'succeeded', failed ?? `${checked.total} checks passed`);
}

/** The message of how the delivery went; Slack down fails the delivery only with fail-on-error. */
async function notifyStage(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  report: DeliveryReport,
  stop: Stop,
  started: Started | undefined,
): Promise<void> {
  if (!ctx.slack) return stop('notify', 'skipped', 'no Slack secret');
  const status = statusOf(report, ctx.signal);
  report.notifyStatus = status;
  const failed = report.stages.find((s) => s.outcome === 'failed');
  const stages = report.stages.map((s) => `${s.stage} ${s.outcome}`).join(', ');
  // With a bot token the "started" message is updated in place: one message per delivery.
  const { result, verdict } = await sendSlack(plan, ctx, status, stages, failed?.detail, started);
  report.notify = result;
  if (verdict.outcome === 'sent') return stop('notify', 'succeeded', `Slack message ${result.action} (${status})`);
  if (verdict.outcome === 'failed') return stop('notify', 'failed', verdict.detail);
  ctx.logger.warning(verdict.line);
  stop('notify', 'skipped', verdict.detail);
}

/** The "started" message: Slack's channel id and ts, which chat.update needs. */
type Started = { channel: string; ts: string };

/** "Deploy started" before anything changes, when the message can be updated later (bot token). */
async function postStarted(plan: DeliveryPlan, ctx: DeliveryContext): Promise<Started | undefined> {
  if (ctx.slack?.kind !== 'web-api' || !plan.stages.includes('notify')) return undefined;
  // Its own rule, whatever fail-on-error says: only the end's message is judged.
  const { result: sent } = await sendSlack(plan, ctx, 'started', plan.stages.join(', '), undefined, undefined);
  if (!sent.ok) ctx.logger.warning(`Slack: the "started" message was not sent (${sent.error}); the end will post anew`);
  return sent.ok ? { channel: sent.channel, ts: sent.ts } : undefined;
}

/** Composes the delivery's message and sends it through the notify stage slack-notify also runs. */
async function sendSlack(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  status: Status,
  stages: string,
  text: string | undefined,
  update: Started | undefined,
): Promise<Notified> {
  const notify = plan.notify as NonNullable<DeliveryPlan['notify']>;
  const slack = ctx.slack as NonNullable<DeliveryContext['slack']>;
  // notify loads only when slipway.yml has a notify stage.
  const { composeMessage, deliverNotification, readGithubContext } = await import('@slipway/notify');
  const fields: Record<string, string> = { Release: `${plan.deploy.release} in ${plan.namespace}` };
  if (plan.image) fields['Image'] = plan.image;
  fields['Stages'] = stages;
  const now = ctx.now ?? Date.now;
  const { message } = await composeMessage({
    facts: {
      status,
      github: readGithubContext(ctx.env),
      environment: plan.environment,
      environmentUrl: plan.environmentUrl,
      durationMs: status === 'started' ? undefined : Math.max(0, now() - ctx.startedAt),
      fields,
      text,
      mentions: notify.mentions,
    },
    env: ctx.env,
  });
  const target: Target =
    slack.kind === 'webhook'
      ? slack
      : { ...slack, channel: update?.channel ?? (notify.channel as string), updateTs: update?.ts };
  return deliverNotification(message, target, {
    deadlineMs: notify.deadlineMs,
    logger: ctx.logger,
    failOnError: notify.failOnError,
    scope: 'delivery',
  });
}

function statusOf(report: DeliveryReport, signal: AbortSignal | undefined): Status {
  if (signal?.aborted) return 'cancelled';
  if (report.canary?.result === 'aborted') return 'canary-aborted';
  if (report.deploy?.rolledBack) return 'rolled-back';
  if (report.result === 'failed') return 'failed';
  if (report.canary?.result === 'promoted') return 'canary-promoted';
  return 'succeeded';
}
