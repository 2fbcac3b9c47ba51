import { errorMessage, type Logger } from '@slipway/kit';
import { GitHubClient } from './github-client';
import { createDeployment, createDeploymentStatus } from './deployments';
import { runContext, type RunContext } from './run-context';

export interface DeploymentSettings {
  token: string;
  environment: string;
  /** Where the deployed environment answers; shown on the deployment in GitHub. */
  environmentUrl: string | undefined;
  /** false (the default): a Deployments API failure is a warning and never fails the deploy. */
  failOnError: boolean;
}

export interface DeploymentStart {
  /** Shown on the deployment, e.g. "web 1.2.3 to production". */
  description: string;
  /** Stored on the deployment as its payload (image, release, …). */
  payload: Record<string, unknown>;
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

export interface DeploymentEnd {
  state: 'success' | 'failure';
  description: string;
}

export interface LifecycleOptions {
  logger: Logger;
  signal?: AbortSignal;
  context?: RunContext;
  /** Injected for tests: the client's sleep between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * One GitHub deployment around one deploy: created for GITHUB_SHA with a status in_progress
 * before anything changes, then success or failure with the environment URL and the run's log
 * URL. The success status carries auto_inactive: true, so GitHub itself marks the environment's
 * earlier successful deployments inactive (no listing and patching of our own).
 *
 * With failOnError false every API failure becomes one warning and the lifecycle goes quiet;
 * with true, start() and finish() throw GitHub's status and message.
 */
export class DeploymentLifecycle {
  /** The deployment's id once created. */
  id: number | undefined;
  private disabled = false;
  private readonly client: GitHubClient;
  private readonly context: RunContext;

  constructor(
    private readonly settings: DeploymentSettings,
    private readonly options: LifecycleOptions,
  ) {
    this.context = options.context ?? runContext();
    this.client = new GitHubClient({
      token: settings.token,
      apiUrl: this.context.apiUrl,
      logger: options.logger,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
  }

  async start(start: DeploymentStart): Promise<void> {
    const { repository, sha, runUrl } = this.context;
    try {
      if (!repository || !sha)
        throw new Error('GITHUB_REPOSITORY and GITHUB_SHA are not set (not running on a GitHub runner?)');
      const deployment = await createDeployment(this.client, repository, {
        ref: sha,
        environment: this.settings.environment,
        description: start.description,
        payload: start.payload,
        ...(start.transientEnvironment === undefined ? {} : { transientEnvironment: start.transientEnvironment }),
        ...(start.productionEnvironment === undefined ? {} : { productionEnvironment: start.productionEnvironment }),
      });
      this.id = deployment.id;
      await createDeploymentStatus(this.client, repository, deployment.id, {
        state: 'in_progress',
        description: start.description,
        logUrl: runUrl,
        environmentUrl: this.settings.environmentUrl,
      });
      this.options.logger.info(
        `GitHub deployment ${deployment.id} to ${this.settings.environment} created for ${sha.slice(0, 12)}: in_progress`,
      );
    } catch (error) {
      this.refused('could not create the deployment', error);
    }
  }

  /** A deployment an earlier run created and left in_progress (a paused canary): finish() ends that one. */
  adopt(id: number): void {
    this.id = id;
  }

  async finish(end: DeploymentEnd): Promise<void> {
    const { repository, runUrl } = this.context;
    if (this.disabled || this.id === undefined || !repository) return;
    try {
      await createDeploymentStatus(this.client, repository, this.id, {
        state: end.state,
        description: end.description,
        logUrl: runUrl,
        environmentUrl: this.settings.environmentUrl,
        autoInactive: end.state === 'success',
      });
      this.options.logger.info(`GitHub deployment ${this.id} to ${this.settings.environment}: ${end.state}`);
    } catch (error) {
      this.refused(`could not set deployment ${this.id} to ${end.state}`, error);
    }
  }

  private refused(what: string, error: unknown): void {
    this.disabled = true;
    const message = `GitHub Deployments: ${what}: ${errorMessage(error)}`;
    if (this.settings.failOnError) throw new Error(message, { cause: error });
    this.options.logger.warning(`${message}; the deploy is not affected (deployment-fail-on-error is false)`);
  }
}
