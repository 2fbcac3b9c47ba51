import { readFileSync } from 'node:fs';

/** What tag and label rules read from the workflow run: the GitHub context, reduced. */
export interface EventContext {
  eventName: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge … */
  ref: string;
  /** The commit the run is for (GITHUB_SHA); on a pull request the merge commit. */
  sha: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  defaultBranch?: string;
  prNumber?: number;
  /** The pull request's head commit: what the author pushed, not the merge commit. */
  prHeadSha?: string;
  /** Target branch of a pull request. */
  baseRef?: string;
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
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    repository: env['GITHUB_REPOSITORY'] ?? '',
    serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    ...(pr?.number !== undefined || payload.number !== undefined ? { prNumber: pr?.number ?? payload.number } : {}),
    ...(pr?.head?.sha ? { prHeadSha: pr.head.sha } : {}),
    ...(pr?.base?.ref || env['GITHUB_BASE_REF'] ? { baseRef: pr?.base?.ref || env['GITHUB_BASE_REF'] } : {}),
    ...(commitTime && !Number.isNaN(commitTime.getTime()) ? { commitDate: commitTime } : {}),
    now,
    ...(payload.repository?.description ? { description: payload.repository.description } : {}),
    ...(license && license !== 'NOASSERTION' ? { license } : {}),
  };
}

export const isPullRequest = (ctx: EventContext): boolean =>
  ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';

/** The branch name of a refs/heads/ ref, else undefined. */
export function branchOf(ctx: EventContext): string | undefined {
  return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}

export function tagOf(ctx: EventContext): string | undefined {
  return ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined;
}

/** The commit the image is built from: on a pull request its head, not the merge commit. */
export function commitOf(ctx: EventContext): string {
  return (isPullRequest(ctx) && ctx.prHeadSha) || ctx.sha;
}

export function isDefaultBranch(ctx: EventContext): boolean {
  const branch = branchOf(ctx);
  return branch !== undefined && ctx.defaultBranch !== undefined && branch === ctx.defaultBranch;
}

export function prNumberOf(ctx: EventContext): number | undefined {
  if (ctx.prNumber !== undefined) return ctx.prNumber;
  const m = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
  return m ? Number(m[1]) : undefined;
}
