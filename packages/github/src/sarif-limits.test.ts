import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { checkSarifLimits, SARIF_LIMITS } from './sarif-limits';

const run = (results: number, name = 'eslint') => ({ tool: { driver: { name } }, results: Array(results).fill({}) });

describe("checkSarifLimits: code scanning's hard limits, refused before sending", () => {
  it('passes a log at every limit', () => {
    expect(() => checkSarifLimits({ runs: Array(20).fill(run(1)) }, SARIF_LIMITS.gzippedBytes)).not.toThrow();
    expect(() => checkSarifLimits({ runs: [run(25_000)] }, 1000)).not.toThrow();
    expect(() => checkSarifLimits({}, 0)).not.toThrow();
  });

  it('21 runs: one line naming the limit of 20 runs per file', () => {
    expect(() => checkSarifLimits({ runs: Array(21).fill(run(0)) }, 100)).toThrow(
      new ConfigError(
        "Input 'upload': the SARIF log has 21 runs, code scanning accepts at most 20 runs per file; nothing was sent (narrow the scanners or the paths)",
      ),
    );
  });

  it('25,001 results in a run: names the run, its tool and the limit of 25,000 results per run', () => {
    expect(() => checkSarifLimits({ runs: [run(3, 'shellcheck'), run(25_001, 'semgrep')] }, 100)).toThrow(
      "Input 'upload': run 2 (semgrep) has 25001 results, code scanning accepts at most 25000 results per run; nothing was sent",
    );
  });

  it('over 10 MB gzipped: names the size and the limit', () => {
    expect(() => checkSarifLimits({ runs: [run(1)] }, SARIF_LIMITS.gzippedBytes + 1)).toThrow(
      "Input 'upload': the gzipped SARIF log is 10.0 MB, code scanning accepts at most 10 MB per file; nothing was sent",
    );
    expect(() => checkSarifLimits({ runs: [run(1)] }, 12.5 * 1024 * 1024)).toThrow('is 12.5 MB');
  });
});
