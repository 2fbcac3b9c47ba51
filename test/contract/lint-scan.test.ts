import { describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../support/run-action';
import { fixtureRepo, scannerPath } from '../support/scanners';
import { withScanners } from '../support/with-scanners';

jest.setTimeout(120_000);
const maybe = withScanners('shellcheck');
const env = () => ({ PATH: scannerPath() });

describe('dist/lint-scan run as the runner runs it (Node 24)', () => {
  maybe('fails on shell bugs: annotations, counts, merged SARIF, a summary grouped by tool and severity', async () => {
    const { root } = fixtureRepo('shell-bad');
    const run = await runAction(
      'lint-scan',
      { scanners: 'shellcheck', path: root, 'fail-on': 'warning' },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['passed']).toBe('false');
    expect(JSON.parse(run.outputs['counts'] as string)).toEqual({ shellcheck: { error: 1, warning: 1, note: 5 } });
    expect(run.outputs['failing-count']).toBe('2');
    // Failing findings are errors (most severe first), the rest notices; then the one failure line.
    expect(run.errors).toEqual([
      '::error title=shellcheck%3A SC2045,file=deploy.sh,line=5,endLine=5,col=10::Iterating over ls output is fragile. Use globs. [shellcheck SC2045, error]',
      "::error title=shellcheck%3A SC2164,file=deploy.sh,line=4,endLine=4,col=1::Use 'cd ... || exit' or 'cd ... || return' in case cd fails. [shellcheck SC2164, warning]",
      '::error::2 findings at warning or above: shellcheck',
    ]);
    expect(run.stdout.match(/^::notice /gm)).toHaveLength(5);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif'] as string, 'utf8'));
    expect(sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name)).toEqual(['shellcheck']);
    expect(sarif.runs[0].results).toHaveLength(7);
    expect(run.summary).toContain('Lint and scan: ❌ 2 failing findings at warning or above');
    expect(run.summary).toContain('### shellcheck');
    expect(run.summary).toContain('**note** (5)');
    expect(run.summary).toContain('<code>deploy.sh:5</code> | SC2045');
  });

  maybe('passes with fail-on: critical, still reporting every finding', async () => {
    const { root } = fixtureRepo('shell-bad');
    const run = await runAction(
      'lint-scan',
      { scanners: 'shellcheck', path: root, 'fail-on': 'critical' },
      { env: env() },
    );
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: 'true', 'failing-count': '0' });
    expect(run.stdout.match(/^::warning /gm)).toHaveLength(2);
    expect(run.summary).toContain('✅ passed');
  });

  maybe('writes a baseline, and the next run against it passes', async () => {
    const { root } = fixtureRepo('shell-bad');
    const baseline = join(root, 'baseline.json');
    const first = await runAction(
      'lint-scan',
      { scanners: 'shellcheck', path: root, 'write-baseline': baseline },
      { env: env() },
    );
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).fingerprints).toHaveLength(7);
    const second = await runAction(
      'lint-scan',
      { scanners: 'shellcheck', path: root, baseline, 'fail-on': 'note' },
      { env: env() },
    );
    expect(second.exitCode).toBe(0);
    expect(second.outputs['passed']).toBe('true');
  });
});

describe('only-changed on a pull request event', () => {
  maybe('counts only the finding on a line the pull request changed', async () => {
    const repo = fixtureRepo('shell-bad');
    const base = repo.git(repo.root, 'rev-parse', 'HEAD');
    writeFileSync(join(repo.root, 'new.sh'), '#!/bin/sh\necho $1\n');
    repo.commit('pull request adds a script');
    const event = join(repo.root, '..', `${repo.root.split('/').pop()}-event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base } } }));
    const inputs = { scanners: 'shellcheck', path: repo.root, 'fail-on': 'note', 'only-changed': 'true' };
    const run = await runAction('lint-scan', inputs, { env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failing-count']).toBe('1');
    expect(JSON.parse(run.outputs['counts'] as string)).toEqual({ shellcheck: { error: 1, warning: 1, note: 6 } });
    expect(run.errors[0]).toContain('file=new.sh,line=2');
    expect(run.summary).toContain('Only lines the pull request changed count.');
    expect(run.summary).toContain('unchanged line');
  });
});

describe('bad input: one line naming the input, exit code 1, no scanner run', () => {
  const dir = fixtureRepo('shell-clean').root;
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, 'fingerprints:\n  - abc\n');
  const wrongShape = join(dir, 'wrong-shape.json');
  writeFileSync(wrongShape, JSON.stringify({ version: 1, fingerprints: [{ fingerprint: 'not hex!' }] }));
  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'unknown scanner',
      { scanners: 'shellcheck, trivy' },
      `::error title=Configuration error::Input 'scanners': expected "auto" or a list of actionlint, zizmor, shellcheck, gitleaks, semgrep, eslint, npm-audit, ruff, bandit, hadolint, kubeconform, checkov, osv-scanner, grype, got "trivy"`,
    ],
    [
      'unknown severity',
      { 'fail-on': 'severe' },
      `::error title=Configuration error::Input 'fail-on': expected one of critical, high, medium, low, error, warning, note, got "severe"`,
    ],
    [
      'baseline not JSON',
      { baseline: notJson },
      `::error title=Configuration error::Input 'baseline' (${notJson}): expected a baseline JSON file {"version": 1, "fingerprints": [{"fingerprint": "…"}]}, got text that is not JSON`,
    ],
    [
      'baseline with a bad entry',
      { baseline: wrongShape },
      `::error title=Configuration error::Input 'baseline' (${wrongShape}): expected a baseline JSON file {"version": 1, "fingerprints": [{"fingerprint": "…"}]}, got fingerprints[0] = {"fingerprint":"not hex!"}`,
    ],
    [
      'baseline missing',
      { baseline: '/nope/baseline.json' },
      `::error title=Configuration error::Input 'baseline': expected a readable baseline JSON file, got "/nope/baseline.json" (ENOENT)`,
    ],
    [
      'allow entry without expiry',
      { allow: '- rule: SC2086\n  reason: later' },
      `::error title=Configuration error::Input 'allow': entry 1: expected "expires" as a date YYYY-MM-DD, got null`,
    ],
    [
      'allow entry without reason',
      { allow: '- rule: SC2086\n  expires: 2030-01-01' },
      `::error title=Configuration error::Input 'allow': entry 1: expected a "reason", got none`,
    ],
    [
      'scanners missing',
      { scanners: '' },
      `::error title=Configuration error::Input 'scanners': expected "auto" or a list of actionlint, zizmor, shellcheck, gitleaks, semgrep, eslint, npm-audit, ruff, bandit, hadolint, kubeconform, checkov, osv-scanner, grype (the input is required)`,
    ],
    [
      'missing policy',
      { missing: 'ignore' },
      `::error title=Configuration error::Input 'missing': expected one of skip, fail, got "ignore"`,
    ],
    [
      'npm-registry not a URL',
      { 'npm-registry': 'registry.internal' },
      `::error title=Configuration error::Input 'npm-registry': expected an absolute https or http URL, got "registry.internal"`,
    ],
    [
      'python-index-url of another scheme',
      { 'python-index-url': 'ftp://mirror/simple' },
      `::error title=Configuration error::Input 'python-index-url': expected an absolute https or http URL, got "ftp://mirror/simple"`,
    ],
    [
      'only-changed not a boolean',
      { 'only-changed': 'maybe' },
      `::error title=Configuration error::Input 'only-changed'`,
    ],
    [
      'path a folder that does not exist',
      { path: join(dir, 'nope') },
      `::error title=Configuration error::Input 'path': expected an existing directory to scan, got "${join(dir, 'nope')}"`,
    ],
    [
      'image-ref by tag, not by digest',
      { scanners: 'grype', 'image-ref': 'registry.example/shop:1.2.3' },
      `::error title=Configuration error::Input 'image-ref': expected an image by digest, repo@sha256:<64 hex digits> (build-push's image-ref output), got "registry.example/shop:1.2.3"`,
    ],
    [
      'grype-database that does not exist',
      { scanners: 'grype', 'grype-database': join(dir, 'grype.db') },
      `::error title=Configuration error::Input 'grype-database': expected an existing grype database (vulnerability.db, its archive or directory), got "${join(dir, 'grype.db')}"`,
    ],
    [
      'a sarif-files entry that does not exist',
      { 'sarif-files': 'nope.sarif' },
      `::error title=Configuration error::Input 'sarif-files': expected existing SARIF files (relative to '${dir}'), got "nope.sarif"`,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, expected) => {
    const run = await runAction('lint-scan', { path: dir, scanners: 'shellcheck', ...inputs }, { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(expected);
    expect(run.stdout).not.toContain('Scanner:');
    expect(existsSync(join(run.runnerTemp, 'lint-scan.sarif'))).toBe(false);
  });
});
