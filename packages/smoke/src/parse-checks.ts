import { ConfigError, parseDurationMs, setOwn } from '@slipway/kit';
import type { CheckSpec, Expectation, StatusRule } from './check-spec';
import { parseJsonPath } from './json-path';
import { parseStatusRule } from './status-rule';

const CHECK_KEYS = ['name', 'url', 'path', 'method', 'headers', 'body', 'expect', 'repeat', 'timeout'];
const EXPECT_KEYS = ['status', 'body-contains', 'body-matches', 'json', 'header', 'max-latency'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const MAX_REPEAT = 1000;

export interface ParseContext {
  /** How to name the source in errors: "Input 'checks'" or "File 'smoke.yml'". */
  where: string;
  baseUrl: URL | undefined;
  defaultRequestTimeoutMs: number;
}

type Obj = Record<string, unknown>;

/** Turns the user's YAML (a list of checks, or `{checks: [...]}`) into validated specs. */
export function parseChecks(document: unknown, context: ParseContext): CheckSpec[] {
  const list = isObject(document) && 'checks' in document ? document['checks'] : document;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigError(`${context.where}: expected a non-empty YAML list of checks such as "- path: /health"`);
  }
  return list.map((item, index) => parseCheck(item, index, context));
}

function parseCheck(item: unknown, index: number, context: ParseContext): CheckSpec {
  const label = `${context.where}: check ${index + 1}`;
  // "- /health" is a path; "- https://host/health" is a whole URL (non-http schemes are rejected as urls).
  if (typeof item === 'string') item = /^[a-z][a-z\d+.-]*:\/\//i.test(item.trim()) ? { url: item } : { path: item };
  if (!isObject(item)) throw new ConfigError(`${label}: expected a map with url or path, got ${typeName(item)}`);
  const named = typeof item['name'] === 'string' ? `${label} ("${item['name']}")` : label;
  const fail = (message: string) => new ConfigError(`${named}: ${message}`);
  rejectUnknown(item, CHECK_KEYS, (key) => fail(`unknown key '${key}', expected one of ${CHECK_KEYS.join(', ')}`));

  const url = resolveUrl(item, context.baseUrl, fail);
  const method = optionalString(item, 'method', fail)?.toUpperCase() ?? 'GET';
  if (!METHODS.includes(method)) throw fail(`'method' expected one of ${METHODS.join(', ')}, got "${method}"`);
  const headers = stringMap(item['headers'], 'headers', fail);
  let body: string | undefined;
  if (item['body'] !== undefined && item['body'] !== null) {
    body = typeof item['body'] === 'string' ? item['body'] : JSON.stringify(item['body']);
    if (typeof item['body'] !== 'string' && !hasHeader(headers, 'content-type'))
      headers['content-type'] = 'application/json';
  }
  const repeat = item['repeat'] ?? 1;
  if (!Number.isInteger(repeat) || (repeat as number) < 1 || (repeat as number) > MAX_REPEAT) {
    throw fail(`'repeat' expected an integer from 1 to ${MAX_REPEAT}, got ${JSON.stringify(repeat)}`);
  }
  const requestTimeoutMs = durationOf(item, 'timeout', fail) ?? context.defaultRequestTimeoutMs;
  const name = optionalString(item, 'name', fail) ?? `${method} ${url.pathname}${url.search}`;
  const expect = parseExpect(item['expect'], fail);
  return { name, url, method, headers, body, expect, repeat: repeat as number, requestTimeoutMs };
}

/** The `expect` map of a check (status, body-contains, body-matches, json, header, max-latency); also the canary gates' format. */
export function parseExpect(value: unknown, fail: (m: string) => ConfigError): Expectation {
  if (value === undefined || value === null) value = {};
  if (!isObject(value)) throw fail(`'expect' expected a map, got ${typeName(value)}`);
  const where = (key: string) => `'expect.${key}'`;
  rejectUnknown(value, EXPECT_KEYS, (key) =>
    fail(`unknown key 'expect.${key}', expected one of ${EXPECT_KEYS.join(', ')}`),
  );

  const statusValues = value['status'] === undefined ? ['2xx'] : ([] as unknown[]).concat(value['status']);
  // An empty list would match no status at all: the check could never pass.
  if (statusValues.length === 0) throw fail(`${where('status')} expected at least one code or range, got []`);
  const status: StatusRule[] = statusValues.map((s) => {
    const rule = parseStatusRule(s);
    if (!rule)
      throw fail(
        `${where('status')} expected a code, a range such as "2xx" or "200-204", or a list of those, got ${JSON.stringify(s)}`,
      );
    return rule;
  });

  const contains = value['body-contains'] === undefined ? [] : ([] as unknown[]).concat(value['body-contains']);
  if (contains.some((c) => typeof c !== 'string' && typeof c !== 'number'))
    throw fail(`${where('body-contains')} expected text or a list of texts`);

  let bodyMatches: RegExp | undefined;
  if (value['body-matches'] !== undefined) {
    if (typeof value['body-matches'] !== 'string')
      throw fail(`${where('body-matches')} expected a regular expression as text`);
    try {
      bodyMatches = new RegExp(value['body-matches']);
    } catch (error) {
      throw fail(
        `${where('body-matches')} expected a valid regular expression, got "${value['body-matches']}" (${(error as Error).message})`,
      );
    }
  }

  const json: Record<string, unknown> = {};
  if (value['json'] !== undefined) {
    if (!isObject(value['json']))
      throw fail(`${where('json')} expected a map of JSON path to expected value, such as "$.status: ok"`);
    for (const [path, expected] of Object.entries(value['json'])) {
      if (!parseJsonPath(path))
        throw fail(`${where('json')} expected JSON paths such as "$.data.items[0].id", got "${path}"`);
      json[path] = expected;
    }
  }

  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(stringMap(value['header'], 'expect.header', fail))) header[k.toLowerCase()] = v;

  return {
    status,
    bodyContains: contains.map(String),
    bodyMatches,
    json,
    header,
    maxLatencyMs: durationOf(value, 'max-latency', fail, 'expect.max-latency'),
  };
}

function resolveUrl(item: Obj, baseUrl: URL | undefined, fail: (m: string) => ConfigError): URL {
  const url = optionalString(item, 'url', fail);
  const path = optionalString(item, 'path', fail);
  if (url && path) throw fail(`expected either 'url' or 'path', not both`);
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw fail(`'url' expected an absolute http or https URL, got "${url}"`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol)) throw fail(`'url' expected an http or https URL, got "${url}"`);
    return parsed;
  }
  if (!path) throw fail(`expected 'url' or 'path'`);
  if (!baseUrl) throw fail(`'path' needs the input 'base-url' (or use an absolute 'url')`);
  // Join rather than resolve: base "https://host/app" + "/health" means /app/health.
  const joined = new URL(baseUrl.href);
  // Split at the first "?" only: the query may itself hold "?" (split with a limit drops the rest).
  const at = path.indexOf('?');
  const pathname = at < 0 ? path : path.slice(0, at);
  joined.pathname = `${joined.pathname.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
  if (at >= 0) joined.search = path.slice(at + 1);
  return joined;
}

function durationOf(item: Obj, key: string, fail: (m: string) => ConfigError, label = key): number | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  const ms =
    typeof value === 'number'
      ? Math.round(value * 1000)
      : typeof value === 'string'
        ? parseDurationMs(value)
        : undefined;
  if (ms === undefined || !(ms > 0) || ms > 3_600_000) {
    throw fail(`'${label}' expected a duration such as "500ms" or "2s" from 1ms to 1h, got ${JSON.stringify(value)}`);
  }
  return ms;
}

function optionalString(item: Obj, key: string, fail: (m: string) => ConfigError): string | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw fail(`'${key}' expected text, got ${typeName(value)}`);
  return value.trim();
}

function stringMap(value: unknown, key: string, fail: (m: string) => ConfigError): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw fail(`'${key}' expected a map of names to values, got ${typeName(value)}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'object') throw fail(`'${key}.${k}' expected text, got ${typeName(v)}`);
    setOwn(out, k, String(v));
  }
  return out;
}

function rejectUnknown(item: Obj, allowed: string[], fail: (key: string) => ConfigError): void {
  for (const key of Object.keys(item)) if (!allowed.includes(key)) throw fail(key);
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}
