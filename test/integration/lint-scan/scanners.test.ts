import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fixtureRepo } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { gate } from './gate-helpers';

jest.setTimeout(180_000);

// The real scanners (scripts/install-scanners.sh) on planted fixtures: counts by tool and severity are exact.
const cases: Array<{
  name: string;
  tool: 'actionlint' | 'zizmor' | 'shellcheck' | 'gitleaks' | 'semgrep' | 'eslint';
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
