import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubFake } from '../support/github-fake';
import { runAction } from '../support/run-action';
import { fixtureRepo, scannerPath } from '../support/scanners';
import { withScanners } from '../support/with-scanners';

jest.setTimeout(60_000);
const github = new GitHubFake();
beforeAll(async () => {
  await github.start();
}, 60_000);
afterAll(() => github.stop());

const maybe = withScanners('shellcheck');
const SHA = 'a'.repeat(40);
const runner = (token: string) => ({
  env: {
    PATH: scannerPath(),
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/pull/7/merge',
  },
  inputs: { scanners: 'shellcheck', upload: 'true', token },
});

describe('upload: true against the GitHub API fake (checked against @octokit/openapi)', () => {
  maybe('uploads the merged SARIF (gzip + base64) for the commit and ref, and sets sarif-id', async () => {
    const { root } = fixtureRepo('shell-bad');
    const { env, inputs } = runner('ghs_write');
    const run = await runAction('lint-scan', { ...inputs, path: root, 'fail-on': 'critical' }, { env });
    expect(github.violations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['sarif-id']).toMatch(/^6c81cd8e-/);
    const upload = github.uploads.at(-1);
    expect(upload).toMatchObject({
      repository: 'acme/shop',
      commitSha: SHA,
      ref: 'refs/pull/7/merge',
      toolName: 'slipway-lint-scan',
    });
    expect(upload?.sarif.runs.map((r) => r.automationDetails?.id)).toEqual(['shellcheck/']);
    expect(run.stdout).toContain('::add-mask::ghs_write');
  });

  maybe("degrades on a fork's read-only token (403): a warning, annotations and summary, no failure", async () => {
    const { root } = fixtureRepo('shell-bad');
    const before = github.uploads.length;
    const { env, inputs } = runner('ghs_fork_read_only');
    const run = await runAction('lint-scan', { ...inputs, path: root, 'fail-on': 'critical' }, { env });
    expect(github.violations).toEqual([]);
    expect(github.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/repos/acme/shop/code-scanning/sarifs',
      status: 403,
    });
    expect(github.uploads.length).toBe(before);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['sarif-id']).toBe('');
    expect(run.stdout).toContain(
      '::warning::GitHub refused the SARIF upload (403: Resource not accessible by integration); the token needs security-events: write',
    );
    expect(run.stdout.match(/^::warning title=shellcheck/gm)).toHaveLength(2);
    expect(run.summary).toContain('### shellcheck');
  });

  maybe('retries a 503 and then uploads', async () => {
    const { root } = fixtureRepo('shell-clean');
    github.unavailableTimes = 1;
    const before = github.uploads.length;
    const { env, inputs } = runner('ghs_write');
    const run = await runAction('lint-scan', { ...inputs, path: root }, { env });
    expect(run.exitCode).toBe(0);
    expect(github.uploads.length).toBe(before + 1);
    const uploads = github.requests.filter((r) => r.operationId === 'code-scanning/upload-sarif');
    expect(uploads.slice(-2).map((r) => r.status)).toEqual([503, 202]);
    expect(github.violations).toEqual([]);
  });

  maybe('polls the processing status: pending, then complete, as GitHub documents', async () => {
    const { root } = fixtureRepo('shell-clean');
    github.processing.push({ processing_status: 'pending' });
    const { env, inputs } = runner('ghs_write');
    const run = await runAction('lint-scan', { ...inputs, path: root }, { env });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const id = run.outputs['sarif-id'] as string;
    expect(github.requests.slice(-2).map((r) => [r.operationId, r.path, r.status])).toEqual([
      ['code-scanning/get-sarif', `/repos/acme/shop/code-scanning/sarifs/${id}`, 200],
      ['code-scanning/get-sarif', `/repos/acme/shop/code-scanning/sarifs/${id}`, 200],
    ]);
    expect(run.stdout).toContain(`Code scanning is processing the SARIF upload ${id}; checking again in 5s`);
    expect(run.stdout).toContain(`Code scanning processed the SARIF upload ${id}`);
    expect(github.violations).toEqual([]);
  });

  maybe("processing failed: one error with GitHub's reasons, exit 1", async () => {
    const { root } = fixtureRepo('shell-clean');
    github.processing.push({ processing_status: 'failed', errors: ['SARIF URI scheme "git" did not match "file"'] });
    const { env, inputs } = runner('ghs_write');
    const run = await runAction('lint-scan', { ...inputs, path: root }, { env });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^::error::Code scanning could not process the SARIF upload 6c81cd8e-\S+: SARIF URI scheme "git" did not match "file"$/,
      ),
    ]);
  });

  maybe("past code scanning's limit of 20 runs per file: one line naming it, nothing sent", async () => {
    const { root } = fixtureRepo('shell-clean');
    const runs = Array.from({ length: 20 }, (_, i) => ({ tool: { driver: { name: `tool${i + 1}` } }, results: [] }));
    writeFileSync(join(root, 'other.sarif'), JSON.stringify({ version: '2.1.0', runs }));
    const count = github.requests.length;
    const { env, inputs } = runner('ghs_write');
    const run = await runAction('lint-scan', { ...inputs, path: root, 'sarif-files': 'other.sarif' }, { env });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "::error title=Configuration error::Input 'upload': the SARIF log has 21 runs, code scanning accepts at most 20 runs per file; nothing was sent (narrow the scanners or the paths)",
    ]);
    expect(github.requests.length).toBe(count);
  });

  it('upload without a token is a bad input: one line, nothing sent', async () => {
    const { root } = fixtureRepo('shell-clean');
    const count = github.requests.length;
    const { env, inputs } = runner('');
    const run = await runAction('lint-scan', { ...inputs, path: root }, { env });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "::error title=Configuration error::Input 'token': expected a token with security-events: write (the input is required with upload: true)",
    ]);
    expect(github.requests.length).toBe(count);
  });
});
