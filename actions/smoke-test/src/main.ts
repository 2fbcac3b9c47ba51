import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  envInputSource,
  InputReader,
  redact,
  runAction,
  runnerLogger,
  setOutput,
  signalOnTermination,
  runnerDirs,
} from '@slipway/kit';
import type { RunReport } from '@slipway/smoke';
import { readInputs } from './inputs';

/** Inputs → the check engine → outputs, report file and job summary. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { failedChecksLine, runChecks, smokeSummary } = await import('@slipway/smoke');
    const report = await runnerLogger.group(`Smoke test: ${inputs.checks.length} checks`, () =>
      runChecks(inputs.checks, { ...inputs, signal }, runnerLogger),
    );
    const reportPath = writeReport(report, inputs.secrets);
    setOutput('passed', report.passed);
    setOutput('failed-count', report.failed);
    setOutput('report', reportPath);
    setOutput('p95-ms', report.p95Ms ?? '');
    smokeSummary(report).write();
    if (signal.aborted) throw signal.reason;
    const failed = failedChecksLine(report);
    if (failed) {
      if (inputs.failOnError) throw new Error(failed);
      runnerLogger.warning(failed);
    }
  });
}

function writeReport(report: RunReport, secrets: string[]): string {
  const dir = runnerDirs().temp;
  const path = join(dir, `slipway-smoke-report-${globalThis.crypto.randomUUID()}.json`);
  writeFileSync(path, redact(JSON.stringify(report, null, 2), secrets), { mode: 0o600 });
  return path;
}
