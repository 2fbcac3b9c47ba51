import { envInputSource, InputReader, runAction, runnerLogger, setOutput, signalOnTermination } from '@slipway/kit';
import { readInputs } from './inputs';

/** Inputs → one message sent to Slack → outputs and job summary; Slack down only warns unless fail-on-error. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { deliverNotification, notifySummary } = await import('@slipway/notify');
    const { result, verdict } = await deliverNotification(inputs.message, inputs.target, {
      deadlineMs: inputs.deadlineMs,
      signal,
      logger: runnerLogger,
      failOnError: inputs.failOnError,
      scope: 'step',
    });
    setOutput('ok', result.ok);
    setOutput('ts', result.ts);
    setOutput('channel', result.ok ? result.channel : '');
    setOutput('thread-ts', result.threadTs);
    setOutput('error', result.error);
    setOutput('status', inputs.status ?? '');
    notifySummary(result, inputs.status, inputs.message.text).write();
    if (verdict.outcome === 'failed') throw new Error(verdict.line);
    runnerLogger[verdict.outcome === 'sent' ? 'info' : 'warning'](verdict.line);
  });
}
