import { envInputSource, InputReader, runAction, runnerLogger, setOutput, signalOnTermination } from '@slipway/kit';
import { readInputs } from './inputs';

/** Inputs → one message sent to Slack → outputs and job summary; Slack down only warns unless fail-on-error. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const signal = signalOnTermination();
    const inputs = await readInputs(new InputReader(envInputSource()));
    // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
    const { notifySummary, notSentLine, sendNotification } = await import('@slipway/notify');
    const result = await sendNotification(inputs.message, inputs.target, {
      deadlineMs: inputs.deadlineMs,
      signal,
      logger: runnerLogger,
    });
    setOutput('ok', result.ok);
    setOutput('ts', result.ts);
    setOutput('channel', result.ok ? result.channel : '');
    setOutput('thread-ts', result.threadTs);
    setOutput('error', result.error);
    setOutput('status', inputs.status ?? '');
    notifySummary(result, inputs.status, inputs.message.text).write();
    if (result.ok) {
      runnerLogger.info(
        `Slack: message ${result.action}${result.channel ? ` in ${result.channel}` : ''}${result.ts ? ` (ts ${result.ts})` : ''}`,
      );
      return;
    }
    const message = notSentLine(result);
    if (inputs.failOnError) throw new Error(message);
    runnerLogger.warning(`${message}; the step succeeds because fail-on-error is false`);
  });
}
