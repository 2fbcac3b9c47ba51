import { describe, it, expect } from '@jest/globals';
import type { CheckResult, RunReport } from './check-result';
import { smokeSummary } from './smoke-summary';

const HEADER = '| Check | Result | Attempts | Status | Latency | Details |\n| --- | --- | --- | --- | --- | --- |';

function check(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    name: 'health',
    method: 'GET',
    url: 'https://api.example.test/health',
    passed: true,
    attempts: 1,
    status: 200,
    latency: { p50: 12.4, p95: 12.4, max: 12.4 },
    samplesMs: [12.4],
    mismatches: [],
    error: undefined,
    bodySnippet: undefined,
    durationMs: 13,
    ...overrides,
  };
}

function report(checks: CheckResult[], overrides: Partial<RunReport> = {}): RunReport {
  const failed = checks.filter((c) => !c.passed).length;
  return {
    passed: failed === 0,
    cancelled: false,
    total: checks.length,
    failed,
    p95Ms: 12,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 1500,
    checks,
    ...overrides,
  };
}

function render(checks: CheckResult[], overrides: Partial<RunReport> = {}): string {
  return smokeSummary(report(checks, overrides)).render();
}

/** The table rows under the header, one string per check. */
function rows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| ---'));
  return lines.slice(start + 1).filter((l) => l.startsWith('|'));
}

describe('smokeSummary', () => {
  it('renders a passing run: verdict, totals, and one row per check', () => {
    const markdown = render([check(), check({ name: 'ready', url: 'https://api.example.test/ready', status: 204 })]);
    expect(markdown).toBe(
      [
        '## Smoke test: ✅ all passed',
        '',
        '2 checks in 1.5s, p95 12ms.',
        '',
        HEADER,
        '| health (GET https://api.example.test/health) | ✅ pass | 1 | 200 | 12ms |  |',
        '| ready (GET https://api.example.test/ready) | ✅ pass | 1 | 204 | 12ms |  |',
        '',
      ].join('\n'),
    );
  });

  it('counts the failures in the heading and leaves out p95 when there were no samples', () => {
    const markdown = render(
      [
        check(),
        check({
          name: 'down',
          passed: false,
          status: undefined,
          latency: undefined,
          samplesMs: [],
          error: 'connection refused',
        }),
      ],
      { p95Ms: undefined, durationMs: 95_000 },
    );
    expect(markdown.split('\n').slice(0, 3)).toEqual(['## Smoke test: ❌ 1 of 2 failed', '', '2 checks in 1m 35s.']);
  });

  it('has exactly one row per check, in order', () => {
    const checks = Array.from({ length: 25 }, (_, i) => check({ name: `check ${i}`, passed: i % 3 !== 0 }));
    const table = rows(render(checks));
    expect(table).toHaveLength(25);
    expect(table.map((r) => /^\| (check \d+) /.exec(r)?.[1])).toEqual(checks.map((c) => c.name));
  });

  it('shows a failure with expected versus actual and the body snippet', () => {
    const [row] = rows(
      render([
        check({
          name: 'orders',
          url: 'https://api.example.test/orders',
          passed: false,
          attempts: 4,
          status: 500,
          latency: { p50: 80, p95: 80, max: 80 },
          samplesMs: [80],
          mismatches: [
            { what: 'status', expected: '2xx', actual: '500' },
            { what: 'json $.status', expected: '"ok"', actual: '(missing)' },
          ],
          bodySnippet: '{"error":\n  "database down"}\n',
        }),
      ]),
    );
    expect(row).toBe(
      '| orders (GET https://api.example.test/orders) | ❌ fail | 4 | 500 | 80ms | ' +
        'status: expected <code>2xx</code>, got <code>500</code><br>' +
        'json $.status: expected <code>"ok"</code>, got <code>(missing)</code><br>' +
        'body: <code>{"error": "database down"}</code> |',
    );
  });

  it('shows a network error in bold, with a dash for the status and latency it never got', () => {
    const [row] = rows(
      render([
        check({
          passed: false,
          attempts: 7,
          status: undefined,
          latency: undefined,
          samplesMs: [],
          error:
            'TLS certificate rejected (DEPTH_ZERO_SELF_SIGNED_CERT); set insecure-tls: true only for a test endpoint you trust',
        }),
      ]),
    );
    expect(row).toBe(
      '| health (GET https://api.example.test/health) | ❌ fail | 7 | – | – | ' +
        '**TLS certificate rejected (DEPTH_ZERO_SELF_SIGNED_CERT); set insecure-tls: true only for a test endpoint you trust** |',
    );
  });

  it('shows p50, p95 and max for a repeated check, rounded to whole milliseconds', () => {
    const [row] = rows(
      render([check({ latency: { p50: 10.4, p95: 48.6, max: 120.5 }, samplesMs: [10.4, 48.6, 120.5] })]),
    );
    expect(row).toContain('| p50 10ms · p95 49ms · max 121ms |');
  });

  it('shows the latency budget failure of a repeated check', () => {
    const [row] = rows(
      render([
        check({
          passed: false,
          latency: { p50: 100, p95: 400, max: 900 },
          samplesMs: [100, 400, 900],
          mismatches: [{ what: 'p95 latency of 3 samples', expected: '≤ 250ms', actual: '400ms' }],
        }),
      ]),
    );
    expect(row).toBe(
      '| health (GET https://api.example.test/health) | ❌ fail | 1 | 200 | p50 100ms · p95 400ms · max 900ms | ' +
        'p95 latency of 3 samples: expected <code>≤ 250ms</code>, got <code>400ms</code> |',
    );
  });

  it('leaves the details of a passing check empty, even with a body snippet', () => {
    const [row] = rows(render([check({ bodySnippet: 'ignored', error: 'ignored' })]));
    expect(row).toBe('| health (GET https://api.example.test/health) | ✅ pass | 1 | 200 | 12ms |  |');
  });
});

describe('smokeSummary: untrusted text', () => {
  it('escapes pipes, HTML and newlines in a check name so the table keeps its shape', () => {
    const markdown = render([check({ name: 'a | b <script>alert(1)</script>\nsecond line' })]);
    const [row] = rows(markdown);
    expect(row).toBe(
      '| a \\| b &lt;script&gt;alert(1)&lt;/script&gt;<br>second line (GET https://api.example.test/health) | ✅ pass | 1 | 200 | 12ms |  |',
    );
    expect(markdown).not.toContain('<script>');
    expect(rows(markdown)).toHaveLength(1);
  });

  it('escapes pipes, HTML and newlines in mismatches, errors and body snippets', () => {
    const markdown = render([
      check({
        name: 'x',
        passed: false,
        mismatches: [{ what: 'json $["a|b"]', expected: '"<b>|</b>"', actual: '"x\ny"' }],
        error: 'boom | <img src=x onerror=alert(1)>\nmore',
        bodySnippet: '<script>steal()</script>\n| a | b |\r\n& done',
      }),
    ]);
    const [row] = rows(markdown);
    expect(row).toBe(
      '| x (GET https://api.example.test/health) | ❌ fail | 1 | 200 | 12ms | ' +
        '**boom \\| &lt;img src=x onerror=alert(1)&gt;<br>more**<br>' +
        'json $["a\\|b"]: expected <code>"&lt;b&gt;\\|&lt;/b&gt;"</code>, got <code>"x<br>y"</code><br>' +
        'body: <code>&lt;script&gt;steal()&lt;/script&gt; \\| a \\| b \\| &amp; done</code> |',
    );
    expect(markdown).not.toMatch(/<(script|img|b)[ >]/);
    expect(rows(markdown)).toHaveLength(1);
  });

  it('escapes the URL cell too', () => {
    const [row] = rows(render([check({ url: 'https://h.test/a?x=<1>|2' })]));
    expect(row).toContain('| health (GET https://h.test/a?x=&lt;1&gt;\\|2) |');
  });
});
