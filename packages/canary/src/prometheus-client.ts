import {
  ConfigError,
  TransientError,
  HttpTimeoutError,
  httpRequest,
  isTransientStatus,
  parseRetryAfter,
} from '@slipway/kit';
import type { QueryAnswer } from './analyse-step';
import { retryRequest, type RequestRetryOptions } from './request-retry';

export interface PrometheusOptions extends RequestRetryOptions {
  /** Base URL of Prometheus, e.g. http://prometheus:9090 (a path prefix is kept). */
  url: URL;
  /** Sent as a Bearer token when set (mask it before). */
  token?: string;
  requestTimeoutMs?: number;
}

interface ApiResponse {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

/** A bad query: Prometheus answered 400 bad_data. The user can fix it. */
export class QueryRejectedError extends ConfigError {
  override name = 'QueryRejectedError';
}

/** Instant queries against the Prometheus HTTP API (/api/v1/query), through kit's HTTP layer (proxy-aware). */
export class PrometheusClient {
  constructor(private readonly options: PrometheusOptions) {}

  /** One number: a scalar, or a vector of exactly one series. No series or NaN = no data. */
  async query(promql: string, signal?: AbortSignal): Promise<QueryAnswer> {
    const body = await retryRequest(() => this.request(promql, signal), 'Prometheus query', this.options, signal);
    return valueOf(body);
  }

  private endpoint(promql: string): URL {
    const url = new URL(this.options.url.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
    url.search = new URLSearchParams({ query: promql }).toString();
    return url;
  }

  private async request(promql: string, signal?: AbortSignal): Promise<ApiResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers['authorization'] = `Bearer ${this.options.token}`;
    const where = `Prometheus at ${this.options.url.origin}`;
    const res = await httpRequest(this.endpoint(promql), {
      headers,
      signal,
      timeoutMs: this.options.requestTimeoutMs ?? 10_000,
      what: where,
    }).catch((error: unknown) => {
      // The summary's words for a refused connection; kit's own line when a proxy is involved.
      const code = (error as { cause?: NodeJS.ErrnoException }).cause?.code;
      if (
        error instanceof TransientError &&
        code &&
        !(error instanceof HttpTimeoutError) &&
        !/the proxy /.test(error.message)
      )
        throw new TransientError(`${where} is unreachable: ${code}`, { cause: error });
      throw error;
    });
    const status = res.status;
    const text = res.text();
    let parsed: ApiResponse | undefined;
    try {
      parsed = JSON.parse(text) as ApiResponse;
    } catch {
      parsed = undefined;
    }
    const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
    if (isTransientStatus(status))
      throw new TransientError(`${where} answered ${status}${via}`, {
        retryAfterMs: parseRetryAfter(res.header('retry-after')),
      });
    if (status === 400 || status === 422)
      throw new QueryRejectedError(`${where} rejected the query: ${parsed?.error ?? text.slice(0, 200)}`);
    if (status === 401 || status === 403)
      throw new ConfigError(`${where} refused the request (${status})${via}: check 'prometheus-token'`);
    if (status !== 200 || !parsed || parsed.status !== 'success')
      throw new Error(`${where} answered ${status}${via} without a result: ${text.slice(0, 200)}`);
    return parsed;
  }
}

/** The number in an instant-query answer, or why there is none. */
export function valueOf(body: ApiResponse): QueryAnswer {
  const data = body.data ?? {};
  let raw: unknown;
  if (data.resultType === 'scalar') raw = (data.result as [number, string] | undefined)?.[1];
  else if (data.resultType === 'vector') {
    const result = (data.result ?? []) as Array<{ value?: [number, string] }>;
    if (result.length === 0) return { value: undefined, note: 'no series' };
    if (result.length > 1)
      return { value: undefined, note: `${result.length} series; the query must aggregate to one (use sum or avg)` };
    raw = result[0]?.value?.[1];
  } else return { value: undefined, note: `a ${data.resultType ?? 'missing'} result; expected a vector or scalar` };
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value)) return { value: undefined, note: `value ${String(raw)}` };
  return { value };
}
