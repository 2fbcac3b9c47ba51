import { parseRetryAfter } from '@slipway/kit';
import type { HttpPost, HttpReply } from './http-post';
import { errorCode, networkFailure, SlackError, SlackTransientError, TRANSIENT_API_ERRORS } from './slack-error';
import type { SlackMessage } from './slack-message';

export interface RequestOptions {
  post: HttpPost;
  timeoutMs: number;
  signal?: AbortSignal;
}

async function send(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: RequestOptions,
): Promise<HttpReply> {
  try {
    return await options.post(url, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'slipway-slack-notify', ...headers },
      body: JSON.stringify(body),
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw networkFailure(error);
  }
}

function throwIfTransientStatus(reply: HttpReply): void {
  if (reply.status === 429) {
    throw new SlackTransientError('rate_limited', 'rate limited (HTTP 429)', {
      retryAfterMs: parseRetryAfter(reply.header('retry-after')),
    });
  }
  if (reply.status >= 500) {
    const code = errorCode(reply.body, `http_${reply.status}`);
    throw new SlackTransientError(code, `HTTP ${reply.status}`, {
      retryAfterMs: parseRetryAfter(reply.header('retry-after')),
    });
  }
}

/**
 * An incoming webhook: 200 with the text "ok", or a status with a short error word in the body
 * (invalid_payload, no_text, invalid_token, channel_not_found, …).
 */
export async function postToWebhook(url: string, message: SlackMessage, options: RequestOptions): Promise<void> {
  const reply = await send(url, {}, message, options);
  throwIfTransientStatus(reply);
  if (reply.status >= 200 && reply.status < 300) return;
  const code = errorCode(reply.body, `http_${reply.status}`);
  throw new SlackError(code, `incoming webhook answered HTTP ${reply.status}`);
}

export type WebApiMethod = 'chat.postMessage' | 'chat.update';

/**
 * A Web API method: HTTP 200 with `{ ok, error }` JSON; the token as a Bearer header. Returns
 * the message's channel id and ts.
 */
export async function callWebApi(
  apiUrl: string,
  method: WebApiMethod,
  token: string,
  args: Record<string, unknown>,
  options: RequestOptions,
): Promise<{ channel: string; ts: string }> {
  const reply = await send(
    `${apiUrl.replace(/\/+$/, '')}/${method}`,
    { authorization: `Bearer ${token}` },
    args,
    options,
  );
  throwIfTransientStatus(reply);
  let answer: { ok?: unknown; error?: unknown; channel?: unknown; ts?: unknown };
  try {
    answer = JSON.parse(reply.body) as typeof answer;
  } catch {
    if (reply.status !== 200) throw new SlackError(`http_${reply.status}`, `${method} answered HTTP ${reply.status}`);
    throw new SlackTransientError('invalid_response', `${method} answered with something other than JSON`);
  }
  if (answer.ok === true && typeof answer.ts === 'string') {
    return { channel: typeof answer.channel === 'string' ? answer.channel : String(args['channel']), ts: answer.ts };
  }
  const code = errorCode(typeof answer.error === 'string' ? answer.error : '', `http_${reply.status}`);
  if (TRANSIENT_API_ERRORS.has(code)) throw new SlackTransientError(code, `${method} failed`);
  throw new SlackError(code, `${method} failed`);
}
