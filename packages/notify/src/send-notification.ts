import { CancelledError, errorMessage, type Logger, retry, sleep as realSleep } from '@slipway/kit';
import { fetchPost, type HttpPost } from './http-post';
import { SlackError, SlackTransientError } from './slack-error';
import type { SlackMessage } from './slack-message';
import { callWebApi, postToWebhook } from './slack-transports';

/** Where a message goes: an incoming webhook, or a channel through the Web API with a bot token. */
export type Target =
  | { kind: 'webhook'; url: string }
  | { kind: 'web-api'; apiUrl: string; token: string; channel: string; updateTs?: string; threadTs?: string };

export interface SendOptions {
  /** Overall budget for every attempt and wait. */
  deadlineMs: number;
  logger: Logger;
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** One request's budget, never beyond what is left of the deadline. */
  requestTimeoutMs?: number;
  post?: HttpPost;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export type SendAction = 'posted' | 'updated' | 'replied';

export interface SendResult {
  ok: boolean;
  transport: 'webhook' | 'web-api';
  action: SendAction;
  /** The channel id Slack answered with (Web API), or the one asked for when it failed. */
  channel: string;
  ts: string;
  /** The thread the next message can reply in: the reply's parent, or this message. */
  threadTs: string;
  /** Slack's error code (invalid_auth, channel_not_found, rate_limited, http_503, …). */
  error: string;
  detail: string;
  attempts: number;
  /** Each wait between attempts, in order. */
  waitsMs: number[];
}

function actionOf(target: Target): SendAction {
  if (target.kind === 'web-api' && target.updateTs) return 'updated';
  if (target.kind === 'web-api' && target.threadTs) return 'replied';
  return 'posted';
}

/**
 * Sends one message, retrying 429 (after Retry-After), 5xx and network failures with full-jitter
 * backoff inside the deadline. Never throws for Slack's answers: the result says ok or which
 * error; only a cancellation is thrown.
 */
export async function sendNotification(
  message: SlackMessage,
  target: Target,
  options: SendOptions,
): Promise<SendResult> {
  const now = options.now ?? Date.now;
  const post = options.post ?? fetchPost;
  const sleep = options.sleep ?? realSleep;
  const started = now();
  const action = actionOf(target);
  const waitsMs: number[] = [];
  let attempts = 0;
  const base: SendResult = {
    ok: false,
    transport: target.kind,
    action,
    channel: target.kind === 'web-api' ? target.channel : '',
    ts: '',
    threadTs: '',
    error: '',
    detail: '',
    attempts: 0,
    waitsMs,
  };
  const attempt = async () => {
    attempts++;
    const left = options.deadlineMs - (now() - started);
    const request = {
      post,
      signal: options.signal,
      timeoutMs: Math.max(1000, Math.min(options.requestTimeoutMs ?? 10_000, left)),
    };
    if (target.kind === 'webhook') {
      await postToWebhook(target.url, message, request);
      return { channel: '', ts: '' };
    }
    if (target.updateTs) {
      return callWebApi(
        target.apiUrl,
        'chat.update',
        target.token,
        { ...message, channel: target.channel, ts: target.updateTs },
        request,
      );
    }
    const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
    return callWebApi(
      target.apiUrl,
      'chat.postMessage',
      target.token,
      { ...message, channel: target.channel, ...thread },
      request,
    );
  };
  try {
    const sent = await retry(attempt, {
      attempts: options.attempts ?? 5,
      deadlineMs: options.deadlineMs,
      baseDelayMs: options.baseDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 8000,
      signal: options.signal,
      now,
      random: options.random,
      sleep,
      onRetry: ({ attempt: n, delayMs, error }) => {
        waitsMs.push(delayMs);
        const code = error instanceof SlackTransientError ? error.code : 'error';
        options.logger.info(`Slack: attempt ${n} failed (${code}: ${errorMessage(error)}); retrying in ${delayMs}ms`);
      },
    });
    const threadTs = target.kind === 'web-api' ? (target.threadTs ?? target.updateTs ?? sent.ts) : '';
    return { ...base, ok: true, channel: sent.channel || base.channel, ts: sent.ts, threadTs, attempts };
  } catch (error) {
    if (options.signal?.aborted || error instanceof CancelledError) throw error;
    const code = error instanceof SlackError || error instanceof SlackTransientError ? error.code : 'internal';
    return { ...base, error: code, detail: errorMessage(error), attempts };
  }
}
