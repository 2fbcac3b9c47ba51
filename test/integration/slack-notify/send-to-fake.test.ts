import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { builtinMessage, composeMessage, readGithubContext, sendNotification } from '@slipway/notify';
import { SlackFake, validateMessage } from '../../support/slack-fake';

// The notify package over real HTTP against the Slack fake: what Slack would accept, and the
// fake's own contract (which a wrong client would trip).
const slack = new SlackFake();
beforeAll(async () => {
  await slack.start();
});
afterAll(() => slack.stop());
beforeEach(() => {
  slack.reset();
});

const logger = memoryLogger();
const github = readGithubContext({
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'abcdef0123456789',
  GITHUB_REF_NAME: 'main',
});
const facts = { github, fields: {}, mentions: [] };
const api = () => ({
  kind: 'web-api' as const,
  apiUrl: slack.apiUrl,
  token: slack.token,
  channel: 'C0DEPLOYS',
});

describe('notify against the Slack fake', () => {
  it('posts, replies in the thread and updates in place: one message updated, one reply', async () => {
    const options = { deadlineMs: 5000, logger };
    const start = await sendNotification(builtinMessage('started', facts), api(), options);
    const step = await sendNotification(
      builtinMessage('canary-step', facts),
      { ...api(), threadTs: start.ts },
      options,
    );
    const end = await sendNotification(builtinMessage('succeeded', facts), { ...api(), updateTs: start.ts }, options);
    expect([start.ok, step.ok, end.ok]).toEqual([true, true, true]);
    expect(slack.messages.filter((m) => m.history.length > 0)).toHaveLength(1);
    expect(slack.replies(start.ts)).toHaveLength(1);
    expect(end).toMatchObject({ ts: start.ts, action: 'updated' });
  });

  it('answers each fault as Slack documents it', async () => {
    const options = { deadlineMs: 5000, logger, attempts: 1 };
    const message = { text: 'hi' };
    const results = await Promise.all([
      sendNotification(message, { ...api(), token: 'xoxb-bad' }, options),
      sendNotification(message, { ...api(), channel: 'C0NOTMEMB' }, options),
      sendNotification(message, { ...api(), channel: 'C0ARCHIVD' }, options),
      sendNotification(message, { ...api(), threadTs: '1600000000.000100' }, options),
      sendNotification({ blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }] }, api(), options),
      sendNotification({ text: 'x'.repeat(40_001) }, api(), options),
      sendNotification({}, api(), options),
      sendNotification({}, { kind: 'webhook', url: slack.webhookUrl }, options),
      sendNotification(message, { kind: 'webhook', url: `${slack.url}/services/T1/B1/wrong` }, options),
    ]);
    expect(results.map((r) => r.error)).toEqual([
      'invalid_auth',
      'not_in_channel',
      'is_archived',
      'thread_not_found',
      'invalid_blocks',
      'msg_too_long',
      'no_text',
      'no_text',
      'invalid_token',
    ]);
    expect(slack.messages).toEqual([]);
  });

  it('retries a reset connection and a 500 rollup_error, then delivers once', async () => {
    slack.failNext({ status: 0, reset: true }, { status: 500, body: 'rollup_error' });
    const result = await sendNotification(
      { text: 'hi' },
      { kind: 'webhook', url: slack.webhookUrl },
      {
        deadlineMs: 10_000,
        logger,
        baseDelayMs: 10,
      },
    );
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(slack.messages).toHaveLength(1);
  });
});

describe('the fake validates shapes against Slack limits', () => {
  it.each([
    [{ blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }, 'invalid_blocks'],
    [{ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }] }, 'invalid_blocks'],
    [{ blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }] }, 'invalid_blocks'],
    [
      { blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'a' })) }] },
      'invalid_blocks',
    ],
    [{ blocks: [{ type: 'carousel' }] }, 'invalid_blocks'],
    [{ blocks: [{ type: 'divider', text: 'x' }] }, 'invalid_blocks'],
  ])('rejects %#', (payload, error) => {
    expect(validateMessage(payload as Record<string, unknown>)?.error).toBe(error);
  });

  it('accepts an oversized built-in message once composed (cut to the limits), not before', async () => {
    const fields = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`f${i}`, 'z'.repeat(3000)]));
    const long = { ...facts, status: 'failed' as const, text: 'y'.repeat(10_000), fields };
    expect(validateMessage(builtinMessage('failed', long) as Record<string, unknown>)?.error).toBe('invalid_blocks');
    const { message } = await composeMessage({ facts: long, env: {} });
    expect(validateMessage(message as Record<string, unknown>)).toBeUndefined();
  });
});
