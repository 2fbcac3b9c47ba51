import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../support/run-action';
import { SlackFake } from '../support/slack-fake';

const slack = new SlackFake();
const dir = mkdtempSync(join(tmpdir(), 'slipway-slack-contract-'));
const HOSTILE = 'Fix "checkout" & `cart`\n<!channel> see <http://evil.example|docs>\nline three';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const eventPath = join(dir, 'event.json');
writeFileSync(
  eventPath,
  JSON.stringify({
    before: 'fedcba9876543210fedcba9876543210fedcba98',
    compare: 'https://github.com/acme/shop/compare/fedcba9...0123456',
    head_commit: { id: SHA, message: HOSTILE },
  }),
);
const github = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: SHA,
  GITHUB_ACTOR: 'octocat',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '17',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
};

beforeAll(async () => {
  await slack.start();
});
afterAll(() => slack.stop());
beforeEach(() => {
  slack.reset();
});

const api = () => ({ token: slack.token, 'slack-api-url': slack.apiUrl });
const notify = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('slack-notify', inputs, { env: { ...github, ...env } });

/** Neither the token nor the webhook's secret path in anything a user or log could see. */
function expectNoSecrets(run: ActionRun): void {
  const visible = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs)];
  for (const text of visible) {
    expect(text).not.toContain(slack.token);
    expect(text).not.toContain('hookSECRETzz1234');
    expect(text).not.toContain(slack.url);
  }
}

type Block = {
  type: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<{ text: string }>;
};

describe('dist/slack-notify run as the runner runs it (Node 24)', () => {
  it('posts the built-in message with a bot token and sets ok, ts, channel, thread-ts', async () => {
    const run = await notify({ ...api(), channel: '#deploys', status: 'started', environment: 'staging' });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ ok: 'true', channel: 'C0DEPLOYS', error: '', status: 'started' });
    expect(run.outputs['ts']).toMatch(/^\d{10}\.\d{6}$/);
    expect(run.outputs['thread-ts']).toBe(run.outputs['ts']);
    expect(slack.messages).toHaveLength(1);
    const blocks = slack.messages[0]?.blocks as Block[];
    expect(blocks[0]?.text?.text).toBe(':rocket: Deploy started: acme/shop to staging');
    const fields = blocks.flatMap((b) => b.fields ?? []).map((f) => f.text);
    expect(fields).toEqual([
      '*Repository*\n<https://github.com/acme/shop|acme/shop>',
      '*Ref*\nmain',
      `*Commit*\n<https://github.com/acme/shop/commit/${SHA}|0123456> Fix "checkout" &amp; \`cart\``,
      '*Actor*\noctocat',
      '*Environment*\nstaging',
    ]);
    expect(blocks.at(-1)?.elements?.[0]?.text).toBe(
      '<https://github.com/acme/shop/actions/runs/4242|Workflow run #17>  ·  <https://github.com/acme/shop/compare/fedcba9...0123456|Diff>',
    );
    expect(run.summary).toContain('Slack: ✅ message posted');
    expect(run.summary).toContain('| Channel | C0DEPLOYS |');
    expect(run.stdout).toContain(`::add-mask::${slack.token}`);
    expect(run.stdout).toContain(`::add-mask::Bearer ${slack.token}`);
    expectNoSecrets(run);
  });

  it('lifecycle: posts "started", replies in its thread, then updates it in place', async () => {
    const start = await notify({ ...api(), channel: 'C0DEPLOYS', status: 'started', environment: 'production' });
    const ts = start.outputs['ts'] as string;
    const step = await notify({
      ...api(),
      channel: 'C0DEPLOYS',
      status: 'canary-step',
      'thread-ts': ts,
      fields: 'weight=20%\nerror-rate=0.1%',
    });
    expect(step.outputs).toMatchObject({ ok: 'true', 'thread-ts': ts });
    const end = await notify({
      ...api(),
      channel: 'C0DEPLOYS',
      status: 'success',
      'update-ts': ts,
      environment: 'production',
      'environment-url': 'https://shop.example.com',
      'started-at': String(Number(ts.split('.')[0]) - 60),
    });
    expect(end.exitCode).toBe(0);
    expect(end.outputs).toMatchObject({ ok: 'true', ts, channel: 'C0DEPLOYS', status: 'succeeded' });

    expect(slack.messages).toHaveLength(2);
    const [parent, reply] = slack.messages;
    expect(parent?.history).toHaveLength(1);
    expect((parent?.history[0]?.blocks as Block[])[0]?.text?.text).toContain('Deploy started');
    expect((parent?.blocks as Block[])[0]?.text?.text).toBe(
      ':white_check_mark: Deploy succeeded: acme/shop to production',
    );
    expect(JSON.stringify(parent?.blocks)).toContain('*Environment*\\n<https://shop.example.com/|production>');
    expect(JSON.stringify(parent?.blocks)).toContain('*Duration*');
    expect(slack.replies(ts)).toEqual([reply]);
    expect(JSON.stringify(reply?.blocks)).toContain('*weight*\\n20%');
  });

  it('a commit message full of quotes, newlines, backticks, <!channel> and <http://x|y> arrives inert in a custom payload', async () => {
    const run = await notify({
      'webhook-url': slack.webhookUrl,
      payload:
        '{"text": "{{ commit_message }}", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*{{ repository }}*: {{ commit_message }}"}}]}',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'true', ts: '', channel: '' });
    const message = slack.messages[0];
    const inert = 'Fix "checkout" &amp; `cart`\n&lt;!channel&gt; see &lt;http://evil.example|docs&gt;\nline three';
    expect(message?.text).toBe(inert);
    expect((message?.blocks as Block[])[0]?.text?.text).toBe(`*acme/shop*: ${inert}`);
    expect(JSON.stringify(message)).not.toMatch(/<!channel>|<http:/);
    expectNoSecrets(run);
  });

  it('routes failures with channel-by-status and mentions on-call only then', async () => {
    const routing = {
      'channel-by-status': 'failed=#incidents\nrolled-back=#incidents',
      'mention-on-failure': 'U0ONCALL',
    };
    const failed = await notify({ ...api(), channel: '#deploys', status: 'failure', ...routing });
    expect(failed.outputs).toMatchObject({ ok: 'true', channel: 'C0INCIDNT', status: 'failed' });
    const ok = await notify({ ...api(), channel: '#deploys', status: 'succeeded', ...routing });
    expect(ok.outputs['channel']).toBe('C0DEPLOYS');
    const [first, second] = slack.messages;
    expect(first?.text?.startsWith('<@U0ONCALL> ')).toBe(true);
    expect(JSON.stringify(second)).not.toContain('U0ONCALL');
  });

  it('reads a YAML payload-file and cuts an oversized section with a visible "…"', async () => {
    const file = join(dir, 'payload.yml');
    writeFileSync(
      file,
      `text: "{{ status }} {{ fields.note }}"\nblocks:\n  - type: section\n    text:\n      type: mrkdwn\n      text: "{{ fields.note }}"\n`,
    );
    const run = await notify({
      ...api(),
      channel: '#deploys',
      status: 'canary-aborted',
      'payload-file': file,
      fields: `note=${'x'.repeat(5000)}`,
    });
    expect(run.outputs['ok']).toBe('true');
    const text = (slack.messages[0]?.blocks as Block[])[0]?.text?.text ?? '';
    expect(text).toHaveLength(3000);
    expect(text.endsWith('…')).toBe(true);
  });

  it('429 with Retry-After: 2 → one wait of at least 2 s, then success', async () => {
    slack.failNext({ status: 429, headers: { 'retry-after': '2' } });
    const run = await notify({ ...api(), channel: '#deploys', status: 'started' });
    expect(run.outputs['ok']).toBe('true');
    expect(slack.requests).toHaveLength(2);
    expect((slack.requests[1]?.at ?? 0) - (slack.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(1900);
    expect(run.stdout.match(/retrying in \d+ms/g)).toHaveLength(1);
  });

  it('Slack down → ok=false, a warning, exit 0, nothing sent', async () => {
    slack.down();
    const run = await notify({ 'webhook-url': slack.webhookUrl, status: 'failed', timeout: '3s' });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ ok: 'false', error: 'http_503', ts: '' });
    expect(run.stdout).toMatch(/^::warning::Slack notification not sent: http_503/m);
    expect(slack.requests.length).toBeGreaterThan(1);
    expect(slack.messages).toEqual([]);
    expect(run.summary).toContain('Slack: ⚠️ message not sent (http_503)');
    expectNoSecrets(run);
  });

  it("fail-on-error: true → exit 1 naming Slack's error code", async () => {
    const run = await notify({ ...api(), channel: '#elsewhere', status: 'failed', 'fail-on-error': 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^::error::Slack notification not sent: not_in_channel/);
    expect(run.outputs).toMatchObject({ ok: 'false', error: 'not_in_channel' });
    expect(slack.requests).toHaveLength(1);
    expectNoSecrets(run);
  });

  it.each([
    [{ token: 'xoxb-wrong-token-value' }, 'invalid_auth'],
    [{ channel: '#nope' }, 'channel_not_found'],
    [{ 'update-ts': '1600000000.000100' }, 'message_not_found'],
  ])('names the Web API error %j → %s', async (over, code) => {
    const run = await notify({ ...api(), channel: '#deploys', status: 'succeeded', 'fail-on-error': 'true', ...over });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(code);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('xoxb-wrong-token-value');
  });

  it('names the webhook error for a revoked hook', async () => {
    const run = await notify({
      'webhook-url': `${slack.url}/services/T0FAKE/B0FAKE/revokedSECRET99`,
      status: 'started',
      'fail-on-error': 'true',
    });
    expect(run.errors[0]).toMatch(/invalid_token/);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('revokedSECRET99');
  });
});

describe('bad input: one line naming the input, exit code 1, nothing sent', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no transport',
      { token: '', channel: '' },
      /^::error title=Configuration error::Input 'webhook-url': expected an incoming webhook URL, or a bot 'token'/,
    ],
    [
      'both transports',
      { 'webhook-url': 'https://hooks.slack.com/services/T/B/abcsecret123' },
      /Input 'token': expected either 'webhook-url' or 'token', not both/,
    ],
    [
      'webhook-url not a URL (not shown)',
      { token: '', 'webhook-url': 'abcsecret123', channel: '' },
      /Input 'webhook-url': expected an absolute https URL .*got \(a secret value, not shown\)$/,
    ],
    ['token without channel', { channel: '' }, /Input 'channel': expected a channel ID .* \(needed with 'token'\)/],
    [
      'bad channel',
      { channel: 'deploys channel' },
      /Input 'channel': expected a channel ID such as "C0123ABCD" or a #name such as "#deploys", got "deploys channel"/,
    ],
    [
      'unknown status',
      { status: 'exploded' },
      /Input 'status': expected one of started, succeeded, failed, cancelled, rolled-back, canary-step, canary-promoted, canary-aborted, success, failure, got "exploded"/,
    ],
    [
      'no status and no payload',
      { status: '' },
      /Input 'status': expected one of .*\(the input is required without 'payload'\)/,
    ],
    [
      'payload not JSON/YAML',
      { payload: '{"text": "a", "blocks": [' },
      /Input 'payload': expected valid YAML \(line \d+\)/,
    ],
    ['payload YAML not a message', { payload: 'hello: world' }, /Input 'payload': expected a Block Kit message/],
    [
      'placeholder with no value',
      { payload: '{"text": "{{ environment }} {{ nothing_here }}"}' },
      /Input 'payload': expected a value for the placeholder \{\{ environment \}\}, got none/,
    ],
    [
      'payload and payload-file',
      { payload: '{"text":"x"}', 'payload-file': 'p.json' },
      /Input 'payload-file': expected either 'payload' or 'payload-file', not both/,
    ],
    [
      'payload-file missing',
      { 'payload-file': '/nope/payload.json' },
      /Input 'payload-file': expected a readable JSON or YAML file, got "\/nope\/payload.json" \(ENOENT\)/,
    ],
    [
      'update-ts malformed',
      { 'update-ts': '12345' },
      /Input 'update-ts': expected a Slack message ts such as "1700000000.000100", got "12345"/,
    ],
    [
      'update-ts and thread-ts',
      { 'update-ts': '1700000000.000100', 'thread-ts': '1700000000.000100' },
      /Input 'thread-ts': expected either 'update-ts' or 'thread-ts', not both/,
    ],
    [
      'thread-ts with a webhook',
      {
        token: '',
        channel: '',
        'webhook-url': 'https://hooks.slack.com/services/T/B/abcsecret123',
        'thread-ts': '1700000000.000100',
      },
      /Input 'thread-ts': works only with 'token'/,
    ],
    [
      'channel-by-status unknown status',
      { 'channel-by-status': 'exploded=#incidents' },
      /Input 'channel-by-status': expected status=channel lines whose status is one of .*, got "exploded"/,
    ],
    [
      'channel-by-status bad channel',
      { 'channel-by-status': 'failed=incidents!' },
      /Input 'channel-by-status': expected a channel ID .* after "failed=", got "incidents!"/,
    ],
    [
      'mention not an id',
      { 'mention-on-failure': '@alice' },
      /Input 'mention-on-failure': expected Slack user or group ids .*, got "@alice"/,
    ],
    [
      'environment-url not a URL',
      { 'environment-url': 'shop.example.com' },
      /Input 'environment-url': expected an absolute http or https URL, got "shop.example.com"/,
    ],
    [
      'started-at not a time',
      { 'started-at': 'yesterday' },
      /Input 'started-at': expected Unix seconds .*, got "yesterday"/,
    ],
    [
      'fields not key=value',
      { fields: 'weight' },
      /Input 'fields': expected key=value items such as "team=payments", got "weight"/,
    ],
    [
      'slack-api-url not a URL',
      { 'slack-api-url': 'slack.com/api' },
      /Input 'slack-api-url': expected an absolute http or https URL/,
    ],
    [
      'timeout not a duration',
      { timeout: 'forever' },
      /Input 'timeout': expected a duration such as "90s", "2m" or "500ms" from 1s to 10m, got "forever"/,
    ],
    [
      'fail-on-error not a boolean',
      { 'fail-on-error': 'sometimes' },
      /Input 'fail-on-error': expected true or false, got "sometimes"/,
    ],
  ];

  it.each(cases)('%s', async (_label, inputs, message) => {
    const run = await notify({ ...api(), channel: '#deploys', status: 'started', ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('abcsecret123');
    expect(run.outputs).toEqual({});
    expect(slack.requests).toEqual([]);
  });
});
