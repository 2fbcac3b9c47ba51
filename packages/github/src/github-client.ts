import {
  githubOctokit,
  networkError,
  proxyRouteFor,
  ProxyRefusedError,
  redact,
  retry,
  TransientError,
  type GitHubOctokit,
  type Logger,
} from '@slipway/kit';
import { GitHubApiError, parseErrorBody } from './github-error';
import { nextLink } from './link-header';
import { isRetryableStatus, retryDelayMs } from './rate-limit';

export const API_VERSION = '2022-11-28';

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

/** Octokit's route and parameters: 'POST /repos/{owner}/{repo}/deployments', { owner, repo, … }. */
export type RouteParameters = Record<string, unknown>;

/** What Octokit's RequestError carries (duck-typed: the class may come from another copy). */
interface OctokitFailure {
  status?: number;
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
  cause?: { code?: string; message?: string; cause?: { code?: string; message?: string } };
  message?: string;
}

/**
 * Our GitHub REST transport over `@actions/github`'s Octokit (kit's `githubOctokit`, created on
 * the first request). 5xx, 429 and a spent or secondary rate limit are retried with kit's retry
 * (bounded attempts and deadline, full jitter, Retry-After or x-ratelimit-reset honoured as the
 * least wait); 401, 422 and every other refusal throw a GitHubApiError carrying GitHub's status
 * and message at once. No error or log line ever carries the token.
 */
export class GitHubClient {
  readonly apiUrl: string;
  private octokit: Promise<GitHubOctokit> | undefined;
  constructor(private readonly options: GitHubClientOptions) {
    this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  }

  async request<T>(operation: string, route: string, parameters: RouteParameters = {}): Promise<T> {
    return (await this.send<T>(operation, route, parameters)).data;
  }

  /**
   * Every page of a GET list, following the Link header's rel="next" as Octokit's paginate does,
   * one request after another. A next link that leaves this API's URL is refused (paginate would
   * follow it, and send the token with it).
   */
  async *pages<T>(operation: string, route: string, parameters: RouteParameters = {}): AsyncGenerator<T[]> {
    let next: { route: string; parameters: RouteParameters } | undefined = { route, parameters };
    while (next) {
      const { data, headers } = await this.send<T[]>(operation, next.route, next.parameters);
      const link = nextLink(typeof headers['link'] === 'string' ? headers['link'] : null);
      if (link && !link.startsWith(`${this.apiUrl}/`))
        throw new Error(`${operation}: GitHub's next page ${link} is not under ${this.apiUrl}`);
      next = link ? { route: `GET ${link}`, parameters: {} } : undefined;
      yield data;
    }
  }

  private client(): Promise<GitHubOctokit> {
    this.octokit ??= githubOctokit(this.options.token, { apiUrl: this.apiUrl });
    return this.octokit;
  }

  private async send<T>(
    operation: string,
    route: string,
    parameters: RouteParameters,
  ): Promise<{ data: T; headers: Record<string, string | number | undefined> }> {
    const { logger, signal } = this.options;
    const octokit = await this.client();
    return retry(
      async () => {
        const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000);
        try {
          const response = await octokit.request(route, {
            ...parameters,
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': API_VERSION },
            request: { signal: signal ? AbortSignal.any([signal, timeout]) : timeout },
          });
          return { data: response.data as T, headers: response.headers as Record<string, string | undefined> };
        } catch (error) {
          throw this.failure(operation, error);
        }
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

  /** GitHub's refusal as a GitHubApiError, or a TransientError when another attempt may pass. */
  private failure(operation: string, error: unknown): unknown {
    const { signal, token } = this.options;
    if (signal?.aborted) return signal.reason;
    const failed = error as OctokitFailure;
    const response = failed?.response;
    if (!response) {
      // No answer at all (refused, reset, timed out). redact: a client's message may quote a header.
      const cause = failed?.cause?.cause ?? failed?.cause;
      const code = typeof cause?.code === 'string' && cause.code ? cause.code : undefined;
      const proxy = proxyRouteFor(new URL(this.apiUrl));
      // A proxy that refuses the tunnel is the user's to fix: named in one line, not retried.
      const named = proxy && networkError(operation, { name: 'Error', message: causeMessages(error) }, proxy);
      if (named instanceof ProxyRefusedError) return new ProxyRefusedError(redact(named.message, [token]));
      const via = proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : '';
      const why = String(code ?? cause?.message ?? failed?.message ?? error);
      return new TransientError(`${operation}: cannot reach ${this.apiUrl}${via} (${redact(why, [token])})`);
    }
    const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data ?? '');
    const parsed = parseErrorBody(text);
    const refusal = new GitHubApiError(
      response.status,
      redact(parsed.message, [token]),
      operation,
      parsed.documentationUrl,
      parsed.details.map((d) => redact(d, [token])),
    );
    const headers = { get: (name: string) => headerText(response.headers[name]) };
    if (!isRetryableStatus(response.status, headers, parsed.message)) return refusal;
    const waitMs = retryDelayMs(response.status, headers, Date.now(), parsed.message);
    return new TransientError(refusal.message, waitMs === undefined ? {} : { retryAfterMs: waitMs });
  }
}

function headerText(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

/** Every message down an error's cause chain (fetch buries a proxy's refusal three levels deep). */
function causeMessages(error: unknown): string {
  const messages: string[] = [];
  for (let at = error as { message?: unknown; cause?: unknown } | undefined; at && messages.length < 8;) {
    messages.push(String(at.message ?? ''));
    at = at.cause as typeof at;
  }
  return messages.join('; ');
}
