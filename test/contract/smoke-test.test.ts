import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runAction } from '../support/run-action';
import { json, TestServer } from '../support/test-server';

const server = new TestServer();
beforeAll(async () => {
  await server
    .route('/health', (_req, res) => json(res, 200, { status: 'ok', version: '1.4.0' }))
    .route('/echo-auth', (req, res) => json(res, 500, { got: req.headers['authorization'] }))
    .route('/slow', (_req, res) => void setTimeout(() => json(res, 200, {}), 30_000))
    .start();
});
afterAll(() => server.stop());

const HEALTH = '- name: health\n  path: /health\n  expect:\n    json: {"$.version": "1.4.0"}';

describe('dist/smoke-test run as the runner runs it (Node 24)', () => {
  it('passes, sets every output, writes the report and one summary row per check', async () => {
    const run = await runAction('smoke-test', {
      checks: `${HEALTH}\n- path: /health\n  repeat: 5`,
      'base-url': server.url,
    });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: 'true', 'failed-count': '0' });
    const report = JSON.parse(readFileSync(run.outputs['report'] as string, 'utf8'));
    // A whole number of milliseconds, the report's own p95 (an empty output must not pass).
    expect(run.outputs['p95-ms']).toMatch(/^\d+$/);
    expect(run.outputs['p95-ms']).toBe(String(report.p95Ms));
    expect(report).toMatchObject({ passed: true, total: 2, failed: 0 });
    expect(report.checks[1].samplesMs).toHaveLength(5);
    expect(run.summary).toContain('Smoke test: ✅ all passed');
    expect(run.summary.match(/^\| .*✅ pass/gm)).toHaveLength(2);
    expect(run.summary).toMatch(/p50 \d+ms · p95 \d+ms · max \d+ms/);
  });

  it('fails with one error line and expected-versus-actual in the summary', async () => {
    const run = await runAction('smoke-test', {
      checks: '- name: wrong version\n  path: /health\n  expect:\n    json: {"$.version": "2.0.0"}',
      'base-url': server.url,
      timeout: '1s',
      interval: '50ms',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['::error::1 of 1 smoke checks failed: wrong version']);
    expect(run.outputs).toMatchObject({ passed: 'false', 'failed-count': '1' });
    expect(run.summary).toContain('❌ 1 of 1 failed');
    expect(run.summary).toContain('json $.version: expected <code>"2.0.0"</code>, got <code>"1.4.0"</code>');
  });

  it('with fail-on-error false, reports the failure in outputs and succeeds', async () => {
    const run = await runAction('smoke-test', {
      checks: '- path: /missing',
      'base-url': server.url,
      timeout: '1s',
      'fail-on-error': 'false',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'false', 'failed-count': '1' });
    expect(run.stdout).toContain('::warning::1 of 1 smoke checks failed');
  });

  it('reads checks from checks-file', async () => {
    const file = join(repoRoot, 'test', 'fixtures', 'smoke', 'checks.yml');
    const run = await runAction('smoke-test', { 'checks-file': file, 'base-url': server.url });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['passed']).toBe('true');
  });

  it('masks secret header values and keeps them out of the log, summary and report', async () => {
    const secret = 'Bearer tok-9f8e7d6c5b4a';
    const run = await runAction('smoke-test', {
      checks: '- path: /echo-auth',
      'base-url': server.url,
      headers: `Authorization: ${secret}`,
      timeout: '1s',
    });
    expect(server.requests.some((r) => r.headers['authorization'] === secret)).toBe(true);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    expect(run.stdout).toContain(`::add-mask::${Buffer.from(secret).toString('base64')}`);
    const outside = (text: string) => text.replace(/^::add-mask::.*$/gm, '');
    expect(outside(run.stdout)).not.toContain('tok-9f8e7d6c5b4a');
    expect(run.summary).not.toContain('tok-9f8e7d6c5b4a');
    const report = readFileSync(run.outputs['report'] as string, 'utf8');
    expect(report).toContain('***');
    expect(report).not.toContain('tok-9f8e7d6c5b4a');
  });

  it('stops on SIGINT, reports the cancellation and still writes its outputs', async () => {
    const run = await runAction(
      'smoke-test',
      { checks: '- path: /slow\n  timeout: 1m', 'base-url': server.url, timeout: '5m' },
      { signalAfterMs: 1500 },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['::error title=Cancelled::Cancelled by SIGINT']);
    expect(run.outputs['passed']).toBe('false');
  });
});

describe('bad input: one line naming the input, exit code 1, no request sent', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'checks missing',
      { checks: '' },
      /^::error title=Configuration error::Input 'checks': expected a YAML list of checks/,
    ],
    ['checks not YAML', { checks: '- path: /a\n  expect: [' }, /Input 'checks': expected valid YAML \(line \d+\)/],
    ['checks not a list', { checks: 'path: /a' }, /Input 'checks': expected a non-empty YAML list of checks/],
    [
      'unknown key in a check',
      { checks: '- path: /a\n  expct: {status: 200}' },
      /Input 'checks': check 1: unknown key 'expct'/,
    ],
    ['unknown key in expect', { checks: '- path: /a\n  expect: {code: 200}' }, /check 1: unknown key 'expect.code'/],
    [
      'regex that does not compile',
      { checks: '- path: /a\n  expect: {body-matches: "(unclosed"}' },
      /'expect.body-matches' expected a valid regular expression/,
    ],
    ['bad status', { checks: '- path: /a\n  expect: {status: 7xx}' }, /'expect.status' expected a code, a range/],
    ['bad method', { checks: '- path: /a\n  method: FETCH' }, /'method' expected one of GET/],
    ['path without base-url', { checks: '- path: /a', 'base-url': '' }, /'path' needs the input 'base-url'/],
    [
      'both checks and checks-file',
      { checks: '- path: /a', 'checks-file': 'x.yml' },
      /Input 'checks-file': expected either 'checks' or 'checks-file'/,
    ],
    [
      'checks-file missing',
      { checks: '', 'checks-file': '/nope/checks.yml' },
      /Input 'checks-file': expected a readable YAML file, got "\/nope\/checks.yml" \(ENOENT\)/,
    ],
    [
      'base-url not a URL',
      { 'base-url': 'localhost:8080' },
      /Input 'base-url': expected an absolute http or https URL, got "localhost:8080"/,
    ],
    [
      'base-url wrong scheme',
      { 'base-url': 'ftp://127.0.0.1/' },
      /Input 'base-url': expected an absolute http or https URL/,
    ],
    [
      'timeout not a duration',
      { timeout: 'soon' },
      /Input 'timeout': expected a duration such as "90s", "2m" or "500ms" from 1s to 6h, got "soon"/,
    ],
    ['timeout negative', { timeout: '-5s' }, /Input 'timeout': expected a duration/],
    ['timeout absurd', { timeout: '1000h' }, /Input 'timeout': expected a duration .* from 1s to 6h, got "1000h"/],
    ['interval zero', { interval: '0s' }, /Input 'interval': expected a duration/],
    ['max-interval word', { 'max-interval': 'long' }, /Input 'max-interval': expected a duration/],
    ['request-timeout bad', { 'request-timeout': '10 seconds' }, /Input 'request-timeout': expected a duration/],
    [
      'concurrency not an integer',
      { concurrency: 'many' },
      /Input 'concurrency': expected an integer from 1 to 256, got "many"/,
    ],
    ['concurrency zero', { concurrency: '0' }, /Input 'concurrency': expected an integer from 1 to 256, got "0"/],
    ['concurrency absurd', { concurrency: '100000' }, /Input 'concurrency': expected an integer from 1 to 256/],
    [
      'insecure-tls not a boolean',
      { 'insecure-tls': 'maybe' },
      /Input 'insecure-tls': expected true or false, got "maybe"/,
    ],
    ['fail-on-error not a boolean', { 'fail-on-error': 'sometimes' }, /Input 'fail-on-error': expected true or false/],
    [
      'headers not a map (value not shown)',
      { headers: '- Bearer abc123secret' },
      /Input 'headers': expected a YAML map of header names to values .*\(value not shown\)$/,
    ],
    ['header name invalid', { headers: 'Bad Name: x' }, /Input 'headers': expected HTTP header names, got "Bad Name"/],
  ];

  it.each(cases)('%s', async (_label, inputs, message) => {
    const before = server.requests.length;
    const run = await runAction('smoke-test', { checks: '- path: /health', 'base-url': server.url, ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('abc123secret');
    expect(run.outputs).toEqual({});
    expect(server.requests.length).toBe(before);
  });
});
