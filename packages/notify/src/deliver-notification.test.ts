import { describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { deliverNotification, judgeNotification, type NotifyScope, type NotifyVerdict } from './deliver-notification';
import type { SendResult } from './send-notification';

const base: SendResult = {
  ok: false,
  transport: 'web-api',
  action: 'posted',
  channel: '#deploys',
  ts: '',
  threadTs: '',
  error: '',
  detail: '',
  attempts: 1,
  waitsMs: [],
};
const posted: SendResult = { ...base, ok: true, channel: 'C0DEPLOYS', ts: '1700000000.000100' };
const hooked: SendResult = { ...base, ok: true, transport: 'webhook', channel: '' };
const down: SendResult = { ...base, error: 'http_503', detail: 'Slack answered 503', attempts: 3 };
const once: SendResult = { ...base, error: 'not_in_channel', detail: 'not_in_channel', attempts: 1 };

const NOT_SENT_503 = 'Slack notification not sent: http_503 (Slack answered 503, after 3 attempts)';
const NOT_SENT_ONCE = 'Slack notification not sent: not_in_channel (not_in_channel, after 1 attempt)';
const SENT = 'Slack: message posted in C0DEPLOYS (ts 1700000000.000100)';

describe('judgeNotification', () => {
  it.each<[string, SendResult, boolean, NotifyScope, NotifyVerdict]>([
    ['sent, fail-on-error', posted, true, 'step', { outcome: 'sent', detail: SENT, line: SENT }],
    ['sent, the delivery', posted, false, 'delivery', { outcome: 'sent', detail: SENT, line: SENT }],
    [
      'sent through a webhook: no channel, no ts',
      hooked,
      false,
      'step',
      { outcome: 'sent', detail: 'Slack: message posted', line: 'Slack: message posted' },
    ],
    [
      'not sent, fail-on-error, a step',
      down,
      true,
      'step',
      { outcome: 'failed', detail: NOT_SENT_503, line: NOT_SENT_503 },
    ],
    [
      'not sent, fail-on-error, a delivery',
      once,
      true,
      'delivery',
      { outcome: 'failed', detail: NOT_SENT_ONCE, line: NOT_SENT_ONCE },
    ],
    [
      'not sent, a step',
      down,
      false,
      'step',
      {
        outcome: 'warned',
        detail: NOT_SENT_503,
        line: `${NOT_SENT_503}; the step succeeds because fail-on-error is false`,
      },
    ],
    [
      'not sent, a delivery',
      down,
      false,
      'delivery',
      {
        outcome: 'warned',
        detail: NOT_SENT_503,
        line: `${NOT_SENT_503}; the delivery is judged without it (fail-on-error is false)`,
      },
    ],
  ])('%s', (_, result, failOnError, scope, verdict) => {
    expect(judgeNotification(result, failOnError, scope)).toEqual(verdict);
  });

  it('names an update and a reply by what they did', () => {
    expect(judgeNotification({ ...posted, action: 'updated' }, false, 'step').line).toBe(
      'Slack: message updated in C0DEPLOYS (ts 1700000000.000100)',
    );
    expect(judgeNotification({ ...posted, action: 'replied' }, false, 'step').line).toBe(
      'Slack: message replied in C0DEPLOYS (ts 1700000000.000100)',
    );
  });
});

describe('deliverNotification', () => {
  it('sends, then returns what Slack answered with its verdict', async () => {
    const { result, verdict } = await deliverNotification(
      { text: 'hi' },
      { kind: 'webhook', url: 'http://slack.test/services/T/B/x' },
      {
        deadlineMs: 1000,
        attempts: 1,
        logger: memoryLogger(),
        post: async () => ({ status: 404, body: 'no_service', header: () => null }),
        failOnError: false,
        scope: 'delivery',
      },
    );
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(verdict).toEqual(judgeNotification(result, false, 'delivery'));
    expect(verdict.outcome).toBe('warned');
  });
});
