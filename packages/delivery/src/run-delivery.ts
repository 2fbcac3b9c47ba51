import { CancelledError, errorMessage, type Logger } from '@slipway/kit';
import type { DeployContext, DeployReport } from '@slipway/helm';
import type { VerifiedImage } from '@slipway/image';
import type { RunReport } from '@slipway/smoke';
import type { CanaryOutcome, CanaryState } from '@slipway/canary';
import type { SendResult, Status, Target } from '@slipway/notify';
import type { DeploymentSettings } from '@slipway/github';
import type { DeliveryPlan } from './plan-delivery';
import type { Stage } from './stages';
import { verifyPlanImage } from './verify-plan-image';

export type StageOutcome = 'succeeded' | 'failed' | 'paused' | 'skipped';

export interface StageResult {
  stage: Stage;
  outcome: StageOutcome;
  detail: string;
}

/** What each stage did, their own reports, and the first failure. */
export interface DeliveryReport {
  environment: string;
  result: 'succeeded' | 'failed' | 'paused';
  stages: StageResult[];
  deploy?: DeployReport;
  canary?: CanaryOutcome;
  smoke?: RunReport;
  notify?: SendResult;
  notifyStatus?: Status;
  /** What the verification policy checked: the digest delivered. */
  verified?: VerifiedImage;
  /** The chart's other images (sidecars, init containers) the policy checked. */
  chartImages?: VerifiedImage[];
  /** The GitHub deployment recorded for this delivery, when one was. */
  deploymentId?: number;
  /** The first failure as thrown or described; the entry reports it after the summary. */
  failure?: unknown;
}

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
  /** RUNNER_TEMP: where the verification policy's key file is written for cosign. Default: the OS's. */
  tempDir?: string;
  /** The plan's image as verifyPlanImage verified it already (before helm was chosen); else verified first here. */
  verified?: VerifiedImage;
  /** The chart's other images, verified by verifyPlanChartImages (the root action, once helm was chosen). */
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
  let session: Promise<DeployContext> | undefined;
  const open = () => (session ??= ctx.openSession());
  const stop = (stage: Stage, outcome: StageOutcome, detail: string, failure?: unknown) => {
    report.stages.push({ stage, outcome, detail });
    if (outcome === 'failed') {
      report.result = 'failed';
      report.failure ??= failure ?? new Error(detail);
    } else if (outcome === 'paused' && report.result === 'succeeded') report.result = 'paused';
  };
  // The verification policy goes first: a refused image throws before a message, a deployment or a release.
  const verified = ctx.verified ?? (await verifyPlanImage(plan, ctx));
  if (verified) report.verified = verified;
  if (ctx.chartImages?.length) report.chartImages = ctx.chartImages;
  const started = await postStarted(plan, ctx);
  const deployment = await startDeployment(plan, ctx);
  if (deployment?.id !== undefined) report.deploymentId = deployment.id;
  for (const stage of plan.stages) {
    if (stage === 'notify') continue;
    if (report.result !== 'succeeded' || ctx.signal?.aborted) {
      stop(stage, 'skipped', report.result === 'paused' ? 'the canary is paused' : 'an earlier stage did not succeed');
      continue;
    }
    try {
      await ctx.logger.group(`Slipway: ${stage}`, () => runStage(stage, plan, ctx, report, open, stop));
    } catch (error) {
      stop(stage, 'failed', errorMessage(error), error);
    }
  }
  if (ctx.signal?.aborted) {
    report.result = 'failed';
    report.failure ??= ctx.signal.reason ?? new CancelledError('cancelled');
  }
  if (deployment) await finishDeployment(deployment, report, ctx.logger);
  if (plan.stages.includes('notify')) await notifyStage(plan, ctx, report, stop, started);
  return report;
}

type Lifecycle = import('@slipway/github').DeploymentLifecycle;

/** A GitHub deployment in the environment, in_progress before the release changes (deploy or canary). */
async function startDeployment(plan: DeliveryPlan, ctx: DeliveryContext): Promise<Lifecycle | undefined> {
  if (!ctx.github || !plan.stages.some((stage) => stage === 'deploy' || stage === 'canary')) return undefined;
  const { DeploymentLifecycle } = await import('@slipway/github');
  const lifecycle = new DeploymentLifecycle(
    { ...ctx.github, environment: plan.environment, environmentUrl: plan.environmentUrl },
    { logger: ctx.logger, signal: ctx.signal },
  );
  const via = plan.stages.includes('canary') ? 'canary' : 'rolling';
  const { deploymentPayload } = await import('@slipway/records');
  await lifecycle.start({
    description: `${plan.deploy.release} ${plan.image ?? ''} (${via})`,
    // The same payload helm-deploy writes, so delivery-metrics reads this delivery's kind and lead time.
    payload: await deploymentPayload({
      kind: via === 'canary' ? 'canary' : 'deploy',
      release: plan.deploy.release,
      namespace: plan.namespace,
      strategy: via,
      chart: plan.deploy.chart,
      image: plan.image,
      stages: plan.stages,
      service: plan.service,
      cluster: plan.cluster,
    }),
    transientEnvironment: false,
  });
  return lifecycle;
}

/** success when every stage before notify succeeded; failure with the first failure's words. */
async function finishDeployment(lifecycle: Lifecycle, report: DeliveryReport, logger: Logger): Promise<void> {
  const failed = report.stages.find((s) => s.outcome === 'failed' || s.outcome === 'paused');
  const end = failed
    ? { state: 'failure' as const, description: failed.detail }
    : { state: 'success' as const, description: `Delivered ${report.stages.map((s) => s.stage).join(', ')}` };
  await lifecycle.finish(end).catch((error: unknown) => {
    logger.warning(errorMessage(error));
  });
}

async function runStage(
  stage: Exclude<Stage, 'notify'>,
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  report: DeliveryReport,
  open: () => Promise<DeployContext>,
  stop: (stage: Stage, outcome: StageOutcome, detail: string, failure?: unknown) => void,
): Promise<void> {
  if (stage === 'deploy') {
    const { runRelease } = await import('@slipway/helm');
    const { recordRelease } = await import('@slipway/records');
    const session = await open();
    const startedAt = Date.now();
    const deployed = await runRelease(plan.deploy, session);
    report.deploy = deployed;
    // The same delivery history helm-deploy keeps, so delivery-metrics counts this deploy too.
    await recordRelease(plan.deploy, deployed, session, {
      startedAt,
      environment: plan.environment,
      logger: ctx.logger,
      service: plan.service,
      cluster: plan.cluster,
    });
    if (deployed.failure) {
      const rollback = deployed.failure.rollback ? `; ${deployed.failure.rollback}` : '';
      return stop(stage, 'failed', `Deploy of ${deployed.release} failed: ${deployed.failure.reason}${rollback}`);
    }
    return stop(stage, 'succeeded', `revision ${deployed.revision ?? '?'} ${deployed.status}`);
  }
  if (stage === 'canary') {
    const config = plan.canary as NonNullable<DeliveryPlan['canary']>;
    const { canaryRun, runCanary } = await import('@slipway/canary');
    const { recordCanary } = await import('@slipway/records');
    const session = await open();
    const outcome = await runCanary(canaryRun(config, session, ctx.logger, { onSaved: ctx.onCanarySaved }));
    report.canary = outcome;
    await recordCanary(outcome, session, ctx.logger, { service: plan.service, cluster: plan.cluster });
    if (outcome.result === 'aborted')
      return stop(
        stage,
        'failed',
        `Canary of ${config.deploy.release} aborted: ${outcome.state.abortReason ?? 'aborted'}`,
      );
    if (outcome.result === 'paused')
      return stop(
        stage,
        'paused',
        `paused at step ${outcome.state.step + 1} (${outcome.state.weight}%) until a resume`,
      );
    return stop(stage, 'succeeded', `promoted ${config.image} through ${outcome.state.steps.length} steps`);
  }
  const smoke = plan.smoke as NonNullable<DeliveryPlan['smoke']>;
  const { runChecks } = await import('@slipway/smoke');
  const checked = await runChecks(smoke.checks, { ...smoke.options, signal: ctx.signal }, ctx.logger);
  report.smoke = checked;
  if (checked.passed) return stop(stage, 'succeeded', `${checked.total} checks passed`);
  const names = checked.checks.filter((c) => !c.passed).map((c) => c.name);
  stop(stage, 'failed', `${checked.failed} of ${checked.total} smoke checks failed: ${names.slice(0, 5).join(', ')}`);
}

/** The message of how the delivery went; Slack down fails the delivery only with fail-on-error. */
async function notifyStage(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  report: DeliveryReport,
  stop: (stage: Stage, outcome: StageOutcome, detail: string, failure?: unknown) => void,
  started: Started | undefined,
): Promise<void> {
  const notify = plan.notify as NonNullable<DeliveryPlan['notify']>;
  if (!ctx.slack) return stop('notify', 'skipped', 'no Slack secret');
  const status = statusOf(report, ctx.signal);
  report.notifyStatus = status;
  const failed = report.stages.find((s) => s.outcome === 'failed');
  const stages = report.stages.map((s) => `${s.stage} ${s.outcome}`).join(', ');
  // With a bot token the "started" message is updated in place: one message per delivery.
  const sent = await sendSlack(plan, ctx, status, stages, failed?.detail, started);
  report.notify = sent;
  if (sent.ok) return stop('notify', 'succeeded', `Slack message ${sent.action} (${status})`);
  const detail = `Slack notification not sent: ${sent.error} (${sent.detail})`;
  if (notify.failOnError) return stop('notify', 'failed', detail);
  ctx.logger.warning(`${detail}; the delivery is judged without it (fail-on-error is false)`);
  stop('notify', 'skipped', detail);
}

/** The "started" message: Slack's channel id and ts, which chat.update needs. */
type Started = { channel: string; ts: string };

/** "Deploy started" before anything changes, when the message can be updated later (bot token). */
async function postStarted(plan: DeliveryPlan, ctx: DeliveryContext): Promise<Started | undefined> {
  if (ctx.slack?.kind !== 'web-api' || !plan.stages.includes('notify')) return undefined;
  const sent = await sendSlack(plan, ctx, 'started', plan.stages.join(', '), undefined, undefined);
  if (!sent.ok) ctx.logger.warning(`Slack: the "started" message was not sent (${sent.error}); the end will post anew`);
  return sent.ok ? { channel: sent.channel, ts: sent.ts } : undefined;
}

async function sendSlack(
  plan: DeliveryPlan,
  ctx: DeliveryContext,
  status: Status,
  stages: string,
  text: string | undefined,
  update: Started | undefined,
): Promise<SendResult> {
  const notify = plan.notify as NonNullable<DeliveryPlan['notify']>;
  const slack = ctx.slack as NonNullable<DeliveryContext['slack']>;
  const { composeMessage, readGithubContext, sendNotification } = await import('@slipway/notify');
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
  return sendNotification(message, target, { deadlineMs: notify.deadlineMs, logger: ctx.logger });
}

function statusOf(report: DeliveryReport, signal: AbortSignal | undefined): Status {
  if (signal?.aborted) return 'cancelled';
  if (report.canary?.result === 'aborted') return 'canary-aborted';
  if (report.deploy?.rolledBack) return 'rolled-back';
  if (report.result === 'failed') return 'failed';
  if (report.canary?.result === 'promoted') return 'canary-promoted';
  return 'succeeded';
}
