import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Slack stand-in on 127.0.0.1 speaking the two contracts Slack documents:
 *
 * - Incoming webhooks (POST /services/T…/B…/secret): 200 with the text "ok"; errors as HTTP
 *   status plus a short text word — 400 invalid_payload / no_text / invalid_blocks /
 *   too_many_attachments, 403 invalid_token / action_prohibited, 404 no_service /
 *   channel_not_found, 410 channel_is_archived, 500 rollup_error; 429 with Retry-After.
 * - The Web API (POST /api/chat.postMessage, /api/chat.update): HTTP 200 with `{ ok, error }`
 *   JSON for every refusal (not_authed, invalid_auth, channel_not_found, not_in_channel,
 *   is_archived, message_not_found, thread_not_found, invalid_blocks, msg_too_long, no_text,
 *   invalid_json); `ts` strings like "1700000000.000100"; 429 with Retry-After.
 *
 * Every payload is checked against Block Kit's published limits (≤ 50 blocks, section text
 * ≤ 3000, ≤ 10 fields of ≤ 2000, header plain_text ≤ 150, message text ≤ 40,000, known block
 * types and keys). Messages are recorded, with their updates and thread replies, for tests.
 */

export interface FakeMessage {
  via: 'webhook' | 'web-api';
  channel: string;
  ts: string;
  threadTs?: string;
  text?: string;
  blocks?: Array<Record<string, unknown>>;
  /** Earlier versions, oldest first, when chat.update replaced the content. */
  history: Array<{ text?: string; blocks?: Array<Record<string, unknown>> }>;
}

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Milliseconds since the fake started (performance.now based). */
  at: number;
  status: number;
  answer: string;
}

/** A programmed answer for the next request(s), before any contract logic runs. */
export interface Fault {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Close the connection without answering. */
  reset?: boolean;
}

interface Channel {
  id: string;
  name: string;
  member: boolean;
  archived: boolean;
}

const WEB_API_METHODS = new Set(['chat.postMessage', 'chat.update']);
const TOP_LEVEL_KEYS = new Set([
  'channel',
  'ts',
  'thread_ts',
  'text',
  'blocks',
  'attachments',
  'mrkdwn',
  'parse',
  'link_names',
  'unfurl_links',
  'unfurl_media',
  'username',
  'icon_emoji',
  'icon_url',
  'reply_broadcast',
  'metadata',
  'as_user',
]);
const BLOCK_KEYS: Record<string, string[]> = {
  section: ['text', 'fields', 'accessory', 'expand'],
  header: ['text'],
  divider: [],
  context: ['elements'],
  actions: ['elements'],
  image: ['image_url', 'alt_text', 'title', 'slack_file'],
  rich_text: ['elements'],
  markdown: ['text'],
  video: [
    'alt_text',
    'author_name',
    'description',
    'provider_icon_url',
    'provider_name',
    'title',
    'title_url',
    'thumbnail_url',
    'video_url',
  ],
  file: ['external_id', 'source'],
};

export class SlackFake {
  readonly token = 'xoxb-111-222-fakeTOKENsecret';
  readonly webhookPath = '/services/T0FAKE/B0FAKE/hookSECRETzz1234';
  readonly messages: FakeMessage[] = [];
  readonly requests: FakeRequest[] = [];
  readonly channels: Channel[] = [
    { id: 'C0DEPLOYS', name: 'deploys', member: true, archived: false },
    { id: 'C0INCIDNT', name: 'incidents', member: true, archived: false },
    { id: 'C0NOTMEMB', name: 'elsewhere', member: false, archived: false },
    { id: 'C0ARCHIVD', name: 'old-deploys', member: true, archived: true },
  ];
  /** The channel incoming webhooks post to. */
  webhookChannel = 'C0DEPLOYS';
  url = '';
  private server!: Server;
  private faults: Fault[] = [];
  private persistent: Fault | undefined;
  private clock = 0;
  private readonly started = performance.now();

  get apiUrl(): string {
    return `${this.url}/api`;
  }

  get webhookUrl(): string {
    return `${this.url}${this.webhookPath}`;
  }

  /** Answers the next requests with these, one each, before the contract applies. */
  failNext(...faults: Fault[]): this {
    this.faults.push(...faults);
    return this;
  }

  /** Every request gets this answer until `up()` (Slack down). */
  down(fault: Fault = { status: 503, body: 'service unavailable' }): this {
    this.persistent = fault;
    return this;
  }

  up(): this {
    this.persistent = undefined;
    this.faults = [];
    return this;
  }

  reset(): this {
    this.up();
    this.messages.length = 0;
    this.requests.length = 0;
    return this;
  }

  /** Posts a message as if an earlier run had (for update and thread tests). */
  seed(channel: string, text: string): FakeMessage {
    const message: FakeMessage = { via: 'web-api', channel, ts: this.nextTs(), text, history: [] };
    this.messages.push(message);
    return message;
  }

  replies(ts: string): FakeMessage[] {
    return this.messages.filter((m) => m.threadTs === ts);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextTs(): string {
    this.clock += 1;
    return `${1_700_000_000 + this.clock}.000100`;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const path = (req.url ?? '/').split('?')[0] as string;
    const record: FakeRequest = {
      method: req.method ?? '',
      path,
      headers: req.headers,
      body,
      at: performance.now() - this.started,
      status: 0,
      answer: '',
    };
    this.requests.push(record);
    const reply = (status: number, answer: string, headers: Record<string, string>) => {
      record.status = status;
      record.answer = answer;
      res.writeHead(status, headers).end(answer);
    };
    const fault = this.faults.shift() ?? this.persistent;
    if (fault) {
      if (fault.reset) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      reply(fault.status, fault.body ?? '', { 'content-type': 'text/plain', ...fault.headers });
      return;
    }
    if (path.startsWith('/services/')) {
      const [status, word] = this.webhook(req, path, body);
      reply(status, word, { 'content-type': 'text/html' });
      return;
    }
    if (path.startsWith('/api/')) {
      const answer = this.webApi(req, path.slice('/api/'.length), body);
      reply(200, JSON.stringify(answer), { 'content-type': 'application/json; charset=utf-8' });
      return;
    }
    reply(404, 'not found', { 'content-type': 'text/plain' });
  }

  private webhook(req: IncomingMessage, path: string, body: string): [number, string] {
    if (req.method !== 'POST') return [405, 'invalid_method'];
    const parts = path.split('/');
    if (parts.length !== 5 || !parts[2] || !parts[3]) return [404, 'no_service'];
    if (path !== this.webhookPath) return [403, 'invalid_token'];
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return [400, 'invalid_payload'];
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return [400, 'invalid_payload'];
    const channel = this.channels.find((c) => c.id === this.webhookChannel);
    if (!channel) return [404, 'channel_not_found'];
    if (channel.archived) return [410, 'channel_is_archived'];
    const problem = validateMessage(payload);
    if (problem) return [400, problem.error === 'msg_too_long' ? 'invalid_payload' : problem.error];
    this.messages.push({
      via: 'webhook',
      channel: channel.id,
      ts: this.nextTs(),
      text: payload['text'] as string | undefined,
      blocks: payload['blocks'] as FakeMessage['blocks'],
      history: [],
    });
    return [200, 'ok'];
  }

  private webApi(req: IncomingMessage, method: string, body: string): Record<string, unknown> {
    if (!WEB_API_METHODS.has(method)) return { ok: false, error: 'unknown_method' };
    const auth = req.headers['authorization'];
    if (!auth) return { ok: false, error: 'not_authed' };
    if (auth !== `Bearer ${this.token}`) return { ok: false, error: 'invalid_auth' };
    if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return { ok: false, error: 'invalid_arguments' };
    let args: Record<string, unknown>;
    try {
      args = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return { ok: false, error: 'invalid_json' };
    }
    if (!args || typeof args !== 'object' || Array.isArray(args)) return { ok: false, error: 'invalid_json' };
    const name = typeof args['channel'] === 'string' ? args['channel'].replace(/^#/, '') : '';
    const channel = this.channels.find((c) => c.id === name || c.name === name);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    if (channel.archived) return { ok: false, error: 'is_archived' };
    if (!channel.member) return { ok: false, error: 'not_in_channel' };
    const unknown = Object.keys(args).find((k) => !TOP_LEVEL_KEYS.has(k));
    if (unknown)
      return {
        ok: false,
        error: 'invalid_arguments',
        response_metadata: { messages: [`unknown argument ${unknown}`] },
      };
    const problem = validateMessage(args);
    if (problem) return { ok: false, error: problem.error, response_metadata: { messages: [problem.detail] } };
    const content = { text: args['text'] as string | undefined, blocks: args['blocks'] as FakeMessage['blocks'] };

    if (method === 'chat.update') {
      const message = this.messages.find((m) => m.channel === channel.id && m.ts === args['ts']);
      if (typeof args['ts'] !== 'string' || !message) return { ok: false, error: 'message_not_found' };
      if (message.via === 'webhook') return { ok: false, error: 'cant_update_message' };
      message.history.push({ text: message.text, blocks: message.blocks });
      Object.assign(message, content);
      return { ok: true, channel: channel.id, ts: message.ts, text: message.text ?? '' };
    }
    let threadTs: string | undefined;
    if (args['thread_ts'] !== undefined) {
      const parent = this.messages.find((m) => m.channel === channel.id && m.ts === args['thread_ts']);
      if (!parent) return { ok: false, error: 'thread_not_found' };
      threadTs = parent.threadTs ?? parent.ts;
    }
    const message: FakeMessage = {
      via: 'web-api',
      channel: channel.id,
      ts: this.nextTs(),
      threadTs,
      ...content,
      history: [],
    };
    this.messages.push(message);
    return {
      ok: true,
      channel: channel.id,
      ts: message.ts,
      message: {
        type: 'message',
        text: message.text ?? '',
        ts: message.ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      },
    };
  }
}

type Problem = { error: string; detail: string };

function textObject(value: unknown, pointer: string, max: number, plainOnly = false): Problem | undefined {
  const t = value as { type?: unknown; text?: unknown; emoji?: unknown; verbatim?: unknown };
  const invalid = (detail: string) => ({
    error: 'invalid_blocks',
    detail: `[ERROR] ${detail} [json-pointer:${pointer}]`,
  });
  if (!t || typeof t !== 'object') return invalid('must be a text object');
  if (t.type !== 'plain_text' && t.type !== 'mrkdwn') return invalid('type must be plain_text or mrkdwn');
  if (plainOnly && t.type !== 'plain_text') return invalid('must be plain_text');
  const extra = Object.keys(t).find((k) => !['type', 'text', 'emoji', 'verbatim'].includes(k));
  if (extra) return invalid(`unknown key ${extra}`);
  if (typeof t.text !== 'string' || t.text.length === 0) return invalid('text must be a non-empty string');
  if (t.text.length > max) return invalid(`must be less than ${max + 1} characters`);
  return undefined;
}

/** Checks a message's shape against Slack's published Block Kit limits. */
export function validateMessage(payload: Record<string, unknown>): Problem | undefined {
  const text = payload['text'];
  const blocks = payload['blocks'];
  if (text !== undefined && typeof text !== 'string')
    return { error: 'invalid_arguments', detail: 'text must be a string' };
  if (typeof text === 'string' && text.length > 40_000)
    return { error: 'msg_too_long', detail: 'text over 40,000 characters' };
  if (blocks === undefined) {
    if (!text && !payload['attachments']) return { error: 'no_text', detail: 'no text, blocks or attachments' };
    return undefined;
  }
  const invalid = (detail: string, pointer: string) => ({
    error: 'invalid_blocks',
    detail: `[ERROR] ${detail} [json-pointer:${pointer}]`,
  });
  if (!Array.isArray(blocks)) return invalid('must be an array', '/blocks');
  if (blocks.length === 0 && !text) return { error: 'no_text', detail: 'no text and no blocks' };
  if (blocks.length > 50) return invalid('no more than 50 items allowed', '/blocks');
  for (const [i, raw] of blocks.entries()) {
    const at = `/blocks/${i}`;
    const block = raw as Record<string, unknown>;
    if (!block || typeof block !== 'object' || typeof block['type'] !== 'string') return invalid('must be a block', at);
    const keys = BLOCK_KEYS[block['type']];
    if (!keys) return invalid(`unknown block type ${block['type']}`, `${at}/type`);
    const extra = Object.keys(block).find((k) => k !== 'type' && k !== 'block_id' && !keys.includes(k));
    if (extra) return invalid(`unknown key ${extra}`, at);
    if (block['block_id'] !== undefined && (typeof block['block_id'] !== 'string' || block['block_id'].length > 255))
      return invalid('block_id must be a string of at most 255 characters', `${at}/block_id`);
    let problem: Problem | undefined;
    if (block['type'] === 'section') {
      if (block['text'] === undefined && block['fields'] === undefined)
        return invalid('must provide text or fields', at);
      if (block['text'] !== undefined) problem = textObject(block['text'], `${at}/text`, 3000);
      const fields = block['fields'];
      if (!problem && fields !== undefined) {
        if (!Array.isArray(fields) || fields.length === 0 || fields.length > 10)
          return invalid('fields must hold 1 to 10 items', `${at}/fields`);
        for (const [j, f] of fields.entries()) problem ??= textObject(f, `${at}/fields/${j}`, 2000);
      }
    } else if (block['type'] === 'header') {
      problem = textObject(block['text'], `${at}/text`, 150, true);
    } else if (block['type'] === 'context') {
      const elements = block['elements'];
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
        return invalid('elements must hold 1 to 10 items', `${at}/elements`);
      for (const [j, e] of elements.entries()) {
        if ((e as { type?: unknown })?.type === 'image') continue;
        problem ??= textObject(e, `${at}/elements/${j}`, 3000);
      }
    } else if (block['type'] === 'actions') {
      const elements = block['elements'];
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25)
        return invalid('elements must hold 1 to 25 items', `${at}/elements`);
    } else if (block['type'] === 'image') {
      if (typeof block['alt_text'] !== 'string' || block['alt_text'].length > 2000)
        return invalid('alt_text required', at);
    } else if (block['type'] === 'markdown') {
      if (typeof block['text'] !== 'string' || block['text'].length > 12_000) return invalid('text required', at);
    }
    if (problem) return problem;
  }
  return undefined;
}
