import { readFileSync } from 'node:fs';
import { ConfigError, InputReader, inputError, maskSecret } from '@slipway/kit';
import {
  composeMessage,
  normalizeStatus,
  readGithubContext,
  STATUS_WORDS,
  type SlackMessage,
  type Status,
  type Target,
} from '@slipway/notify';

export interface NotifyInputs {
  target: Target;
  message: SlackMessage;
  status: Status | undefined;
  deadlineMs: number;
  failOnError: boolean;
}

const CHANNEL = /^(?:#[a-z0-9][a-z0-9._-]{0,79}|[CDG][A-Z0-9]{2,})$/;
const CHANNEL_TEXT = 'a channel ID such as "C0123ABCD" or a #name such as "#deploys"';
const TS = /^\d{9,12}\.\d{6}$/;
const TS_TEXT = 'a Slack message ts such as "1700000000.000100"';
const MENTION = /^(?:[UWS][A-Z0-9]{2,}|here|channel)$/;

type Env = Record<string, string | undefined>;

/** Every input read once, typed and validated, and the message composed, before anything is sent. */
export async function readInputs(reader: InputReader, env: Env = process.env, now = Date.now()): Promise<NotifyInputs> {
  const webhookUrl = reader.secret('webhook-url');
  const token = reader.secret('token', { token: true });
  maskSecret(webhookUrl);
  maskSecret(token);
  if (token) maskSecret(`Bearer ${token}`);
  if (webhookUrl && token) throw new ConfigError(`Input 'token': expected either 'webhook-url' or 'token', not both`);
  if (!webhookUrl && !token)
    throw new ConfigError(
      `Input 'webhook-url': expected an incoming webhook URL, or a bot 'token' with 'channel', got nothing`,
    );
  if (webhookUrl) checkWebhookUrl(webhookUrl);

  const channel = reader.string('channel', { pattern: CHANNEL, expected: CHANNEL_TEXT });
  const routes = readRoutes(reader);
  const statusWord = reader.string('status');
  const status = statusWord === undefined ? undefined : normalizeStatus(statusWord);
  if (statusWord !== undefined && !status) throw inputError('status', `one of ${STATUS_WORDS.join(', ')}`, statusWord);
  const environment = reader.string('environment');
  const environmentUrl = reader.url('environment-url')?.href;
  const startedAt = readStartedAt(reader);
  const fields = reader.keyValues('fields');
  const text = reader.string('text');
  const mentions = reader.list('mention-on-failure', {
    item: MENTION,
    expected: 'Slack user or group ids such as "U0123ABCD" or "S0123ABCD" (or here, channel)',
  });
  const updateTs = reader.string('update-ts', { pattern: TS, expected: TS_TEXT });
  const threadTs = reader.string('thread-ts', { pattern: TS, expected: TS_TEXT });
  const apiUrl = reader.url('slack-api-url') ?? new URL('https://slack.com/api');
  const deadlineMs = reader.duration('timeout', { default: 30_000, min: 1000, max: 600_000 });
  const failOnError = reader.bool('fail-on-error', { default: false });
  const payload = readPayload(reader);

  if (updateTs && threadTs)
    throw new ConfigError(`Input 'thread-ts': expected either 'update-ts' or 'thread-ts', not both`);
  if (webhookUrl) {
    const tokenOnly = (['channel', 'channel-by-status', 'update-ts', 'thread-ts'] as const).find((name) =>
      name === 'channel-by-status' ? Object.keys(routes).length > 0 : reader.raw(name),
    );
    if (tokenOnly)
      throw new ConfigError(
        `Input '${tokenOnly}': works only with 'token' (an incoming webhook posts to its own channel)`,
      );
  }
  if (!payload && !status)
    throw inputError('status', `one of ${STATUS_WORDS.join(', ')} (the input is required without 'payload')`);

  const facts = {
    status,
    github: readGithubContext(env),
    environment,
    environmentUrl,
    durationMs: startedAt === undefined ? undefined : Math.max(0, now - startedAt),
    fields,
    text,
    mentions,
  };
  const composed = await composeMessage({ facts, payload, env });
  const base = { message: composed.message, status, deadlineMs, failOnError };
  if (webhookUrl) return { ...base, target: { kind: 'webhook', url: webhookUrl } };

  // A new message follows the routing; an update or a reply stays where its message is.
  const routed = status && !updateTs && !threadTs ? routes[status] : undefined;
  const to = routed ?? channel ?? composed.channel;
  if (!to) throw inputError('channel', `${CHANNEL_TEXT} (needed with 'token')`);
  return {
    ...base,
    target: { kind: 'web-api', apiUrl: apiUrl.href, token: token as string, channel: to, updateTs, threadTs },
  };
}

function checkWebhookUrl(raw: string): void {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['https:', 'http:'].includes(url.protocol))
    throw inputError('webhook-url', 'an absolute https URL such as https://hooks.slack.com/services/…', raw, true);
  // The secret is the path: mask it alone too, as it may show up without the host.
  if (url.pathname.length > 8) maskSecret(url.pathname);
}

function readRoutes(reader: InputReader): Partial<Record<Status, string>> {
  const routes: Partial<Record<Status, string>> = {};
  for (const [word, to] of Object.entries(reader.keyValues('channel-by-status'))) {
    const status = normalizeStatus(word);
    if (!status)
      throw inputError(
        'channel-by-status',
        `status=channel lines whose status is one of ${STATUS_WORDS.join(', ')}`,
        word,
      );
    if (!CHANNEL.test(to)) throw inputError('channel-by-status', `${CHANNEL_TEXT} after "${word}="`, to);
    routes[status] = to;
  }
  return routes;
}

function readStartedAt(reader: InputReader): number | undefined {
  const raw = reader.string('started-at');
  if (raw === undefined) return undefined;
  const ms = /^\d{9,12}(?:\.\d+)?$/.test(raw)
    ? Number(raw) * 1000
    : /^\d{4}-\d\d-\d\dT/.test(raw)
      ? Date.parse(raw)
      : NaN;
  if (!Number.isFinite(ms))
    throw inputError(
      'started-at',
      'Unix seconds such as "1700000000" or an ISO 8601 time such as "2026-05-01T12:00:00Z"',
      raw,
    );
  return ms;
}

function readPayload(reader: InputReader): { text: string; where: string } | undefined {
  const inline = reader.raw('payload');
  const file = reader.path('payload-file');
  if (inline && file)
    throw new ConfigError(`Input 'payload-file': expected either 'payload' or 'payload-file', not both`);
  if (inline) return { text: inline, where: `Input 'payload'` };
  if (!file) return undefined;
  try {
    return { text: readFileSync(file, 'utf8'), where: `Input 'payload-file' (${file})` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`Input 'payload-file': expected a readable JSON or YAML file, got "${file}" (${code})`);
  }
}
