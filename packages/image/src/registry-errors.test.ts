import { describe, expect, it } from '@jest/globals';
import { ConfigError, TransientError } from '@slipway/kit';
import { classifyPushFailure, isTransientStatus, statusError } from './registry-errors';

describe('retry classification', () => {
  it.each<[string, boolean, number | undefined]>([
    ['received unexpected HTTP status: 503 Service Unavailable', true, 503],
    ['error parsing HTTP 502 response body', true, 502],
    [
      'unexpected status from PUT request to http://127.0.0.1:5000/v2/app/manifests/1: 500 Internal Server Error',
      true,
      500,
    ],
    ['toomanyrequests: You have reached your pull rate limit', true, 429],
    [
      'Put "http://127.0.0.1:5000/v2/": read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer',
      true,
      undefined,
    ],
    ['Get "https://127.0.0.1:5001/v2/": dial tcp 127.0.0.1:5001: connect: connection refused', true, undefined],
    ['net/http: TLS handshake timeout', true, undefined],
    ['unauthorized: authentication required', false, 401],
    ['no basic auth credentials', false, 401],
    ['denied: requested access to the resource is denied', false, 403],
    ['unexpected status from HEAD request to https://r/v2/x/blobs/sha256:1: 401 Unauthorized', false, 401],
    ['invalid reference format', false, undefined],
    ['manifest invalid: manifest invalid', false, undefined],
  ])('%s → transient %s, status %s', (text, transient, status) => {
    const result = classifyPushFailure(`The push refers to repository [127.0.0.1:5000/app]\n${text}\n`);
    expect(result.transient).toBe(transient);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(text);
  });

  it('statuses: 5xx, 429 and 408 transient; 401/403 a ConfigError naming registry and status', () => {
    expect([500, 502, 503, 504, 429, 408].every(isTransientStatus)).toBe(true);
    expect([400, 401, 403, 404].some(isTransientStatus)).toBe(false);
    const e503 = statusError('127.0.0.1:5000', 503, 'Manifest lookup', 2000);
    expect(e503).toBeInstanceOf(TransientError);
    expect((e503 as TransientError).retryAfterMs).toBe(2000);
    const e401 = statusError('127.0.0.1:5001', 401, 'Manifest lookup');
    expect(e401).toBeInstanceOf(ConfigError);
    expect(e401.message).toBe(
      'Manifest lookup at 127.0.0.1:5001 failed: HTTP 401 Unauthorized: check the credentials for 127.0.0.1:5001 (username/password or docker-config)',
    );
  });
});
