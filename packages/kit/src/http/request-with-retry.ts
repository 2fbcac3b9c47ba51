import { TransientError } from '../errors';
import { parseRetryAfter, retry, type RetryOptions } from '../retry';
import { httpRequest, type HttpRequestOptions, type HttpResponse } from './http-request';
import { isTransientStatus } from './network-error';

/** The one retry policy of the HTTP layer: 3 attempts, full jitter from 500 ms, at most 5 s apart. */
export const HTTP_RETRY: Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs'> = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 5000,
};

class TransientStatus extends TransientError {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`, { retryAfterMs: parseRetryAfter(response.header('retry-after')) });
  }
}

/**
 * httpRequest, tried again on network failures, timeouts and transient statuses (5xx, 429, 408;
 * Retry-After honoured). The last answer is returned as it is, whatever its status, so the caller
 * words it; only a failure to get any answer throws.
 */
export async function requestWithRetry(
  url: string | URL,
  options: HttpRequestOptions = {},
  policy: Omit<RetryOptions, 'signal'> = {},
): Promise<HttpResponse> {
  try {
    return await retry(
      async () => {
        const response = await httpRequest(url, options);
        if (isTransientStatus(response.status)) throw new TransientStatus(response);
        return response;
      },
      { ...HTTP_RETRY, ...policy, signal: options.signal },
    );
  } catch (error) {
    if (error instanceof TransientStatus) return error.response;
    throw error;
  }
}
