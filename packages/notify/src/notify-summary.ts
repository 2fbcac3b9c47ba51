import { SummaryBuilder } from '@slipway/kit';
import type { SendResult } from './send-notification';
import type { Status } from './statuses';

const TRANSPORT = { webhook: 'incoming webhook', 'web-api': 'Web API' } as const;
const METHOD = {
  posted: 'chat.postMessage',
  replied: 'chat.postMessage (thread reply)',
  updated: 'chat.update',
} as const;

/** What was sent where, never how (no webhook URL, no token): the table of one notification. */
export function notifySummary(
  result: SendResult,
  status: Status | undefined,
  fallbackText: string | undefined,
): SummaryBuilder {
  const heading = result.ok ? `Slack: ✅ message ${result.action}` : `Slack: ⚠️ message not sent (${result.error})`;
  const via = result.transport === 'webhook' ? TRANSPORT.webhook : `${TRANSPORT['web-api']} ${METHOD[result.action]}`;
  const rows: string[][] = [
    ['Message', status ? `built-in "${status}"` : 'custom payload'],
    ['Sent through', via],
    ['Channel', result.channel || (result.transport === 'webhook' ? "the webhook's channel" : '–')],
  ];
  if (result.ts) rows.push(['Message ts', result.ts]);
  if (result.action === 'replied' || result.action === 'updated') rows.push(['Thread ts', result.threadTs || '–']);
  rows.push(['Attempts', String(result.attempts)]);
  if (!result.ok) rows.push(['Error', `${result.error}: ${result.detail}`]);
  const summary = new SummaryBuilder().heading(heading).table(['What', 'Value'], rows);
  if (fallbackText) summary.paragraph('Notification text:').code(fallbackText);
  return summary;
}
