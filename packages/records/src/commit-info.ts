import { readFile } from 'node:fs/promises';
import { runContext } from '@slipway/github';

export interface RunnerCommit {
  commit: string | null;
  commitTime: string | null;
  /** The workflow run's page, when on a runner. */
  runUrl: string | null;
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
  const path = env['GITHUB_EVENT_PATH'];
  if (!commit || !path) return { commit, commitTime: null, runUrl };
  try {
    const event = JSON.parse(await readFile(path, 'utf8')) as {
      head_commit?: { id?: string; timestamp?: string };
      workflow_run?: { head_sha?: string; head_commit?: { id?: string; timestamp?: string } };
    };
    const head = event.head_commit ?? event.workflow_run?.head_commit;
    const time = head?.id === commit ? head.timestamp : undefined;
    const commitTime = time && Number.isFinite(Date.parse(time)) ? new Date(time).toISOString() : null;
    return { commit, commitTime, runUrl };
  } catch {
    return { commit, commitTime: null, runUrl };
  }
}
