import { describe, expect, it } from '@jest/globals';
import type { CheckResult } from '@slipway/smoke';
import { resolveSmokeBaseUrl, smokeAnswer } from './smoke-checks';

const context = { canary: 'web-canary', stable: 'web', namespace: 'prod', intervalMs: 30_000 };

function result(overrides: Partial<CheckResult>): CheckResult {
  return {
    name: 'GET /health',
    method: 'GET',
    url: 'http://x/health',
    passed: false,
    attempts: 1,
    status: undefined,
    latency: undefined,
    samplesMs: [],
    mismatches: [],
    error: undefined,
    bodySnippet: undefined,
    durationMs: 1,
    ...overrides,
  };
}

describe('resolveSmokeBaseUrl', () => {
  it('fills in the canary Service and namespace', () => {
    expect(resolveSmokeBaseUrl('http://{{ canary }}.{{namespace}}.svc:8080', context)).toBe(
      'http://web-canary.prod.svc:8080',
    );
  });

  it('rejects an unknown placeholder with the one-line input error', () => {
    expect(() => resolveSmokeBaseUrl('http://{{ host }}/', context)).toThrow(
      /^Input 'smoke-base-url': expected placeholders among .*, got "\{\{ host \}\}"$/,
    );
  });
});

describe('smokeAnswer', () => {
  it('words a mismatch as expected vs actual', () => {
    const answer = smokeAnswer(
      result({ status: 500, mismatches: [{ what: 'status', expected: '2xx', actual: '500' }] }),
    );
    expect(answer).toEqual({ name: 'GET /health', passed: false, status: 500, expected: 'status 2xx', actual: '500' });
  });

  it('words a network error as the actual', () => {
    expect(smokeAnswer(result({ error: 'connection refused' }))).toMatchObject({
      passed: false,
      status: undefined,
      actual: 'connection refused',
    });
  });
});
