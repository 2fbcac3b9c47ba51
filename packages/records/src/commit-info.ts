import { readFile } from 'node:fs/promises';
import { runContext } from '@slipway/github';

export interface RunnerCommit {
  commit: string | null;
  commitTime: string | null;
  /** The workflow run's page, when on a runner. */
  runUrl: string | null;
  /** The run and its attempt, "1234/1", when on a runner: what groups a fleet run's records. */
  run: string | null;
}

/** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (1 when unset) as "1234/1"; null outside a run. */
export function runOf(env: NodeJS.ProcessEnv = process.env): { id: string; attempt: string } | null {
  const id = env['GITHUB_RUN_ID'];
  if (!id || !/^\d+$/.test(id)) return null;
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  return { id, attempt: attempt && /^\d+$/.test(attempt) ? attempt : '1' };
}

/**
 * The commit a run deploys and when it was made, from the runner: GITHUB_SHA, and the commit
 * time from the event payload (push: head_commit; workflow_run: workflow_run.head_commit) when
 * that commit is the one deployed. Other events carry no commit time: lead time then skips the
 * record rather than guess.
 */
export async function runnerCommit(env: NodeJS.ProcessEnv = process.env): Promise<RunnerCommit> {
  const commit = env['GITHUB_SHA'] || null;
  const runUrl = runContext(env).runUrl ?? null;
  const ran = runOf(env);
  const run = ran ? `${ran.id}/${ran.attempt}` : null;
  const path = env['GITHUB_EVENT_PATH'];
  if (!commit || !path) return { commit, commitTime: null, runUrl, run };
  try {
    const event = JSON.parse(await readFile(path, 'utf8')) as {
      head_commit?: { id?: string; timestamp?: string };
      workflow_run?: { head_sha?: string; head_commit?: { id?: string; timestamp?: string } };
    };
    const head = event.head_commit ?? event.workflow_run?.head_commit;
    const time = head?.id === commit ? head.timestamp : undefined;
    const commitTime = time && Number.isFinite(Date.parse(time)) ? new Date(time).toISOString() : null;
    return { commit, commitTime, runUrl, run };
  } catch {
    return { commit, commitTime: null, runUrl, run };
  }
}
