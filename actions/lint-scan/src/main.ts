import {
  envInputSource,
  exec,
  InputReader,
  issueCommand,
  runAction,
  runnerLogger,
  setOutput,
  signalOnTermination,
} from '@slipway/kit';
import { readFileSync } from 'node:fs';
import { readInputs } from './inputs';

/** Inputs → the gate → annotations, job summary and outputs; the same threshold decides the exit code. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { runGate, scanSummary } = await import('@slipway/scan');
    const changedRange = inputs.onlyChanged && inputs.baseSha ? { base: inputs.baseSha, head: 'HEAD' } : undefined;
    if (inputs.onlyChanged && !changedRange) runnerLogger.info('only-changed: not a pull request, every line counts');
    const result = await runGate(
      {
        ...inputs,
        ...(changedRange ? { changedRange } : {}),
        ...(inputs.toolBaseUrl ? { toolBaseUrl: inputs.toolBaseUrl } : {}),
        now: Date.now(),
        env: process.env,
        exec,
        signal,
      },
      runnerLogger,
    );
    for (const a of result.annotations) issueCommand(a.type, a.message, { ...a.where });
    scanSummary({ ...result, failOn: inputs.failOn, onlyChanged: !!changedRange }).write();
    setOutput('passed', result.passed);
    setOutput('sarif', result.sarifPath);
    setOutput('counts', JSON.stringify(result.counts));
    setOutput('failing-count', result.failing);
    if (inputs.upload) {
      const sarif = readFileSync(result.sarifPath, 'utf8');
      // Octokit (under @slipway/github) loads only when SARIF is uploaded.
      const { uploadSarif } = await import('@slipway/github');
      const outcome = await uploadSarif(sarif, inputs.upload, { logger: runnerLogger, signal });
      if (outcome.status === 'uploaded') runnerLogger.info(`SARIF uploaded to code scanning (${outcome.id})`);
      else runnerLogger.warning(`${outcome.reason}; the annotations and the job summary carry the report`);
      setOutput('sarif-id', outcome.status === 'uploaded' ? outcome.id : '');
    }
    if (signal.aborted) throw signal.reason;
    if (!result.passed) {
      const tools = [...new Set(result.findings.filter((f) => f.verdict === 'failing').map((f) => f.tool))];
      throw new Error(`${result.failing} findings at ${inputs.failOn} or above: ${tools.join(', ')}`);
    }
  });
}
