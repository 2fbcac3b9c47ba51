import { describe, expect, it } from '@jest/globals';
import type { JudgedFinding } from './finding';
import { scanSummary } from './scan-summary';

describe('scanSummary', () => {
  it('groups by tool then severity, and stays under 1 MiB with a note when there are too many findings', () => {
    const findings: JudgedFinding[] = Array.from({ length: 20_000 }, (_, i) => ({
      tool: i % 2 ? 'shellcheck' : 'semgrep',
      ruleId: `R${i}`,
      message: `a long message ${'x'.repeat(60)} number ${i}`,
      level: 'warning',
      severity: i % 3 ? 'warning' : 'critical',
      file: `src/file-${i}.sh`,
      line: i,
      fingerprint: String(i),
      verdict: 'failing',
      onChangedLine: true,
    }));
    const text = scanSummary({
      runs: [
        { tool: 'semgrep', category: 'semgrep', findings: [] },
        { tool: 'shellcheck', category: 'shellcheck', findings: [] },
        { tool: 'zizmor', category: 'zizmor', findings: [], skipped: 'not on PATH' },
      ],
      findings,
      passed: false,
      failing: 20_000,
      failOn: 'warning',
      expiredAllows: [],
      onlyChanged: false,
    }).render();
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('Summary truncated');
    expect(text).toContain('| zizmor | skipped |');
    expect(text.indexOf('### semgrep')).toBeLessThan(text.indexOf('**critical**'));
    expect(text.indexOf('**critical**')).toBeLessThan(text.indexOf('**warning**'));
  });
});
