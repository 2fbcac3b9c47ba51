import { readFileSync } from 'node:fs';
import { firstLine } from './mrkdwn';

/** What a message says about the run, from GITHUB_* variables and the event payload. */
export interface GithubContext {
  serverUrl: string;
  repository: string;
  repositoryUrl: string;
  eventName: string;
  ref: string;
  refName: string;
  sha: string;
  shortSha: string;
  commitMessage: string;
  commitTitle: string;
  commitUrl: string;
  actor: string;
  workflow: string;
  job: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  runUrl: string;
  /** The push's compare view, a pull request's files, or the commit itself. */
  diffUrl: string;
  pullRequestUrl: string;
}

type Env = Record<string, string | undefined>;
type Json = Record<string, unknown>;

function readEventFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function object(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Reads the context the runner gives every step. Missing pieces are empty strings, never errors. */
export function readGithubContext(
  env: Env,
  readEvent: (path: string) => string | undefined = readEventFile,
): GithubContext {
  let event: Json = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      event = object(JSON.parse(readEvent(eventPath) ?? '{}'));
    } catch {
      event = {};
    }
  }
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const repositoryUrl = repository ? `${serverUrl}/${repository}` : '';
  const pullRequest = object(event['pull_request']);
  const headCommit = object(event['head_commit'] ?? object(event['workflow_run'])['head_commit']);
  const isPullRequest = Object.keys(pullRequest).length > 0;

  // A pull request's GITHUB_SHA is a merge commit nobody wrote; show the head the author pushed.
  const sha = text(object(pullRequest['head'])['sha']) || env['GITHUB_SHA'] || text(headCommit['id']);
  const commitMessage = text(headCommit['message']) || text(pullRequest['title']);
  const refName = env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const commitUrl = repositoryUrl && sha ? `${repositoryUrl}/commit/${sha}` : '';
  const pullRequestUrl = text(pullRequest['html_url']);
  const compare = text(event['compare']);
  const before = text(event['before']);
  const pushDiff = compare && before && !/^0+$/.test(before) ? compare : '';
  return {
    serverUrl,
    repository,
    repositoryUrl,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    refName,
    sha,
    shortSha: sha.slice(0, 7),
    commitMessage,
    commitTitle: firstLine(commitMessage),
    commitUrl,
    actor: env['GITHUB_TRIGGERING_ACTOR'] || env['GITHUB_ACTOR'] || '',
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    runId,
    runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '',
    runUrl: repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : '',
    diffUrl: isPullRequest && pullRequestUrl ? `${pullRequestUrl}/files` : pushDiff || commitUrl,
    pullRequestUrl,
  };
}
