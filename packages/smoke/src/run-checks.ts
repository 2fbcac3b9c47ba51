import { mapConcurrent, redact, type Logger } from '@slipway/kit';
import type { CheckSpec, RunOptions } from './check-spec';
import type { RunReport } from './check-result';
import { ProbeAgents } from './http-probe';
import { percentile } from './percentiles';
import { clockOf, describeAttempt, runCheck } from './run-check';

/** Runs every check concurrently (up to `concurrency`) under one overall deadline. */
export async function runChecks(specs: CheckSpec[], options: RunOptions, logger: Logger): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  const now = clockOf(options);
  const started = now();
  const deadlineAt = started + options.deadlineMs;
  const agents = new ProbeAgents(options.concurrency, options.insecureTls);
  const redactText = (text: string) => redact(text, options.secrets);
  try {
    const checks = await mapConcurrent(specs, options.concurrency, async (spec) => {
      const result = await runCheck(spec, options, { agents, deadlineAt, logger, redact: redactText });
      const tries = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
      if (result.passed)
        logger.info(`✓ ${result.name} (${result.status}, ${Math.round(result.latency?.max ?? 0)}ms, ${tries})`);
      else logger.info(`✗ ${result.name}: ${describeAttempt(result)} after ${tries}`);
      return result;
    });
    const failed = checks.filter((c) => !c.passed).length;
    const p95 = percentile(
      checks.flatMap((c) => c.samplesMs),
      95,
    );
    return {
      passed: failed === 0,
      cancelled: options.signal?.aborted ?? false,
      total: checks.length,
      failed,
      p95Ms: p95 === undefined ? undefined : Math.round(p95),
      startedAt,
      durationMs: Math.round(now() - started),
      checks,
    };
  } finally {
    agents.close();
  }
}
