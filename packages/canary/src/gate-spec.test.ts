import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { GATE_TIMEOUT_MS, parseGates } from './gate-spec';
import { headerSecrets } from './http-spec';

describe('parseGates', () => {
  it('reads every key, with defaults by type', () => {
    const [pre, approve, notify] = parseGates([
      {
        name: 'load',
        type: 'pre-rollout',
        url: 'http://tester.{{ namespace }}.svc/run?target={{ canary }}',
        headers: { Authorization: 'Bearer s3cret' },
        timeout: '30s',
        expect: { status: [200, '2xx'] },
        metadata: { cmd: 'hey -z 1m', n: 3 },
      },
      {
        name: 'approve',
        type: 'confirm-promotion',
        url: 'https://gate.example/ok',
        method: 'get',
        expect: { json: { '$.approved': true } },
      },
      { type: 'post-rollout', url: 'https://hooks.example/done', timeout: 5 },
    ]);
    expect(pre).toEqual({
      name: 'load',
      type: 'pre-rollout',
      url: 'http://tester.{{ namespace }}.svc/run?target={{ canary }}',
      method: 'POST',
      headers: { Authorization: 'Bearer s3cret' },
      timeoutMs: 30_000,
      expect: expect.objectContaining({
        status: [
          { from: 200, to: 200, text: '200' },
          { from: 200, to: 299, text: '2xx' },
        ],
      }),
      onFailure: 'abort',
      metadata: { cmd: 'hey -z 1m', n: '3' },
    });
    expect(approve).toMatchObject({ method: 'GET', onFailure: 'pause', timeoutMs: GATE_TIMEOUT_MS });
    expect(approve?.expect.json).toEqual({ '$.approved': true });
    expect(notify).toMatchObject({ name: 'gate-3', onFailure: 'warn', timeoutMs: 5000 });
    expect(notify?.expect.status).toEqual([{ from: 200, to: 299, text: '2xx' }]);
    expect(headerSecrets([pre!])).toEqual(['Bearer s3cret', 's3cret']);
  });

  it.each([
    [{ type: 'rollout' }, 'an http(s) "url" for gate "gate-1"'],
    [
      { type: 'confirm-rollout', url: 'http://a' },
      `a "type" among pre-rollout, rollout, confirm-promotion, post-rollout, on-rollback`,
    ],
    [{ type: 'rollout', url: 'ftp://a' }, 'an http(s) "url"'],
    [{ type: 'rollout', url: 'http://{{ service }}' }, 'placeholders among'],
    [
      { type: 'rollout', url: 'http://a', timeout: 'soon' },
      `a "timeout" from 100ms to 10m such as "10s" for gate "gate-1", got "soon"`,
    ],
    [
      { type: 'rollout', url: 'http://a', 'on-failure': 'retry' },
      `"on-failure" of abort or pause for gate "gate-1", got "retry"`,
    ],
    [{ type: 'on-rollback', url: 'http://a', 'on-failure': 'pause' }, 'only warns'],
    [{ type: 'rollout', url: 'http://a', expect: { 'max-latency': '1s' } }, 'no "expect.max-latency"'],
    [{ type: 'rollout', url: 'http://a', method: 'TRACE' }, 'a "method" among'],
    [{ type: 'rollout', url: 'http://a', retries: 3 }, 'gate keys among'],
    [{ type: 'rollout', url: 'http://a', headers: { 'Bad Name': 'x' } }, 'header names'],
  ])('refuses %j with one line naming the input', (gate, message) => {
    expect(() => parseGates([gate])).toThrow(ConfigError);
    const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(() => parseGates([gate])).toThrow(new RegExp(`^Input 'gates': expected [^\\n]*${escaped}[^\\n]*$`));
  });

  it('never shows a header value in an error', () => {
    const bad = () => parseGates([{ type: 'rollout', url: 'http://a', headers: { Authorization: 'tok\nen' } }]);
    expect(bad).toThrow('a one-line value for header "Authorization"');
    expect(bad).not.toThrow(/tok/);
  });

  it('refuses a list that is not one, and duplicate names', () => {
    expect(() => parseGates({ type: 'rollout' })).toThrow('a YAML list of gates');
    const twice = [
      { name: 'a', type: 'rollout', url: 'http://a' },
      { name: 'a', type: 'rollout', url: 'http://b' },
    ];
    expect(() => parseGates(twice)).toThrow('unique gate names');
    expect(parseGates(undefined)).toEqual([]);
  });

  it("takes the smoke checks' expect format, naming the gate in its errors", () => {
    const bad = (expect: unknown) => () => parseGates([{ name: 'ok', type: 'rollout', url: 'http://a', expect }]);
    expect(bad({ status: 99 })).toThrow(`Input 'gates': gate "ok": 'expect.status' expected a code`);
    expect(bad({ json: { 'a..b': 1 } })).toThrow(`Input 'gates': gate "ok": 'expect.json' expected JSON paths`);
    expect(bad({ equals: 1 })).toThrow(`Input 'gates': gate "ok": unknown key 'expect.equals'`);
  });
});
