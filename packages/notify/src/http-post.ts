import { httpRequest } from '@slipway/kit';

export interface HttpReply {
  status: number;
  body: string;
  header(name: string): string | null;
}

export interface HttpPostInit {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** One POST; throws on network failure or timeout. Injected in tests. */
export type HttpPost = (url: string, init: HttpPostInit) => Promise<HttpReply>;

/** Replies are short JSON or text; a larger one is cut (a broken proxy must not flood us). */
const MAX_REPLY_BYTES = 64 * 1024;

/**
 * kit's HTTP layer: the runner's proxy variables are honoured. Redirects are not followed (a
 * secret URL must not wander). The error names only the origin, never the secret path.
 */
export const fetchPost: HttpPost = async (url, init) => {
  const target = new URL(url);
  const response = await httpRequest(target, {
    method: 'POST',
    headers: init.headers,
    body: init.body,
    timeoutMs: init.timeoutMs,
    signal: init.signal,
    maxBodyBytes: MAX_REPLY_BYTES,
    what: `POST to Slack (${target.origin})`,
  });
  return { status: response.status, body: response.text(), header: (name) => response.header(name) ?? null };
};
