import {
  errorMessage,
  httpRequest,
  throwIfAborted,
  type HttpRequestOptions,
  type HttpResponse,
  type Logger,
} from '@slipway/kit';
import type { CanaryPhase, CanaryState } from './canary-state';
import { evaluateResponse } from '@slipway/smoke';
import { isBlocking, type GateFailure, type GateSpec, type GateType } from './gate-spec';
import { renderQuery, type QueryContext } from './metric-spec';

/** The JSON body every gate receives (Flagger's name, namespace, phase, metadata, and more). */
export interface GatePayload {
  name: string;
  namespace: string;
  phase: CanaryPhase;
  /** The gate's type, i.e. the moment it is called at. */
  type: GateType;
  gate: string;
  /** 1-based step, and the canary's weight there. */
  step: number;
  weight: number;
  image: string;
  metadata: Record<string, string>;
}

export type HttpCall = (url: string, options: HttpRequestOptions) => Promise<HttpResponse>;

export function gatePayload(spec: GateSpec, state: CanaryState): GatePayload {
  return {
    name: state.release,
    namespace: state.namespace,
    phase: state.phase,
    type: spec.type,
    gate: spec.name,
    step: state.step + 1,
    weight: state.weight,
    image: state.image,
    metadata: spec.metadata,
  };
}

/**
 * Calls one gate through kit's HTTP layer (proxies honoured), once, within its timeout. A
 * timeout, a network error or an answer that does not meet `expect` is a failure.
 */
export async function callGate(
  spec: GateSpec,
  state: CanaryState,
  context: QueryContext,
  options: { signal?: AbortSignal; request?: HttpCall } = {},
): Promise<GateFailure | undefined> {
  const request = options.request ?? httpRequest;
  const url = renderQuery(spec.url, context);
  const withBody = spec.method !== 'GET';
  const failure = (status: number | undefined, expected: string, actual: string): GateFailure => ({
    name: spec.name,
    type: spec.type,
    onFailure: spec.onFailure,
    status,
    expected,
    actual,
  });
  let res: HttpResponse;
  try {
    res = await request(url, {
      method: spec.method,
      headers: {
        accept: 'application/json',
        ...(withBody ? { 'content-type': 'application/json' } : {}),
        ...spec.headers,
      },
      ...(withBody ? { body: JSON.stringify(gatePayload(spec, state)) } : {}),
      timeoutMs: spec.timeoutMs,
      signal: options.signal,
      what: `gate "${spec.name}" (${spec.method} ${new URL(url).origin})`,
    });
  } catch (error) {
    throwIfAborted(options.signal);
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const actual = timedOut ? `no answer within ${spec.timeoutMs}ms` : errorMessage(error);
    return failure(undefined, 'an answer', actual);
  }
  // The smoke checks' judge: the first unmet expectation decides.
  const [wrong] = evaluateResponse({ status: res.status, headers: res.headers, body: res.text() }, spec.expect);
  return wrong ? failure(res.status, `${wrong.what} ${wrong.expected}`, wrong.actual) : undefined;
}

export type GateCall = typeof callGate;

/**
 * The gates of one type, in their order: the first failure stops the others of a blocking
 * type; a post-rollout or on-rollback failure is a warning and the others still run.
 */
export async function runGates(
  gates: readonly GateSpec[],
  type: GateType,
  state: CanaryState,
  context: QueryContext,
  logger: Logger,
  options: { signal?: AbortSignal; call?: GateCall; request?: HttpCall } = {},
): Promise<GateFailure | undefined> {
  const call = options.call ?? callGate;
  for (const spec of gates) {
    if (spec.type !== type) continue;
    const failed = await call(spec, state, context, { signal: options.signal, request: options.request });
    if (!failed) {
      logger.info(`Gate "${spec.name}" (${type}) passed`);
      continue;
    }
    const line = `Gate "${spec.name}" (${type}) failed: expected ${failed.expected}, got ${failed.actual}`;
    if (!isBlocking(type)) {
      logger.warning(line);
      continue;
    }
    logger.warning(`${line}; the canary ${failed.onFailure === 'pause' ? 'pauses' : 'aborts'}`);
    return failed;
  }
  return undefined;
}
