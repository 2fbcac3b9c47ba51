import { redact, retry, TransientError, type Logger } from '@slipway/kit';
import { GitHubApiError, parseErrorBody } from './github-error';
import { nextLink } from './link-header';
import { isRetryableStatus, retryDelayMs } from './rate-limit';

export const API_VERSION = '2022-11-28';
const USER_AGENT = 'slipway-actions';

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (default https://api.github.com); GHES gives https://host/api/v3. */
  apiUrl?: string;
  logger: Logger;
  signal?: AbortSignal;
  /** Most attempts per request, the first included (default 4). */
  attempts?: number;
  /** Longest time a request may take, retries included (default 60s). */
  deadlineMs?: number;
  /** Per-attempt timeout (default 20s). */
  requestTimeoutMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A minimal GitHub REST client over the runtime's fetch (loaded by Node on first use, so the
 * action's start-up pays nothing for it). 5xx, 429 and a spent rate limit are retried with
 * kit's retry (full jitter, Retry-After or x-ratelimit-reset honoured as the least wait);
 * any other refusal throws a GitHubApiError carrying GitHub's status and message.
 */
export class GitHubClient {
  readonly apiUrl: string;
  constructor(private readonly options: GitHubClientOptions) {
    this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  }

  async request<T>(operation: string, method: string, path: string, body?: unknown): Promise<T> {
    return (await this.send<T>(operation, method, path, body)).body;
  }

  /**
   * One page of a GET list and the path of the next (from the Link header's rel="next"). A next
   * link that leaves this API's URL is not followed: the token goes nowhere else.
   */
  async page<T>(operation: string, path: string): Promise<{ body: T; next: string | undefined }> {
    const { body, headers } = await this.send<T>(operation, 'GET', path);
    const next = nextLink(headers.get('link'));
    if (next && !next.startsWith(`${this.apiUrl}/`))
      throw new Error(`${operation}: GitHub's next page ${next} is not under ${this.apiUrl}`);
    return { body, next: next?.slice(this.apiUrl.length) };
  }

  private async send<T>(
    operation: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ body: T; headers: Headers }> {
    const { logger, signal } = this.options;
    const url = `${this.apiUrl}${path}`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.options.token}`,
      'x-github-api-version': API_VERSION,
      'user-agent': USER_AGENT,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return retry(
      async () => {
        let response: Response;
        const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000);
        try {
          response = await fetch(url, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
          });
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          throw new TransientError(
            // redact: an HTTP client's message may quote a header, the token included.
            `${operation}: cannot reach ${this.apiUrl} (${redact(cause?.code ?? cause?.message ?? (error as Error).message, [this.options.token])})`,
          );
        }
        const text = await response.text();
        if (response.ok) return { body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
        const parsed = parseErrorBody(text);
        const refusal = new GitHubApiError(
          response.status,
          parsed.message,
          operation,
          parsed.documentationUrl,
          parsed.details,
        );
        if (!isRetryableStatus(response.status, response.headers, parsed.message)) throw refusal;
        const waitMs = retryDelayMs(response.status, response.headers, Date.now(), parsed.message);
        throw new TransientError(refusal.message, waitMs === undefined ? {} : { retryAfterMs: waitMs });
      },
      {
        attempts: this.options.attempts ?? 4,
        deadlineMs: this.options.deadlineMs ?? 60_000,
        baseDelayMs: 1000,
        maxDelayMs: 20_000,
        ...(signal ? { signal } : {}),
        ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
        onRetry: ({ attempt, delayMs, error }) =>
          logger.info(`${(error as Error).message}; attempt ${attempt} failed, retrying in ${delayMs}ms`),
      },
    );
  }
}
