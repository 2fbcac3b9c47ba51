import type { Mismatch } from './evaluate-response';
import type { LatencyStats } from './percentiles';

/** What one check came to, after all its attempts. Safe to print: secrets are redacted. */
export interface CheckResult {
  name: string;
  method: string;
  url: string;
  passed: boolean;
  attempts: number;
  /** Status of the last response, if any response came. */
  status: number | undefined;
  /** Latencies of the last attempt's samples (one unless `repeat`). */
  latency: LatencyStats | undefined;
  samplesMs: number[];
  mismatches: Mismatch[];
  /** A network failure of the last attempt: refused, timed out, TLS rejected. */
  error: string | undefined;
  /** The start of the last body, bounded, for a failure's summary. */
  bodySnippet: string | undefined;
  durationMs: number;
}

export interface RunReport {
  passed: boolean;
  /** The run was cancelled (SIGINT/SIGTERM) before every check could finish. */
  cancelled: boolean;
  total: number;
  failed: number;
  /** p95 of every sample of the final attempts, across checks. */
  p95Ms: number | undefined;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
}

/** "2 of 5 smoke checks failed: a, b" (five names at most), the line smoke-test and the root action fail with; undefined when all passed. */
export function failedChecksLine(report: RunReport): string | undefined {
  if (report.passed) return undefined;
  const names = report.checks.filter((c) => !c.passed).map((c) => c.name);
  return `${report.failed} of ${report.total} smoke checks failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`;
}
