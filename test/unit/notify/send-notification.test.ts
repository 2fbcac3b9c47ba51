import { describe, expect, it } from '@jest/globals';
import { CancelledError, memoryLogger } from '@slipway/kit';
import type { HttpPost, HttpPostInit } from '../../../packages/notify/src/http-post';
import { notifySummary } from '../../../packages/notify/src/notify-summary';
import { sendNotification, type Target } from '../../../packages/notify/src/send-notification';
import { fakeClock as clock } from '../../support/fake-clock';

type Reply = { status: number; body: string; headers?: Record<string, string> } | Error;

/** A scripted transport: one reply per request, recording what was sent. */
function scripted(...replies: Reply[]) {
  const sent: Array<{ url: string; init: HttpPostInit }> = [];
  const post: HttpPost = async (url, init) => {
    sent.push({ url, init });
    const reply = replies.shift() ?? { status: 500, body: 'no more replies' };
    if (reply instanceof Error) throw reply;
    return { status: reply.status, body: reply.body, header: (name) => reply.headers?.[name.toLowerCase()] ?? null };
  };
  return { post, sent };
}

const TOKEN = 'xoxb-unit-secret';
const api: Target = { kind: 'web-api', apiUrl: 'http://slack.test/api/', token: TOKEN, channel: '#deploys' };
const hook: Target = { kind: 'webhook', url: 'http://slack.test/services/T/B/hooksecret' };
const message = { text: 'hi', blocks: [{ type: 'divider' }] };
const okJson = (ts = '1700000000.000100') => ({
  status: 200,
  body: JSON.stringify({ ok: true, channel: 'C0DEPLOYS', ts }),
});

function options(post: HttpPost, c = clock()) {
  return { deadlineMs: 30_000, logger: memoryLogger(), post, now: c.now, sleep: c.sleep, random: () => 0.5 };
}

describe('sendNotification through the Web API', () => {
  it('posts JSON with a Bearer token and returns channel, ts and the thread to reply in', async () => {
    const { post, sent } = scripted(okJson());
    const result = await sendNotification(message, api, options(post));
    expect(result).toMatchObject({
      ok: true,
      action: 'posted',
      channel: 'C0DEPLOYS',
      ts: '1700000000.000100',
      threadTs: '1700000000.000100',
      attempts: 1,
      error: '',
    });
    expect(sent[0]?.url).toBe('http://slack.test/api/chat.postMessage');
    expect(sent[0]?.init.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(sent[0]?.init.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(sent[0]?.init.body ?? '')).toEqual({ ...message, channel: '#deploys' });
  });

  it('updates with chat.update (channel + ts) and replies with thread_ts', async () => {
    const a = scripted(okJson('1700000001.000100'));
    const updated = await sendNotification(message, { ...api, updateTs: '1700000001.000100' }, options(a.post));
    expect(a.sent[0]?.url).toBe('http://slack.test/api/chat.update');
    expect(JSON.parse(a.sent[0]?.init.body ?? '')).toMatchObject({ channel: '#deploys', ts: '1700000001.000100' });
    expect(updated).toMatchObject({ ok: true, action: 'updated', ts: '1700000001.000100' });

    const b = scripted(okJson('1700000009.000100'));
    const reply = await sendNotification(message, { ...api, threadTs: '1700000001.000100' }, options(b.post));
    expect(JSON.parse(b.sent[0]?.init.body ?? '')).toMatchObject({ thread_ts: '1700000001.000100' });
    expect(reply).toMatchObject({
      ok: true,
      action: 'replied',
      ts: '1700000009.000100',
      threadTs: '1700000001.000100',
    });
  });

  it('waits once for Retry-After on 429, at least as long as Slack asked, then succeeds', async () => {
    const c = clock();
    const { post, sent } = scripted({ status: 429, body: '', headers: { 'retry-after': '2' } }, okJson());
    const result = await sendNotification(message, api, options(post, c));
    expect(sent).toHaveLength(2);
    expect(c.waits).toHaveLength(1);
    expect(c.waits[0]).toBeGreaterThanOrEqual(2000);
    expect(c.waits[0]).toBeLessThan(3000);
    expect(result).toMatchObject({ ok: true, attempts: 2, waitsMs: c.waits });
  });

  it('retries 5xx, internal_error and network failures with backoff', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const c = clock();
    const { post, sent } = scripted(
      { status: 503, body: '' },
      refused,
      { status: 200, body: '{"ok":false,"error":"internal_error"}' },
      okJson(),
    );
    const result = await sendNotification(message, api, options(post, c));
    expect(sent).toHaveLength(4);
    expect(c.waits).toHaveLength(3);
    expect(result.ok).toBe(true);
  });

  it.each(['invalid_auth', 'channel_not_found', 'not_in_channel', 'invalid_blocks', 'msg_too_long'])(
    'does not retry %s and reports it',
    async (code) => {
      const c = clock();
      const { post, sent } = scripted({ status: 200, body: JSON.stringify({ ok: false, error: code }) });
      const result = await sendNotification(message, api, options(post, c));
      expect(sent).toHaveLength(1);
      expect(c.waits).toEqual([]);
      expect(result).toMatchObject({ ok: false, error: code, ts: '', attempts: 1 });
    },
  );

  it('gives up inside the deadline when Slack stays down', async () => {
    const c = clock();
    const { post, sent } = scripted(...Array.from({ length: 20 }, () => ({ status: 503, body: '' })));
    const result = await sendNotification(message, api, { ...options(post, c), deadlineMs: 5000, attempts: 20 });
    expect(result).toMatchObject({ ok: false, error: 'http_503' });
    expect(c.now()).toBeLessThan(5000);
    expect(sent.length).toBeGreaterThan(1);
  });

  it('passes a cancellation through', async () => {
    const controller = new AbortController();
    controller.abort(new CancelledError('Cancelled by SIGINT'));
    const { post } = scripted(okJson());
    await expect(sendNotification(message, api, { ...options(post), signal: controller.signal })).rejects.toThrow(
      'Cancelled by SIGINT',
    );
  });
});

describe('sendNotification through an incoming webhook', () => {
  it('succeeds on 200 "ok"', async () => {
    const { post, sent } = scripted({ status: 200, body: 'ok' });
    const result = await sendNotification(message, hook, options(post));
    expect(result).toMatchObject({ ok: true, transport: 'webhook', ts: '', channel: '' });
    expect(sent[0]?.init.headers['authorization']).toBeUndefined();
    expect(JSON.parse(sent[0]?.init.body ?? '')).toEqual(message);
  });

  it.each([
    [400, 'invalid_payload'],
    [400, 'no_text'],
    [403, 'invalid_token'],
    [404, 'channel_not_found'],
    [410, 'channel_is_archived'],
  ])('reports HTTP %i %s without retrying', async (status, body) => {
    const { post, sent } = scripted({ status, body });
    const result = await sendNotification(message, hook, options(post));
    expect(sent).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: body });
  });

  it('never echoes a body that is not an error word', async () => {
    const { post } = scripted({ status: 400, body: '<html>echo http://slack.test/services/T/B/hooksecret</html>' });
    const result = await sendNotification(message, hook, options(post));
    expect(result.error).toBe('http_400');
    expect(JSON.stringify(result)).not.toContain('hooksecret');
  });
});

describe('notifySummary', () => {
  it('says what was sent where, never the URL or token', async () => {
    const { post } = scripted({ status: 200, body: '{"ok":false,"error":"channel_not_found"}' });
    const result = await sendNotification(message, api, options(post));
    const text = notifySummary(result, 'failed', 'Deploy failed').render();
    expect(text).toContain('Slack: ⚠️ message not sent (channel_not_found)');
    expect(text).toContain('| Channel | #deploys |');
    expect(text).toContain('| Sent through | Web API chat.postMessage |');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('slack.test');
  });
});
