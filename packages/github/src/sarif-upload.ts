import { gzipSync } from 'node:zlib';
import { ConfigError, sleep as realSleep, type Logger } from '@slipway/kit';
import { repoParams } from './deployments';
import { GitHubClient } from './github-client';
import { GitHubApiError } from './github-error';
import { checkSarifLimits } from './sarif-limits';

export interface UploadTarget {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string;
  /** owner/name */
  repository: string;
  commitSha: string;
  /** refs/heads/…, refs/tags/… or refs/pull/N/merge|head */
  ref: string;
  token: string;
}

/** How code scanning left the upload: stored, or still pending when we stopped waiting. */
export type Processing = 'complete' | 'pending' | 'unknown';

export type UploadOutcome =
  | { status: 'uploaded'; id: string; url?: string; processing: Processing }
  /** A fork's read-only token (or code scanning unavailable): annotations and summary carry the report. */
  | { status: 'not-uploaded'; reason: string };

export interface UploadOptions {
  logger: Logger;
  signal?: AbortSignal;
  attempts?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Between two reads of the processing status (default 5s, as codeql-action polls). */
  pollIntervalMs?: number;
  /** How long to wait for processing before going on with a warning (default 2 minutes). */
  pollTimeoutMs?: number;
}

/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs with the log gzipped and base64-encoded, after
 * checking code scanning's limits (nothing is sent past one), then GET …/sarifs/{sarif_id} until
 * GitHub says `complete` or `failed`, as GitHub documents. 403 (a fork's read-only token,
 * Advanced Security off, archived) degrades to a warning instead of failing; 5xx and 429 are
 * retried by the client; other refusals fail with GitHub's message; a failed processing fails
 * with GitHub's errors.
 */
export async function uploadSarif(
  sarifText: string,
  target: UploadTarget,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const gzipped = gzipSync(Buffer.from(sarifText, 'utf8'));
  checkSarifLimits(JSON.parse(sarifText), gzipped.length);
  const client = new GitHubClient({
    token: target.token,
    apiUrl: target.apiUrl,
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.attempts ? { attempts: options.attempts } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const repo = repoParams(target.repository);
  let created: { id?: string; url?: string };
  try {
    created = await client.request('SARIF upload', 'POST /repos/{owner}/{repo}/code-scanning/sarifs', {
      ...repo,
      commit_sha: target.commitSha,
      ref: target.ref,
      sarif: gzipped.toString('base64'),
      tool_name: 'slipway-lint-scan',
    });
  } catch (error) {
    return refused(error);
  }
  const id = created.id ?? '';
  const processing = await waitForProcessing(client, repo, id, options);
  return { status: 'uploaded', id, ...(created.url ? { url: created.url } : {}), processing };
}

function refused(error: unknown): UploadOutcome {
  if (!(error instanceof GitHubApiError)) throw error;
  const said = `${error.status}${error.githubMessage ? `: ${error.githubMessage}` : ''}`;
  if (error.status === 403)
    return {
      status: 'not-uploaded',
      reason: `GitHub refused the SARIF upload (${said}); the token needs security-events: write (a fork's token is read-only)`,
    };
  if (error.status === 401 || error.status === 404)
    throw new ConfigError(`Input 'token': the SARIF upload was refused (${said})`);
  if (error.status === 413)
    throw new ConfigError(`Input 'upload': code scanning refused the SARIF log as too large (${said})`);
  throw new Error(`SARIF upload failed: GitHub answered ${said}`, { cause: error });
}

async function waitForProcessing(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  id: string,
  options: UploadOptions,
): Promise<Processing> {
  const { logger, signal } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const interval = options.pollIntervalMs ?? 5000;
  const timeout = options.pollTimeoutMs ?? 120_000;
  const deadline = now() + timeout;
  for (;;) {
    let state: { processing_status?: string; errors?: string[] | null } = {};
    try {
      state = await client.request(
        'SARIF processing status',
        'GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}',
        {
          ...repo,
          sarif_id: id,
        },
      );
    } catch (error) {
      // Just after the upload GitHub may not know the id yet: that is still pending.
      if (!(error instanceof GitHubApiError)) throw error;
      if (error.status !== 404) {
        logger.warning(`${error.message}; the SARIF upload ${id} was accepted, its processing is not known`);
        return 'unknown';
      }
    }
    if (state.processing_status === 'complete') {
      logger.info(`Code scanning processed the SARIF upload ${id}`);
      return 'complete';
    }
    if (state.processing_status === 'failed')
      throw new Error(
        `Code scanning could not process the SARIF upload ${id}: ${(state.errors ?? []).join('; ') || 'GitHub gave no reason'}`,
      );
    if (now() + interval > deadline) {
      logger.warning(
        `Code scanning has not finished processing the SARIF upload ${id} after ${timeout / 1000}s; its results appear when it has`,
      );
      return 'pending';
    }
    logger.info(`Code scanning is processing the SARIF upload ${id}; checking again in ${interval / 1000}s`);
    await sleep(interval, signal);
  }
}
