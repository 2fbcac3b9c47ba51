import { ConfigError, parseRetryAfter, retry, TransientError, type Logger } from '@slipway/kit';

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

export type UploadOutcome =
  | { status: 'uploaded'; id: string; url?: string }
  /** A fork's read-only token (or code scanning unavailable): annotations and summary carry the report. */
  | { status: 'not-uploaded'; reason: string };

export interface UploadOptions {
  logger: Logger;
  signal?: AbortSignal;
  attempts?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs with the log gzipped and base64-encoded.
 * 403 (a fork's read-only token, Advanced Security off, archived) degrades to a warning instead
 * of failing; 5xx and 429 are retried (Retry-After honoured); other refusals fail with GitHub's message.
 */
export async function uploadSarif(
  sarifText: string,
  target: UploadTarget,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const { gzipSync } = await import('node:zlib');
  const body = JSON.stringify({
    commit_sha: target.commitSha,
    ref: target.ref,
    sarif: gzipSync(Buffer.from(sarifText, 'utf8')).toString('base64'),
    tool_name: 'slipway-lint-scan',
  });
  const url = new URL(`${target.apiUrl.replace(/\/$/, '')}/repos/${target.repository}/code-scanning/sarifs`);
  const response = await retry(
    async () => {
      const answer = await post(url, body, target.token, options.signal);
      if (answer.status >= 500 || answer.status === 429) {
        const retryAfterMs = parseRetryAfter(answer.retryAfter);
        throw new TransientError(
          `SARIF upload: GitHub answered ${answer.status}`,
          retryAfterMs === undefined ? {} : { retryAfterMs },
        );
      }
      return answer;
    },
    {
      attempts: options.attempts ?? 4,
      baseDelayMs: 1000,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      onRetry: ({ attempt, delayMs }) =>
        options.logger.info(`SARIF upload attempt ${attempt} failed; retrying in ${delayMs}ms`),
    },
  );
  const message = messageOf(response.text);
  if (response.status === 202) {
    const parsed = JSON.parse(response.text || '{}') as { id?: string; url?: string };
    return { status: 'uploaded', id: parsed.id ?? '', ...(parsed.url ? { url: parsed.url } : {}) };
  }
  if (response.status === 403) {
    return {
      status: 'not-uploaded',
      reason: `GitHub refused the SARIF upload (403${message ? `: ${message}` : ''}); the token needs security-events: write (a fork's token is read-only)`,
    };
  }
  if (response.status === 401 || response.status === 404)
    throw new ConfigError(
      `Input 'token': the SARIF upload was refused (${response.status}${message ? `: ${message}` : ''})`,
    );
  throw new Error(`SARIF upload failed: GitHub answered ${response.status}${message ? `: ${message}` : ''}`);
}

function messageOf(text: string): string {
  try {
    return String((JSON.parse(text) as { message?: unknown }).message ?? '');
  } catch {
    return text.slice(0, 200);
  }
}

interface Answer {
  status: number;
  text: string;
  retryAfter?: string;
}

async function post(url: URL, body: string, token: string, signal?: AbortSignal): Promise<Answer> {
  const client = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        signal,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'slipway-lint-scan',
          'x-github-api-version': '2022-11-28',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', (error) => reject(new TransientError(`SARIF upload: ${error.message}`)));
    request.end(body);
  });
}
