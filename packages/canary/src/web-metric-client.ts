import { ConfigError, TransientError, httpRequest, isTransientStatus, parseRetryAfter } from '@slipway/kit';
import { parseJsonPath, readJsonPath } from '@slipway/smoke';
import type { QueryAnswer } from './analyse-step';
import { retryRequest, type RequestRetryOptions } from './request-retry';
import { renderQuery, type MetricSpec, type QueryContext } from './metric-spec';

export interface WebMetricOptions extends RequestRetryOptions {
  requestTimeoutMs?: number;
}

/**
 * The generic web provider: one HTTP JSON endpoint per metric (a team's own query endpoint or a
 * small proxy before Datadog, CloudWatch, New Relic…) and a JSON path to the number, through
 * kit's HTTP layer (proxy-aware). No number at the path is no data; an endpoint that cannot be
 * reached after the retries throws (the analysis counts it as no data): neither ever passes.
 */
export class WebMetricClient {
  constructor(private readonly options: WebMetricOptions = {}) {}

  async query(spec: MetricSpec, url: string, context: QueryContext, signal?: AbortSignal): Promise<QueryAnswer> {
    if (!spec.web) throw new Error(`metric ${spec.name} is not a web metric`);
    const { web } = spec;
    const where = `the web metric ${spec.name} at ${new URL(url).origin}`;
    const text = await retryRequest(
      () => this.request(where, url, spec, context, signal),
      `Reading ${where}:`,
      this.options,
      signal,
    );
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return { value: undefined, note: 'the answer is not JSON' };
    }
    return numberAt(document, web.jsonPath);
  }

  private async request(
    where: string,
    url: string,
    spec: MetricSpec,
    context: QueryContext,
    signal?: AbortSignal,
  ): Promise<string> {
    const web = spec.web as NonNullable<MetricSpec['web']>;
    const body = web.body === undefined ? undefined : renderQuery(web.body, context);
    const res = await httpRequest(url, {
      method: web.method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...web.headers,
      },
      body,
      signal,
      timeoutMs: this.options.requestTimeoutMs ?? 10_000,
      what: where,
    });
    const via = res.proxy ? ` (through the proxy ${res.proxy})` : '';
    if (isTransientStatus(res.status))
      throw new TransientError(`${where} answered ${res.status}${via}`, {
        retryAfterMs: parseRetryAfter(res.header('retry-after')),
      });
    if (res.status === 401 || res.status === 403)
      throw new ConfigError(`${where} refused the request (${res.status})${via}: check its headers`);
    if (res.status < 200 || res.status > 299) throw new Error(`${where} answered ${res.status}${via}`);
    return res.text();
  }
}

/** The number at a JSON path (a number, or text that is one), or why there is none. */
export function numberAt(document: unknown, path: string): QueryAnswer {
  const found = readJsonPath(document, parseJsonPath(path) ?? []);
  if (typeof found === 'symbol' || found === undefined) return { value: undefined, note: `no ${path} in the answer` };
  if (found === null) return { value: undefined, note: `${path} is null` };
  const value = typeof found === 'string' && found.trim() !== '' ? Number(found) : found;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const shown = JSON.stringify(found) ?? String(found);
    return {
      value: undefined,
      note: `${path} is ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}, not a number`,
    };
  }
  return { value };
}
