import { parseRetryAfter, retry, TransientError, type Logger } from '@slipway/kit';
import type { CheckSpec, RunOptions } from './check-spec';
import type { CheckResult } from './check-result';
import { evaluateResponse, type Mismatch } from './evaluate-response';
import { probe, type ProbeAgents } from './http-probe';
import { latencyStats } from './percentiles';

export const SNIPPET_CHARS = 500;

/** The run's clock: the caller's `now`, else `performance.now`. */
export const clockOf = (options: Pick<RunOptions, 'now'>): (() => number) => options.now ?? (() => performance.now());

interface Attempt {
  passed: boolean;
  status: number | undefined;
  samplesMs: number[];
  mismatches: Mismatch[];
  error: string | undefined;
  body: string | undefined;
  retryAfterMs: number | undefined;
  /** The overall deadline, not the target, ended this attempt: it says nothing new. */
  cutByDeadline: boolean;
}

class AttemptFailed extends TransientError {
  constructor(readonly attempt: Attempt) {
    super('check failed', { retryAfterMs: attempt.retryAfterMs });
  }
}

/** Samples a check `repeat` times; the attempt fails on the first bad response. */
async function attemptOnce(
  spec: CheckSpec,
  agents: ProbeAgents,
  deadlineAt: number,
  now: () => number,
  signal?: AbortSignal,
): Promise<Attempt> {
  const samplesMs: number[] = [];
  const attempt: Attempt = {
    passed: false,
    status: undefined,
    samplesMs,
    mismatches: [],
    error: undefined,
    body: undefined,
    retryAfterMs: undefined,
    cutByDeadline: false,
  };
  for (let i = 0; i < spec.repeat; i++) {
    const remainingMs = Math.round(deadlineAt - now());
    const timeoutMs = Math.max(1, Math.min(spec.requestTimeoutMs, remainingMs));
    const response = await probe(
      { url: spec.url, method: spec.method, headers: spec.headers, body: spec.body, timeoutMs, signal },
      agents,
    );
    if (!response.ok) {
      attempt.error = response.error;
      attempt.cutByDeadline = response.timedOut && timeoutMs < spec.requestTimeoutMs;
      return attempt;
    }
    samplesMs.push(response.latencyMs);
    attempt.status = response.status;
    attempt.body = response.body;
    const retryAfter = response.headers['retry-after'];
    attempt.retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    attempt.mismatches = evaluateResponse(response, spec.expect);
    // A proxy's own refusal (403, 407, 502) looks like the target's answer: say who was in between.
    for (const m of attempt.mismatches)
      if (m.what === 'status' && response.proxy) m.actual = `${m.actual} (through the proxy ${response.proxy})`;
    if (attempt.mismatches.length > 0) return attempt;
  }
  const budget = spec.expect.maxLatencyMs;
  const stats = latencyStats(samplesMs);
  if (budget !== undefined && stats) {
    const measured = spec.repeat > 1 ? stats.p95 : stats.max;
    const what = spec.repeat > 1 ? `p95 latency of ${spec.repeat} samples` : 'latency';
    if (measured > budget) {
      attempt.mismatches.push({ what, expected: `≤ ${budget}ms`, actual: `${Math.round(measured)}ms` });
      return attempt;
    }
  }
  attempt.passed = true;
  return attempt;
}

/**
 * Runs one check until it passes or the run's deadline leaves no room for another attempt.
 * Every failure is retried (a target may still be starting); Retry-After is honoured.
 */
export async function runCheck(
  spec: CheckSpec,
  options: RunOptions,
  context: { agents: ProbeAgents; deadlineAt: number; logger: Logger; redact: (text: string) => string },
): Promise<CheckResult> {
  const now = clockOf(options);
  const started = now();
  let attempts = 0;
  let previous: Attempt | undefined;
  let last: Attempt;
  try {
    last = await retry(
      async () => {
        attempts++;
        const attempt = await attemptOnce(spec, context.agents, context.deadlineAt, now, options.signal);
        if (attempt.passed) return attempt;
        if (!attempt.cutByDeadline) previous = attempt;
        throw new AttemptFailed(attempt);
      },
      {
        deadlineMs: Math.max(0, context.deadlineAt - now()),
        now,
        ...(options.sleep ? { sleep: options.sleep } : {}),
        baseDelayMs: options.intervalMs,
        maxDelayMs: options.maxIntervalMs,
        signal: options.signal,
        onRetry: ({ attempt, delayMs, error }) =>
          context.logger.info(
            `${spec.name}: attempt ${attempt} failed (${describeAttempt((error as AttemptFailed).attempt)}); retrying in ${delayMs}ms`,
          ),
      },
    );
  } catch (thrown) {
    // Cancelled between attempts: report what the last attempt saw, or that none ran.
    const failure =
      options.signal?.aborted && !(thrown instanceof AttemptFailed)
        ? new AttemptFailed(previous ?? cancelledAttempt())
        : thrown;
    if (!(failure instanceof AttemptFailed)) throw failure;
    // An attempt cut short by the deadline says less than the one before it.
    last = failure.attempt.cutByDeadline && previous ? previous : failure.attempt;
  }
  const url = context.redact(spec.url.href);
  const snippet =
    last.body === undefined || last.passed ? undefined : context.redact(last.body.slice(0, SNIPPET_CHARS));
  return {
    name: context.redact(spec.name),
    method: spec.method,
    url,
    passed: last.passed,
    attempts,
    status: last.status,
    latency: latencyStats(last.samplesMs),
    samplesMs: last.samplesMs,
    mismatches: last.mismatches.map((m) => ({
      what: m.what,
      expected: context.redact(m.expected),
      actual: context.redact(m.actual),
    })),
    error: last.error,
    bodySnippet: snippet,
    durationMs: Math.round(now() - started),
  };
}

function cancelledAttempt(): Attempt {
  return {
    passed: false,
    status: undefined,
    samplesMs: [],
    mismatches: [],
    error: 'cancelled before a response',
    body: undefined,
    retryAfterMs: undefined,
    cutByDeadline: false,
  };
}

export function describeAttempt(attempt: { error?: string; mismatches: Mismatch[] }): string {
  if (attempt.error) return attempt.error;
  return attempt.mismatches.map((m) => `${m.what}: expected ${m.expected}, got ${m.actual}`).join('; ');
}
