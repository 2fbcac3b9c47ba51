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
