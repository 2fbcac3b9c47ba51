import { sendNotification, type SendOptions, type SendResult, type Target } from './send-notification';
import type { SlackMessage } from './slack-message';

/** Who goes on when a message is not sent: the slack-notify step, or the root action's delivery. */
export type NotifyScope = 'step' | 'delivery';

/** Why a message that was not sent only warns, said for what it does not fail. */
const WARNED_BECAUSE: Record<NotifyScope, string> = {
  step: 'the step succeeds because fail-on-error is false',
  delivery: 'the delivery is judged without it (fail-on-error is false)',
};

export interface NotifyVerdict {
  /** sent; or not sent, and then failed (fail-on-error) or only warned. */
  outcome: 'sent' | 'failed' | 'warned';
  /** What happened in one line: sentLine or notSentLine. */
  detail: string;
  /** The line to log (info when sent, the warning when warned) or to fail with: detail, and why a warning does not fail. */
  line: string;
}

/** "Slack: message posted in C0DEPLOYS (ts 1700000000.000100)". */
export function sentLine(result: SendResult): string {
  const channel = result.channel ? ` in ${result.channel}` : '';
  const ts = result.ts ? ` (ts ${result.ts})` : '';
  return `Slack: message ${result.action}${channel}${ts}`;
}

/** "Slack notification not sent: http_503 (…, after 3 attempts)". */
export function notSentLine(result: SendResult): string {
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
  return `Slack notification not sent: ${result.error} (${result.detail}, after ${attempts})`;
}

/** The one judgement of a notification: a message not sent fails only with fail-on-error. */
export function judgeNotification(result: SendResult, failOnError: boolean, scope: NotifyScope): NotifyVerdict {
  if (result.ok) {
    const line = sentLine(result);
    return { outcome: 'sent', detail: line, line };
  }
  const detail = notSentLine(result);
  if (failOnError) return { outcome: 'failed', detail, line: detail };
  return { outcome: 'warned', detail, line: `${detail}; ${WARNED_BECAUSE[scope]}` };
}

export interface NotifyOptions extends SendOptions {
  failOnError: boolean;
  scope: NotifyScope;
}

/** A message sent, or not, and the verdict on it. */
export interface Notified {
  result: SendResult;
  verdict: NotifyVerdict;
}

/** The notify stage slack-notify and the root action share: send, then judge; the caller carries the verdict out. */
export async function deliverNotification(
  message: SlackMessage,
  target: Target,
  { failOnError, scope, ...send }: NotifyOptions,
): Promise<Notified> {
  const result = await sendNotification(message, target, send);
  return { result, verdict: judgeNotification(result, failOnError, scope) };
}
