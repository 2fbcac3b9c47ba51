import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintFindings } from './fingerprint';
import { mergeSarif } from './sarif';
import { readSarifFile } from './sarif-files';

describe('SARIF 2.1.0', () => {
  it('writes one run per tool with its category, rules with security-severity, fingerprints; skipped tools have no run', async () => {
    const findings = await fingerprintFindings(
      'zizmor',
      [
        {
          ruleId: 'template-injection',
          message: 'inj',
          level: 'error',
          securitySeverity: 8,
          file: 'a b.yml',
          line: 3,
          column: 2,
        },
        { ruleId: 'template-injection', message: 'inj', level: 'error', securitySeverity: 8, file: 'a b.yml', line: 9 },
      ],
      () => ['x', 'y', 'run: ${{ x }}'],
    );
    const log = mergeSarif([
      { tool: 'zizmor', category: 'zizmor', version: '1.32.0', findings },
      { tool: 'semgrep', category: 'semgrep', findings: [], skipped: 'not found' },
    ]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run?.automationDetails).toEqual({ id: 'zizmor/' });
    expect(run?.tool.driver).toMatchObject({
      name: 'zizmor',
      version: '1.32.0',
      rules: [{ id: 'template-injection', properties: { 'security-severity': '8.0' } }],
    });
    expect(run?.results?.[0]).toMatchObject({
      ruleId: 'template-injection',
      ruleIndex: 0,
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a%20b.yml' }, region: { startLine: 3, startColumn: 2 } } },
      ],
    });
    const prints = run?.results?.map((r) => r.partialFingerprints?.['slipway/v1']);
    expect(new Set(prints).size).toBe(2);
  });

  it('reads another tool SARIF file back as its own run, keeping levels and security severities', async () => {
    const findings = await fingerprintFindings(
      'trivy',
      [{ ruleId: 'CVE-1', message: 'vuln', level: 'warning', securitySeverity: 9.8, file: 'go.mod', line: 4 }],
      () => undefined,
    );
    const log = mergeSarif([{ tool: 'trivy', category: 'trivy-fs', findings }]);
    const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
    writeFileSync(join(dir, 'in.sarif'), JSON.stringify(log));
    const [run] = readSarifFile(join(dir, 'in.sarif'), dir);
    expect(run).toMatchObject({ tool: 'trivy', category: 'trivy-fs' });
    expect(run?.findings).toEqual([
      expect.objectContaining({ ruleId: 'CVE-1', level: 'warning', securitySeverity: 9.8, file: 'go.mod', line: 4 }),
    ]);
  });

  it('refuses a file that is not SARIF 2.1.0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
    writeFileSync(join(dir, 'x.sarif'), '{"version": "2.0.0", "runs": []}');
    expect(() => readSarifFile(join(dir, 'x.sarif'), dir)).toThrow('expected a SARIF 2.1.0 log');
  });
});

describe('fingerprints', () => {
  it('ignore line numbers but tell identical lines apart by occurrence', async () => {
    const raw = { ruleId: 'SC2086', message: 'q', level: 'note' as const, file: 'a.sh' };
    const before = await fingerprintFindings(
      'shellcheck',
      [
        { ...raw, line: 1 },
        { ...raw, line: 2 },
      ],
      () => ['echo $x', 'echo $x'],
    );
    const after = await fingerprintFindings(
      'shellcheck',
      [
        { ...raw, line: 5 },
        { ...raw, line: 6 },
      ],
      () => ['', '', '', '', '  echo $x', 'echo  $x'],
    );
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(before[0]?.fingerprint).not.toBe(before[1]?.fingerprint);
  });
});
