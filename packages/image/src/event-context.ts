import { readFileSync } from 'node:fs';

/** What tag and label rules read from the workflow run: the GitHub context, reduced. */
export interface EventContext {
  eventName: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge … */
  ref: string;
  /** The commit the run is for (GITHUB_SHA); on a pull request the merge commit. */
  sha: string;
  /** DOCKER_METADATA_PR_HEAD_SHA=true: a pull request's tags and revision name its head commit. */
  usePrHeadSha?: boolean;
  /** owner/name */
  repository: string;
  serverUrl: string;
  defaultBranch?: string;
  prNumber?: number;
  /** The pull request's head commit: what the author pushed, not the merge commit. */
  prHeadSha?: string;
  /** Target branch of a pull request. */
  baseRef?: string;
  /** The push payload's `base_ref` (a tag push from a branch: refs/heads/main). */
  pushBaseRef?: string;
  commitDate?: Date;
  /** The time the tags are computed at ({{date}}, schedule patterns, the created label). */
  now: Date;
  description?: string;
  license?: string;
}

interface Payload {
  repository?: { default_branch?: string; description?: string | null; license?: { spdx_id?: string } | null };
  pull_request?: { number?: number; head?: { sha?: string }; base?: { ref?: string } };
  number?: number;
  base_ref?: string | null;
  head_commit?: { timestamp?: string } | null;
}

/** Reads the runner's GITHUB_* variables and the event payload file. */
export function contextFromEnv(env: NodeJS.ProcessEnv = process.env, now = new Date()): EventContext {
  let payload: Payload = {};
  const path = env['GITHUB_EVENT_PATH'];
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Payload;
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const commitTime = payload.head_commit?.timestamp ? new Date(payload.head_commit.timestamp) : undefined;
  const license = payload.repository?.license?.spdx_id;
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const number = pr?.number ?? payload.number;
  // pull_request_target runs on the base branch; its tags are the pull request's, as metadata-action reads it.
  const ref =
    eventName === 'pull_request_target' && number !== undefined
      ? `refs/pull/${number}/merge`
      : (env['GITHUB_REF'] ?? '');
  return {
    eventName,
    ref,
    sha: env['GITHUB_SHA'] ?? '',
    repository: env['GITHUB_REPOSITORY'] ?? '',
    serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    ...(number !== undefined ? { prNumber: number } : {}),
    ...(pr?.head?.sha ? { prHeadSha: pr.head.sha } : {}),
    ...(pr?.base?.ref || env['GITHUB_BASE_REF'] ? { baseRef: pr?.base?.ref || env['GITHUB_BASE_REF'] } : {}),
    ...(payload.base_ref ? { pushBaseRef: payload.base_ref } : {}),
    ...(commitTime && !Number.isNaN(commitTime.getTime()) ? { commitDate: commitTime } : {}),
    now,
    ...(payload.repository?.description ? { description: payload.repository.description } : {}),
    ...(license && license !== 'NOASSERTION' ? { license } : {}),
  };
}

/** pull_request, pull_request_target, pull_request_review…: the events whose payload holds a pull request. */
export const isPullRequest = (ctx: EventContext): boolean => /pull_request/.test(ctx.eventName);

/** The branch name of a refs/heads/ ref, else undefined. */
export function branchOf(ctx: EventContext): string | undefined {
  return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}

export function tagOf(ctx: EventContext): string | undefined {
  return ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined;
}

/**
 * The commit tags and the revision label name: GITHUB_SHA (on a pull request the merge commit), or
 * the pull request's head with DOCKER_METADATA_PR_HEAD_SHA=true, as docker/metadata-action.
 */
export function commitOf(ctx: EventContext): string {
  return (ctx.usePrHeadSha && isPullRequest(ctx) && ctx.prHeadSha) || ctx.sha;
}

/** Events that always run on the default branch's last commit count as it, whatever the ref (metadata-action's rule). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;

/** metadata-action's {{is_default_branch}}: the ref's branch is the default one, or the event always runs there. */
export function isDefaultBranch(ctx: EventContext): boolean {
  const branch = ctx.ref.replace(/^refs\/heads\//, '');
  if (!branch) return false;
  if (ctx.defaultBranch !== undefined && branch === ctx.defaultBranch) return true;
  return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}

/** {{base_ref}}: the push payload's base_ref on a tag, the target branch on a pull request ref, else "". */
export function baseRefOf(ctx: EventContext): string {
  if (ctx.ref.startsWith('refs/tags/') && ctx.pushBaseRef) return ctx.pushBaseRef.replace(/^refs\/heads\//, '');
  if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef) return ctx.baseRef;
  return '';
}

/** The pull request number of a refs/pull/N/merge ref, as text. */
export function prOfRef(ctx: EventContext): string | undefined {
  return ctx.ref.startsWith('refs/pull/') ? ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : undefined;
}
