import { ConfigError, type Logger } from '@slipway/kit';
import { checkEnvironment } from './environments';
import { GitHubApiError, repoParams, type Deployment, type DeploymentStatus, type GitHubClient } from '@slipway/github';
import { digestOf, fleetFields, type DeliveryKind, type DeliveryRecord, type DeliveryResult } from './record';

const FINAL = new Set(['success', 'failure', 'error']);
const KINDS: readonly DeliveryKind[] = ['deploy', 'rollback', 'canary'];

/**
 * A record from a GitHub deployment and its statuses (newest first, as GitHub lists them). The
 * deployment's payload says what Slipway knew at the start (kind, image, commit_time); the newest
 * final status (success, failure, error; `inactive` only means superseded) says how it ended.
 * No final status: the record stays unfinished.
 */
export function recordOfDeployment(deployment: Deployment, statuses: DeploymentStatus[]): DeliveryRecord {
  const payload = payloadOf(deployment.payload);
  const kind = KINDS.find((k) => k === payload['kind']) ?? 'deploy';
  const final = statuses.find((s) => FINAL.has(s.state));
  const text = final?.description ?? '';
  let result: DeliveryResult | null = null;
  if (final?.state === 'success') result = 'success';
  else if (final) result = kind === 'canary' ? 'aborted' : /^Rolled back\b/.test(text) ? 'rolled-back' : 'failure';
  const image = typeof payload['image'] === 'string' ? payload['image'] : null;
  const revisionInText = /\brevision (\d+)\b/.exec(text)?.[1];
  const restored = kind === 'rollback' || result === 'rolled-back';
  const revision =
    typeof payload['revision'] === 'number'
      ? payload['revision']
      : revisionInText && !restored
        ? Number(revisionInText)
        : null;
  const restoredRevision =
    typeof payload['restored_revision'] === 'number'
      ? payload['restored_revision']
      : revisionInText
        ? Number(revisionInText)
        : null;
  const commitTime = typeof payload['commit_time'] === 'string' ? payload['commit_time'] : null;
  return {
    kind,
    environment: deployment.environment,
    release: typeof payload['release'] === 'string' ? payload['release'] : '',
    revision,
    image,
    imageDigest: digestOf(image),
    commit: deployment.sha,
    commitTime: commitTime && Number.isFinite(Date.parse(commitTime)) ? commitTime : null,
    startedAt: deployment.created_at,
    finishedAt: final?.created_at ?? null,
    result: final ? result : null,
    ...(restored ? { restored: { revision: restoredRevision, image: null } } : {}),
    ...(final?.log_url ? { runUrl: final.log_url } : {}),
    ...fleetFields({ service: payload['service'], cluster: payload['cluster'], run: runText(payload) }),
  };
}

/** run_id and run_attempt as the record's "1234/1"; none without run_id (payloads before them). */
function runText(payload: Record<string, unknown>): string | undefined {
  const id = payload['run_id'];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const attempt = payload['run_attempt'];
  return `${id}/${typeof attempt === 'string' || typeof attempt === 'number' ? attempt : 1}`;
}

function payloadOf(payload: unknown): Record<string, unknown> {
  if (typeof payload === 'string') {
    try {
      return payloadOf(JSON.parse(payload));
    } catch {
      return {};
    }
  }
  return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
}

/** GitHub's refusal of a read, turned into what the user can fix. */
function readRefused(error: unknown, repository: string): unknown {
  if (!(error instanceof GitHubApiError) || (error.status !== 403 && error.status !== 404)) return error;
  return new ConfigError(
    `Input 'github-token': the token cannot read the deployments of ${repository} (GitHub answered ${error.status}` +
      `${error.githubMessage ? `: ${error.githubMessage}` : ''}); give the job \`permissions: deployments: read\`` +
      ` (a fine-grained token needs "Deployments: read" on the repository)`,
  );
}

export interface GitHubRecordsOptions {
  client: GitHubClient;
  repository: string;
  environment: string;
  /** Deployments created before this time (ms) are not read: GitHub lists newest first. */
  sinceMs: number;
  logger: Logger;
  /** Deployments a page (GitHub's most, 100, unless a test wants more pages). */
  pageSize?: number;
}

/**
 * The environment's records since `sinceMs`, oldest first, paging through the deployments list
 * (Link rel="next", 100 a page) until a page reaches past the window. An environment with no
 * deployment at all is a ConfigError naming the environments that have some; a repository with
 * none anywhere is an empty history.
 */
export async function readGitHubRecords(options: GitHubRecordsOptions): Promise<DeliveryRecord[]> {
  const { client, repository, environment, sinceMs, logger } = options;
  const perPage = options.pageSize ?? 100;
  const repo = repoParams(repository);
  const deployments: Deployment[] = [];
  let pages = 0;
  try {
    for await (const page of client.pages<Deployment>('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
      ...repo,
      environment,
      per_page: perPage,
    })) {
      pages++;
      if (pages === 1 && page.length === 0) await unknownEnvironment(client, repo, environment, repository);
      deployments.push(...page.filter((d) => Date.parse(d.created_at) >= sinceMs));
      const oldest = page.at(-1);
      if (!oldest || Date.parse(oldest.created_at) < sinceMs) break;
    }
    // One request after another, as GitHub asks of a client (concurrent requests are what its
    // secondary rate limits punish).
    const records: DeliveryRecord[] = [];
    for (const deployment of deployments) {
      const statuses: DeploymentStatus[] = [];
      for await (const page of client.pages<DeploymentStatus>(
        'List deployment statuses',
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        { ...repo, deployment_id: deployment.id, per_page: perPage },
      ))
        statuses.push(...page);
      records.push(recordOfDeployment(deployment, statuses));
    }
    logger.info(
      `Read ${records.length} deployment(s) of ${repository} in ${environment} since ${new Date(sinceMs).toISOString()} (${pages} page(s))`,
    );
    return records.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  } catch (error) {
    throw readRefused(error, repository);
  }
}

/** Only asked when the environment has no deployment at all: the newest 100 name the ones there are. */
async function unknownEnvironment(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
  repository: string,
) {
  const any = await client.request<Deployment[]>('List deployments', 'GET /repos/{owner}/{repo}/deployments', {
    ...repo,
    per_page: 100,
  });
  checkEnvironment(
    any.map((d) => d.environment),
    environment,
    `the GitHub Deployments of ${repository}`,
  );
}
