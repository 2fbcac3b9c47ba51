import type { Logger } from '@slipway/kit';
import type { CheckResult, CheckSpec } from '@slipway/smoke';
import type { SmokeAnswer } from './analyse-step';
import { checkPlaceholders, renderQuery, type QueryContext } from './metric-spec';

/**
 * The `smoke-base-url` input with its placeholders ({{ canary }}, {{ stable }}, {{ namespace }})
 * filled in, e.g. "http://{{ canary }}.{{ namespace }}.svc:8080" → "http://web-canary.prod.svc:8080".
 * An unknown placeholder is the one-line ConfigError.
 */
export function resolveSmokeBaseUrl(text: string, context: QueryContext): string {
  checkPlaceholders(text, 'smoke-base-url');
  return renderQuery(text, context);
}

/** One check's result as a sample: its status, and its first unmet expectation in words. */
export function smokeAnswer(result: CheckResult): SmokeAnswer {
  const first = result.mismatches[0];
  return {
    name: result.name,
    passed: result.passed,
    status: result.status,
    expected: first ? `${first.what} ${first.expected}` : 'a response',
    actual: first ? first.actual : (result.error ?? 'no response'),
  };
}

/**
 * Runs the checks against the canary once per sample (the smoke-test engine, loaded lazily). A
 * failing check is retried within half an interval at most, then judged: the samples repeat it.
 */
export function smokeRunner(
  checks: CheckSpec[],
  intervalMs: number,
  logger: Logger,
  secrets: string[] = [],
): (signal?: AbortSignal) => Promise<SmokeAnswer[]> {
  const deadlineMs = Math.max(1000, Math.floor(intervalMs / 2));
  return async (signal) => {
    // smoke loads only for a canary with smoke checks.
    const { runChecks } = await import('@slipway/smoke');
    const report = await runChecks(
      checks,
      {
        deadlineMs,
        intervalMs: deadlineMs,
        maxIntervalMs: deadlineMs,
        concurrency: 10,
        insecureTls: false,
        signal,
        secrets,
      },
      logger,
    );
    return report.checks.map(smokeAnswer);
  };
}
