import { ConfigError } from '@slipway/kit';
import { parseJsonPath } from '@slipway/smoke';
import { LOAD_VALUES } from './generated-load';
import { isMapping, parseHeaders } from './http-spec';

export const METRIC_PROVIDERS = ['prometheus', 'web', 'load'] as const;
export type MetricProvider = (typeof METRIC_PROVIDERS)[number];

/** What a `web` metric asks: an HTTP JSON endpoint (its URL is the metric's `query`) and where the number is. */
export interface WebMetricRequest {
  method: 'GET' | 'POST';
  /** Values may be secrets: the action masks them. */
  headers: Record<string, string>;
  /** A POST's body, with the same placeholders as the URL. */
  body: string | undefined;
  /** JSON path to the number in the answer, e.g. "$.series[0].value". */
  jsonPath: string;
}

/** One metric judged at every step: a query (PromQL, or a web endpoint) and the range its value must stay in. */
export interface MetricSpec {
  name: string;
  /**
   * PromQL, or for a `web` metric the endpoint's URL, with {{ canary }}, {{ stable }},
   * {{ namespace }}, {{ interval }} placeholders; for a `load` metric, which figure of the
   * generated load (error-rate, p50, p95, p99).
   */
  query: string;
  min: number | undefined;
  max: number | undefined;
  /** The built-in template it came from, if any. */
  template: string | undefined;
  /** Absent: Prometheus. */
  provider?: MetricProvider;
  /** provider web: the request beside the URL. */
  web?: WebMetricRequest;
}

/** Whether a metric is asked of Prometheus (the default provider). */
export function isPrometheusMetric(spec: Pick<MetricSpec, 'provider'>): boolean {
  return (spec.provider ?? 'prometheus') === 'prometheus';
}

/** The values placeholders take at run time. */
export interface QueryContext {
  canary: string;
  stable: string;
  namespace: string;
  intervalMs: number;
}

export const PLACEHOLDERS = ['canary', 'stable', 'namespace', 'interval'] as const;

/**
 * Built-in queries over the conventional `http_requests_total{namespace,service,code}` counter and
 * `http_request_duration_seconds` histogram, as most HTTP instrumentation libraries export them.
 */
export const METRIC_TEMPLATES: Record<string, string> = {
  'success-rate':
    'sum(rate(http_requests_total{namespace="{{ namespace }}",service="{{ canary }}",code!~"5.."}[{{ interval }}]))' +
    ' / sum(rate(http_requests_total{namespace="{{ namespace }}",service="{{ canary }}"}[{{ interval }}]))',
  'latency-p95':
    'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="{{ namespace }}",service="{{ canary }}"}[{{ interval }}])))',
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

function bad(name: string, expected: string, got: unknown): ConfigError {
  const shown = typeof got === 'string' ? got : JSON.stringify(got);
  const text = shown === undefined ? 'nothing' : JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
  return new ConfigError(`Input '${name}': expected ${expected}, got ${text}`);
}

/** Throws the one-line ConfigError when a query has a placeholder this action does not know. */
export function checkPlaceholders(query: string, where = 'metrics'): void {
  for (const [whole, inner] of query.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(inner ?? ''))
      throw bad(where, `placeholders among {{ ${PLACEHOLDERS.join(' }}, {{ ')} }}`, whole);
  }
  if (/\{\{|\}\}/.test(query.replace(PLACEHOLDER, ''))) throw bad(where, 'balanced {{ … }} placeholders', query);
}

/** A URL with placeholders: they must be known ones, and the URL http(s) once filled. */
export function checkUrlTemplate(value: unknown, where: string, owner: string): string {
  const expected = `an http(s) "url" for ${owner}, such as "https://gate.example.com/check?ns={{ namespace }}"`;
  if (typeof value !== 'string' || !value.trim()) throw bad(where, expected, value);
  checkPlaceholders(value, where);
  const sample = renderQuery(value.trim(), { canary: 'canary', stable: 'stable', namespace: 'ns', intervalMs: 1000 });
  let url: URL | undefined;
  try {
    url = new URL(sample);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw bad(where, expected, value);
  return value.trim();
}

/** A Prometheus duration for `{{ interval }}`: whole seconds, at least 1s. */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

/** The query with its placeholders filled in. */
export function renderQuery(query: string, ctx: QueryContext): string {
  const values: Record<string, string> = {
    canary: ctx.canary,
    stable: ctx.stable,
    namespace: ctx.namespace,
    interval: promDuration(ctx.intervalMs),
  };
  return query.replace(PLACEHOLDER, (whole, inner: string) => values[inner] ?? whole);
}

function threshold(value: unknown, where: string, metric: string, key: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number))
    throw bad(where, `a number for "${key}" of metric "${metric}"`, value);
  return number;
}

/**
 * Parses the `metrics` input: a YAML list of `{ name, query | template, min, max }`. Every
 * metric needs a query (or a built-in template) and at least one threshold.
 */
export function parseMetrics(document: unknown, where = 'metrics'): MetricSpec[] {
  const shape = 'a YAML list of metrics such as "- { name: success, template: success-rate, min: 0.99 }"';
  if (document === undefined || document === null || document === '') return [];
  if (!Array.isArray(document)) throw bad(where, shape, document);
  const specs: MetricSpec[] = [];
  const seen = new Set<string>();
  for (const [index, item] of document.entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw bad(where, shape, item);
    const entry = item as Record<string, unknown>;
    const provider = entry['provider'] ?? 'prometheus';
    if (typeof provider !== 'string' || !(METRIC_PROVIDERS as readonly string[]).includes(provider))
      throw bad(where, `a "provider" among ${METRIC_PROVIDERS.join(', ')}`, provider);
    const keys = provider === 'web' ? WEB_KEYS : provider === 'load' ? LOAD_KEYS : PROMETHEUS_KEYS;
    for (const key of Object.keys(entry))
      if (!keys.includes(key)) throw bad(where, `${provider} metric keys among ${keys.join(', ')}`, key);
    if (provider === 'web') {
      specs.push(webMetric(entry, index, where, seen));
      continue;
    }
    if (provider === 'load') {
      specs.push(loadMetric(entry, index, where, seen));
      continue;
    }
    const template = entry['template'];
    if (template !== undefined && (typeof template !== 'string' || !Object.hasOwn(METRIC_TEMPLATES, template)))
      throw bad(where, `a template among ${Object.keys(METRIC_TEMPLATES).join(', ')}`, template);
    const name = metricName(entry, (template as string | undefined) ?? `metric-${index + 1}`, where, seen);
    const query = entry['query'];
    if (query !== undefined && template !== undefined)
      throw bad(where, `either "query" or "template" for metric "${name}", not both`, name);
    const text = template !== undefined ? METRIC_TEMPLATES[template as string] : query;
    if (typeof text !== 'string' || !text.trim())
      throw bad(where, `a PromQL "query" or a "template" for metric "${name}"`, query);
    checkPlaceholders(text, where);
    const { min, max } = thresholds(entry, where, name);
    specs.push({ name, query: text.trim(), min, max, template: template as string | undefined });
  }
  return specs;
}

const PROMETHEUS_KEYS = ['name', 'provider', 'query', 'template', 'min', 'max'];
const LOAD_KEYS = ['name', 'provider', 'value', 'min', 'max'];
const WEB_KEYS = ['name', 'provider', 'url', 'method', 'headers', 'body', 'json-path', 'min', 'max'];

function metricName(entry: Record<string, unknown>, fallback: string, where: string, seen: Set<string>): string {
  const name = entry['name'] ?? fallback;
  if (typeof name !== 'string' || !NAME.test(name)) throw bad(where, 'metric names of letters, digits, . _ -', name);
  if (seen.has(name)) throw bad(where, 'unique metric names', name);
  seen.add(name);
  return name;
}

function thresholds(entry: Record<string, unknown>, where: string, name: string) {
  const min = threshold(entry['min'], where, name, 'min');
  const max = threshold(entry['max'], where, name, 'max');
  if (min === undefined && max === undefined)
    throw bad(where, `a "min" or "max" threshold for metric "${name}"`, JSON.stringify(entry));
  if (min !== undefined && max !== undefined && min > max)
    throw bad(where, `"min" not above "max" for metric "${name}"`, `${min} > ${max}`);
  return { min, max };
}

/** `{ provider: load, value: error-rate | p50 | p95 | p99, min, max }`: the generated load's own figures. */
function loadMetric(entry: Record<string, unknown>, index: number, where: string, seen: Set<string>): MetricSpec {
  const value = entry['value'];
  if (typeof value !== 'string' || !(LOAD_VALUES as readonly string[]).includes(value))
    throw bad(where, `a load metric "value" among ${LOAD_VALUES.join(', ')}`, value);
  const name = metricName(entry, `load-${value}`, where, seen);
  return { name, query: value, ...thresholds(entry, where, name), template: undefined, provider: 'load' };
}

/** `{ provider: web, url, json-path, method, headers, body, min, max }` */
function webMetric(entry: Record<string, unknown>, index: number, where: string, seen: Set<string>): MetricSpec {
  const name = metricName(entry, `metric-${index + 1}`, where, seen);
  const owner = `metric "${name}"`;
  const url = checkUrlTemplate(entry['url'], where, owner);
  const path = entry['json-path'];
  if (typeof path !== 'string' || !parseJsonPath(path))
    throw bad(where, `a "json-path" to the number such as "$.data.value" for ${owner}`, path);
  const methodText = entry['method'] ?? 'GET';
  const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
  if (method !== 'GET' && method !== 'POST') throw bad(where, `a "method" of GET or POST for ${owner}`, methodText);
  const body = entry['body'];
  if (
    body !== undefined &&
    (method !== 'POST' || (typeof body !== 'string' && !isMapping(body) && !Array.isArray(body)))
  )
    throw bad(where, `a "body" (text or YAML) only with method POST for ${owner}`, typeof body);
  const bodyText = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  if (bodyText !== undefined) checkPlaceholders(bodyText, where);
  return {
    name,
    query: url,
    ...thresholds(entry, where, name),
    template: undefined,
    provider: 'web',
    web: { method, headers: parseHeaders(entry['headers'], where, owner), body: bodyText, jsonPath: path.trim() },
  };
}

/** "≥ 0.99", "≤ 0.5", "0.1 – 0.5" */
export function formatThreshold(spec: Pick<MetricSpec, 'min' | 'max'>): string {
  if (spec.min !== undefined && spec.max !== undefined) return `${spec.min} – ${spec.max}`;
  if (spec.min !== undefined) return `≥ ${spec.min}`;
  return `≤ ${spec.max}`;
}
