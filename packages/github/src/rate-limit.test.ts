import { describe, expect, it } from '@jest/globals';
import { isRetryableStatus, retryDelayMs } from './rate-limit';

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n] ?? null });
const NOW = 1_700_000_000_000;

describe('retryDelayMs', () => {
  it('honours Retry-After seconds first', () => {
    expect(retryDelayMs(503, headers({ 'retry-after': '7', 'x-ratelimit-reset': '1' }), NOW)).toBe(7000);
  });
  it('waits for x-ratelimit-reset when the rate limit is spent', () => {
    const reset = String(NOW / 1000 + 42);
    expect(retryDelayMs(403, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)).toBe(42_000);
    expect(retryDelayMs(429, headers({ 'x-ratelimit-reset': reset }), NOW)).toBe(42_000);
  });
  it('waits a minute on a secondary rate limit that names no time, as GitHub asks', () => {
    const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    expect(retryDelayMs(403, headers({}), NOW, message)).toBe(60_000);
    expect(retryDelayMs(429, headers({}), NOW, message)).toBe(60_000);
    expect(retryDelayMs(403, headers({ 'retry-after': '3' }), NOW, message)).toBe(3000);
  });
  it('says nothing when GitHub did not', () => {
    expect(retryDelayMs(502, headers({}), NOW)).toBeUndefined();
    expect(
      retryDelayMs(500, headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': '99' }), NOW),
    ).toBeUndefined();
  });
});

describe('isRetryableStatus', () => {
  it('retries 5xx, 429 and a 403 whose rate limit is spent; not other refusals', () => {
    expect(isRetryableStatus(502, headers({}))).toBe(true);
    expect(isRetryableStatus(429, headers({}))).toBe(true);
    expect(isRetryableStatus(403, headers({ 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRetryableStatus(403, headers({}))).toBe(false);
    expect(isRetryableStatus(401, headers({}))).toBe(false);
    expect(isRetryableStatus(422, headers({}))).toBe(false);
  });
  it("retries a secondary rate limit: a 403 with Retry-After or in GitHub's words; not a missing permission", () => {
    expect(isRetryableStatus(403, headers({ 'retry-after': '60' }))).toBe(true);
    expect(isRetryableStatus(403, headers({}), 'You have exceeded a secondary rate limit.')).toBe(true);
    expect(isRetryableStatus(403, headers({}), 'Resource not accessible by integration')).toBe(false);
  });
});
