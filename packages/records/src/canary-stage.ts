import {
  abortedLine,
  checkStart,
  isActive,
  restoreStableAfterStop,
  runCanary,
  type CanaryConfig,
  type CanaryOutcome,
  type CanaryRun,
  type CanaryState,
  type KeptDeployment,
} from '@slipway/canary';
import type { DeployContext } from '@slipway/helm';
import type { DeploymentEnd, DeploymentSettings, LifecycleOptions } from '@slipway/github';
import { failedDescription, finishKeptDeployment, withGitHubDeployment } from './github-deployment';
import { recordCanary } from './record-canary';
import type { FleetWhere } from './record-release';

export interface CanaryStageOptions extends LifecycleOptions {
  /** github-token and environment: a start is a GitHub deployment; a later run finishes the one the state keeps. */
  github?: DeploymentSettings;
  /** A deployment already opened around this canary (the root action's delivery): kept in its state. */
  opened?: KeptDeployment;
  /** Called with the deployment's id once a start creates it. */
  onCreated?: (id: number) => void;
  /** The fleet's service and cluster (the root action in a fleet stage), for the delivery history. */
  where?: FleetWhere;
}

export interface CanaryStageResult {
  outcome: CanaryOutcome;
  /** The GitHub deployment of this canary, created or finished by this run (or left in_progress by its pause). */
  deploymentId: number | undefined;
  /** deployment-fail-on-error: GitHub refused the success status (the caller reports, then fails with it). */
  refused?: unknown;
}

/**
 * The canary stage, for the canary action and the root action alike: the canary run to its
 * decision, its GitHub deployment, and its record in the release's delivery history.
 *
 * A start opens the deployment (payload kind canary) and keeps its id and environment in the
 * canary's state. The run that promotes or aborts it, this one or a later resume, promote or
 * abort, finishes that same deployment (success or failure); a pause leaves it in_progress.
 */
export async function canaryStage(
  config: CanaryConfig,
  run: CanaryRun,
  session: DeployContext,
  options: CanaryStageOptions,
): Promise<CanaryStageResult> {
  const staged = await recordedCanaryRun(config, run, options);
  await recordCanary(staged.outcome, session, options.logger, options.where);
  return staged;
}

/** The canary run to its decision, as a GitHub deployment (canaryStage without the delivery history). */
export async function recordedCanaryRun(
  config: Pick<CanaryConfig, 'action' | 'deploy' | 'image'>,
  run: CanaryRun,
  options: CanaryStageOptions,
): Promise<CanaryStageResult> {
  const staged = config.action === 'start' ? await started(config, run, options) : await later(config, run, options);
  const kept = staged.outcome.state.deployment;
  if (staged.outcome.result === 'paused' && kept)
    options.logger.info(
      `GitHub deployment ${kept.id} (${kept.environment}) stays in_progress until a run resumes, promotes or aborts the canary`,
    );
  return staged;
}

/**
 * The canary stage's post step, for the canary action and the root action alike: when main
 * stopped while this job's canary was mid-step, traffic goes back on stable (restoreStableAfterStop),
 * the abort goes into the delivery history, and the deployment the state keeps goes to failure.
 * undefined when there was nothing to put back.
 */
export async function canaryStopStage(
  config: CanaryConfig,
  session: DeployContext,
  options: LifecycleOptions & {
    owner: string | undefined;
    github?: DeploymentSettings | undefined;
    where?: FleetWhere;
  },
): Promise<CanaryOutcome | undefined> {
  const outcome = await restoreStableAfterStop(config, session, options.logger, options.owner);
  if (!outcome) return undefined;
  await recordCanary(outcome, session, options.logger, options.where);
  await finishKept(outcome.state, endOf(outcome), options.github, options);
  return outcome;
}

async function started(
  config: Pick<CanaryConfig, 'deploy' | 'image'>,
  run: CanaryRun,
  options: CanaryStageOptions,
): Promise<CanaryStageResult> {
  const { github } = options;
  // Every refusal of the start comes before its GitHub deployment, as before any other change.
  run = await checkStart(run);
  if (!github) return { outcome: await runCanary(keeping(run, options.opened)), deploymentId: options.opened?.id };
  const { release, namespace, chart } = config.deploy;
  const start = { kind: 'canary' as const, release, namespace, strategy: 'canary', chart, image: config.image };
  const kept = (id: number | undefined): KeptDeployment | undefined =>
    id === undefined
      ? undefined
      : {
          id,
          environment: github.environment,
          ...(github.environmentUrl ? { environmentUrl: github.environmentUrl } : {}),
        };
  const { result, deploymentId, refused } = await withGitHubDeployment(
    github,
    start,
    options,
    (id) => runCanary(keeping(run, kept(id))),
    endOf,
  );
  return { outcome: result, deploymentId, ...(refused ? { refused } : {}) };
}

/** resume, promote or abort: no new deployment; the one the state keeps is finished at the decision. */
async function later(
  config: Pick<CanaryConfig, 'deploy'>,
  run: CanaryRun,
  options: CanaryStageOptions,
): Promise<CanaryStageResult> {
  let last: CanaryState | undefined;
  const watched: CanaryRun = {
    ...run,
    onSaved: (state) => {
      last = state;
      run.onSaved?.(state);
    },
  };
  try {
    const outcome = await runCanary(watched);
    const { id, refused } = await finishKept(outcome.state, endOf(outcome), options.github, options);
    return { outcome, deploymentId: id, ...(refused ? { refused } : {}) };
  } catch (error) {
    // Only a canary this run finished (aborted on the way out) ends its deployment; a refused action leaves it.
    if (last && !isActive(last)) {
      const end = {
        state: 'failure' as const,
        description: failedDescription({ kind: 'canary', release: config.deploy.release }, error),
      };
      await finishKept(last, end, options.github, options);
    }
    throw error;
  }
}

function keeping(run: CanaryRun, deployment: KeptDeployment | undefined): CanaryRun {
  return deployment && run.start ? { ...run, start: { ...run.start, deployment } } : run;
}

function endOf(outcome: CanaryOutcome): DeploymentEnd | undefined {
  const { result, state } = outcome;
  if (result === 'promoted')
    return {
      state: 'success',
      description: `Promoted ${state.release} ${state.image} through ${state.steps.length} steps`,
    };
  const aborted = abortedLine(outcome);
  return aborted ? { state: 'failure', description: aborted } : undefined;
}

/** The state's deployment finished with `end` (in the environment it was opened in): its id, if any, and a refused success. */
async function finishKept(
  state: CanaryState,
  end: DeploymentEnd | undefined,
  github: DeploymentSettings | undefined,
  options: LifecycleOptions,
): Promise<{ id: number | undefined; refused?: unknown }> {
  const kept = state.deployment;
  if (!kept) {
    if (github) options.logger.info(`GitHub Deployments: the canary of ${state.release} keeps no deployment to finish`);
    return { id: undefined };
  }
  if (!end) return { id: kept.id };
  if (!github) {
    options.logger.warning(
      `GitHub deployment ${kept.id} (${kept.environment}) stays in_progress: this run has no github-token to set it to ${end.state}`,
    );
    return { id: kept.id };
  }
  if (github.environment !== kept.environment)
    options.logger.info(
      `GitHub deployment ${kept.id} belongs to environment ${kept.environment} (the canary's start); finished there, not in ${github.environment}`,
    );
  const settings = {
    ...github,
    environment: kept.environment,
    environmentUrl: github.environmentUrl ?? kept.environmentUrl,
  };
  const refused = await finishKeptDeployment(settings, kept.id, end, options);
  return { id: kept.id, ...(refused ? { refused: refused.error } : {}) };
}
