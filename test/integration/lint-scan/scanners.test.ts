import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fixtureRepo } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { gate } from './gate-helpers';

jest.setTimeout(180_000);

// The real scanners (scripts/install-scanners.sh) on planted fixtures: counts by tool and severity are exact.
const cases: Array<{
  name: string;
  tool: 'actionlint' | 'zizmor' | 'shellcheck' | 'gitleaks' | 'semgrep' | 'eslint' | 'ruff' | 'bandit' | 'hadolint';
  scanners: string[];
  counts: object;
}> = [
  { name: 'workflows', tool: 'actionlint', scanners: ['actionlint'], counts: { actionlint: { error: 1 } } },
  { name: 'workflows', tool: 'zizmor', scanners: ['zizmor'], counts: { zizmor: { high: 3 } } },
  {
    name: 'shell',
    tool: 'shellcheck',
    scanners: ['shellcheck'],
    counts: { shellcheck: { error: 1, warning: 1, note: 5 } },
  },
  { name: 'secrets', tool: 'gitleaks', scanners: ['gitleaks'], counts: { gitleaks: { critical: 1 } } },
  { name: 'semgrep', tool: 'semgrep', scanners: ['semgrep'], counts: { semgrep: { error: 1, note: 1 } } },
  { name: 'eslint', tool: 'eslint', scanners: ['eslint'], counts: { eslint: { error: 1, warning: 1 } } },
  // I001, F841 twice (lint) and one file the format check would reformat (rule "unformatted").
  { name: 'python', tool: 'ruff', scanners: ['ruff'], counts: { ruff: { error: 4 } } },
  { name: 'python', tool: 'bandit', scanners: ['bandit'], counts: { bandit: { high: 2, medium: 1, low: 2 } } },
  {
    name: 'dockerfile',
    tool: 'hadolint',
    scanners: ['hadolint'],
    counts: { hadolint: { error: 1, warning: 3, note: 2 } },
  },
];

describe.each(cases)('$tool on test/fixtures/scan/$name-*', ({ name, tool, scanners, counts }) => {
  const maybe = tool === 'eslint' ? it : withScanners(tool);

  maybe('finds exactly the planted findings and fails the gate', async () => {
    const { root } = fixtureRepo(`${name}-bad`);
    const result = await gate(root, scanners);
    expect(result.counts).toEqual(counts);
    expect(result.passed).toBe(false);
    const sarif = JSON.parse(readFileSync(result.sarifPath, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].automationDetails.id).toBe(`${tool}/`);
    expect(sarif.runs[0].results).toHaveLength(result.findings.length);
  });

  maybe('passes the clean twin', async () => {
    const { root } = fixtureRepo(`${name}-clean`);
    const result = await gate(root, scanners);
    expect(result.counts).toEqual({ [tool]: {} });
    expect(result.passed).toBe(true);
  });
});

describe('Python and Dockerfile findings, rule by rule', () => {
  const rules = (result: { findings: Array<{ ruleId: string; severity: string; line?: number }> }) =>
    result.findings.map((f) => `${f.ruleId}:${f.severity}:${f.line}`).sort();

  withScanners('ruff', 'bandit')('ruff (lint and format) and bandit on python-bad', async () => {
    const { root } = fixtureRepo('python-bad');
    const result = await gate(root, ['ruff', 'bandit']);
    expect(rules(result)).toEqual([
      'B105:low:8',
      'B306:medium:15',
      'B324:high:11',
      'B404:low:2',
      'B602:high:10',
      'F841:error:8',
      'F841:error:9',
      'I001:error:1',
      'unformatted:error:20',
    ]);
    expect(result.findings.every((f) => f.file === 'app.py')).toBe(true);
  });

  withScanners('hadolint')('hadolint on dockerfile-bad', async () => {
    const { root } = fixtureRepo('dockerfile-bad');
    const result = await gate(root, ['hadolint']);
    expect(rules(result)).toEqual([
      'DL3003:warning:3',
      'DL3007:warning:1',
      'DL3008:warning:2',
      'DL3009:note:2',
      'DL3015:note:2',
      'DL4000:error:5',
    ]);
  });

  withScanners(
    'ruff',
    'bandit',
    'hadolint',
  )('auto detects ruff and bandit from *.py, hadolint from a Dockerfile', async () => {
    const python = await gate(fixtureRepo('python-clean').root, 'auto');
    expect(python.runs.map((r) => r.tool)).toEqual(['gitleaks', 'ruff', 'bandit']);
    const docker = await gate(fixtureRepo('dockerfile-clean').root, 'auto');
    expect(docker.runs.map((r) => r.tool)).toEqual(['gitleaks', 'hadolint']);
  });
});

describe('scanners: auto', () => {
  it('detects actionlint, zizmor and gitleaks from a workflow repository and merges one run per tool', async () => {
    const { root } = fixtureRepo('workflows-bad');
    const result = await gate(root, 'auto', { failOn: 'high' });
    expect(result.runs.map((r) => r.tool)).toEqual(['actionlint', 'zizmor', 'gitleaks']);
    expect(result.counts).toEqual({ actionlint: { error: 1 }, zizmor: { high: 3 }, gitleaks: {} });
    const sarif = JSON.parse(readFileSync(result.sarifPath, 'utf8'));
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'actionlint/',
      'zizmor/',
      'gitleaks/',
    ]);
    // The script injection is reported by both tools, on the same line, each with its own severity.
    const injection = result.findings.filter((f) => f.line === 15).map((f) => `${f.tool}:${f.severity}`);
    expect(injection.sort()).toEqual(['actionlint:error', 'zizmor:high']);
  });

  it('gives the same fingerprints on a second run (stable)', async () => {
    const { root } = fixtureRepo('shell-bad');
    const first = await gate(root, ['shellcheck']);
    const second = await gate(root, ['shellcheck']);
    expect(second.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
    expect(new Set(first.findings.map((f) => f.fingerprint)).size).toBe(first.findings.length);
  });
});

describe('gitleaks on a pull request', () => {
  const maybe = withScanners('gitleaks');
  maybe('finds a secret committed since the base and removed again (history)', async () => {
    const repo = fixtureRepo('secrets-clean');
    const base = repo.git(repo.root, 'rev-parse', 'HEAD');
    const { writeFileSync } = await import('node:fs');
    const { FAKE_GITHUB_TOKEN } = await import('../../support/scanners');
    writeFileSync(`${repo.root}/leak.env`, `TOKEN=${FAKE_GITHUB_TOKEN}\n`);
    repo.commit('add a token');
    const { rmSync } = await import('node:fs');
    rmSync(`${repo.root}/leak.env`);
    repo.commit('remove it again');
    expect((await gate(repo.root, ['gitleaks'])).counts).toEqual({ gitleaks: {} });
    const result = await gate(repo.root, ['gitleaks'], { baseSha: base });
    expect(result.counts).toEqual({ gitleaks: { critical: 1 } });
    expect(result.findings[0]?.file).toBe('leak.env');
  });
});
