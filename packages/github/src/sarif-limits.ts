import { ConfigError } from '@slipway/kit';

/**
 * Code scanning's hard limits on one upload ("SARIF support for code scanning", "SARIF results
 * exceed hard limit"): a file over any of them is rejected, so we refuse it before sending.
 */
export const SARIF_LIMITS = {
  /** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB." */
  gzippedBytes: 10 * 1024 * 1024,
  runsPerFile: 20,
  resultsPerRun: 25_000,
} as const;

interface SarifLog {
  runs?: Array<{ tool?: { driver?: { name?: string } }; results?: unknown[] }>;
}

/** A ConfigError (one line naming the limit) when the log, or its gzipped form, is past one. */
export function checkSarifLimits(sarif: SarifLog, gzippedBytes: number, limits = SARIF_LIMITS): void {
  const runs = sarif.runs ?? [];
  const refuse = (what: string) =>
    new ConfigError(`Input 'upload': ${what}; nothing was sent (narrow the scanners or the paths)`);
  if (runs.length > limits.runsPerFile)
    throw refuse(
      `the SARIF log has ${runs.length} runs, code scanning accepts at most ${limits.runsPerFile} runs per file`,
    );
  runs.forEach((run, i) => {
    const results = run.results?.length ?? 0;
    if (results > limits.resultsPerRun)
      throw refuse(
        `run ${i + 1} (${run.tool?.driver?.name ?? 'unnamed'}) has ${results} results, code scanning accepts at most ${limits.resultsPerRun} results per run`,
      );
  });
  if (gzippedBytes > limits.gzippedBytes)
    throw refuse(
      `the gzipped SARIF log is ${mb(gzippedBytes)}, code scanning accepts at most ${mb(limits.gzippedBytes)} per file`,
    );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
}
