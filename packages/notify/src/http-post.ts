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
const MAX_REPLY_CHARS = 64 * 1024;

/** Node's built-in fetch: nothing to load at start-up. Redirects are refused (a secret URL must not wander). */
export const fetchPost: HttpPost = async (url, init) => {
  const timeout = AbortSignal.timeout(init.timeoutMs);
  const signal = init.signal ? AbortSignal.any([timeout, init.signal]) : timeout;
  const response = await fetch(url, {
    method: 'POST',
    headers: init.headers,
    body: init.body,
    signal,
    redirect: 'error',
  });
  const body = (await response.text()).slice(0, MAX_REPLY_CHARS);
  return { status: response.status, body, header: (name) => response.headers.get(name) };
};
