import { ConfigError, parseDurationMs } from '@slipway/kit';
import { parseExpect, type Expectation } from '@slipway/smoke';
import { isMapping, parseHeaders, specError } from './http-spec';
import { checkUrlTemplate } from './metric-spec';

/**
 * Where a gate is called: before any traffic moves, at every step (after the weight is set,
 * before its analysis), before the promotion, after the promotion, after an abort.
 */
export const GATE_TYPES = ['pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'on-rollback'] as const;
export type GateType = (typeof GATE_TYPES)[number];
/** What a failed gate does: abort the canary, or pause it for a later run. After the end, only a warning. */
export type GateFailureAction = 'abort' | 'pause' | 'warn';

const BLOCKING: readonly GateType[] = ['pre-rollout', 'rollout', 'confirm-promotion'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const KEYS = ['name', 'type', 'url', 'method', 'headers', 'timeout', 'expect', 'on-failure', 'metadata'];
export const GATE_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 10 * 60_000;

export interface GateSpec {
  name: string;
  type: GateType;
  /** With {{ canary }}, {{ stable }}, {{ namespace }}, {{ interval }} placeholders. */
  url: string;
  method: (typeof METHODS)[number];
  /** Values may be secrets: the action masks them. */
  headers: Record<string, string>;
  timeoutMs: number;
  /** The smoke checks' `expect` format; any 2xx when none is given. */
  expect: Expectation;
  onFailure: GateFailureAction;
  /** Sent as is in the payload's `metadata`. */
  metadata: Record<string, string>;
}

/** A gate that did not pass: what it wanted and what it got. */
export interface GateFailure {
  name: string;
  type: GateType;
  onFailure: GateFailureAction;
  /** The answer's status, when one came. */
  status: number | undefined;
  expected: string;
  actual: string;
}

/** Whether a gate of this type can stop the canary (the others only warn). */
export function isBlocking(type: GateType): boolean {
  return BLOCKING.includes(type);
}

function expectation(value: unknown, where: string, gate: string): Expectation {
  const expect = parseExpect(value, (message) => new ConfigError(`Input '${where}': gate "${gate}": ${message}`));
  if (expect.maxLatencyMs !== undefined)
    throw specError(where, `no "expect.max-latency" for gate "${gate}" (its "timeout" bounds it)`, 'max-latency');
  return expect;
}

function timeout(value: unknown, where: string, gate: string): number {
  if (value === undefined || value === null) return GATE_TIMEOUT_MS;
  const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? parseDurationMs(value) : undefined;
  if (ms === undefined || !Number.isFinite(ms) || ms < 100 || ms > MAX_TIMEOUT_MS)
    throw specError(where, `a "timeout" from 100ms to 10m such as "10s" for gate "${gate}"`, value);
  return Math.round(ms);
}

function metadata(value: unknown, where: string, gate: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isMapping(value)) throw specError(where, `"metadata" as a mapping of keys to text for gate "${gate}"`, value);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && typeof item === 'object')
      throw specError(where, `text values in "metadata" of gate "${gate}"`, key);
    out[key] = String(item);
  }
  return out;
}

/**
 * Parses the `gates` input: a YAML list of `{ name, type, url, method, headers, timeout, expect,
 * on-failure, metadata }`. Bad input is one ConfigError naming the input, before any request.
 */
export function parseGates(document: unknown, where = 'gates'): GateSpec[] {
  const shape = 'a YAML list of gates such as "- { name: approve, type: confirm-promotion, url: https://… }"';
  if (document === undefined || document === null || document === '') return [];
  if (!Array.isArray(document)) throw specError(where, shape, document);
  const seen = new Set<string>();
  return document.map((item, index) => {
    if (!isMapping(item)) throw specError(where, shape, item);
    for (const key of Object.keys(item))
      if (!KEYS.includes(key)) throw specError(where, `gate keys among ${KEYS.join(', ')}`, key);
    const name = item['name'] ?? `gate-${index + 1}`;
    if (typeof name !== 'string' || !NAME.test(name))
      throw specError(where, 'gate names of letters, digits, . _ -', name);
    if (seen.has(name)) throw specError(where, 'unique gate names', name);
    seen.add(name);
    const type = item['type'];
    if (typeof type !== 'string' || !(GATE_TYPES as readonly string[]).includes(type))
      throw specError(where, `a "type" among ${GATE_TYPES.join(', ')} for gate "${name}"`, type);
    const gateType = type as GateType;
    const owner = `gate "${name}"`;
    const url = checkUrlTemplate(item['url'], where, owner);
    const methodText = item['method'] ?? 'POST';
    const method = typeof methodText === 'string' ? methodText.toUpperCase() : methodText;
    if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method))
      throw specError(where, `a "method" among ${METHODS.join(', ')} for ${owner}`, methodText);
    const failure = item['on-failure'];
    let onFailure: GateFailureAction;
    if (!isBlocking(gateType)) {
      if (failure !== undefined && failure !== 'warn')
        throw specError(
          where,
          `no "on-failure" for ${owner}: a ${gateType} gate runs after the end and only warns`,
          failure,
        );
      onFailure = 'warn';
    } else {
      const fallback = gateType === 'confirm-promotion' ? 'pause' : 'abort';
      const chosen = failure ?? fallback;
      if (chosen !== 'abort' && chosen !== 'pause')
        throw specError(where, `"on-failure" of abort or pause for ${owner}`, failure);
      onFailure = chosen;
    }
    return {
      name,
      type: gateType,
      url,
      method: method as GateSpec['method'],
      headers: parseHeaders(item['headers'], where, owner),
      timeoutMs: timeout(item['timeout'], where, name),
      expect: expectation(item['expect'], where, name),
      onFailure,
      metadata: metadata(item['metadata'], where, name),
    };
  });
}
