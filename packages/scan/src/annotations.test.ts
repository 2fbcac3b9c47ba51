import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from './annotations';
import type { JudgedFinding } from './finding';
import type { Severity } from './severity';

const j = (
  i: number,
  severity: Severity,
  onChangedLine: boolean,
  verdict: JudgedFinding['verdict'] = 'failing',
): JudgedFinding => ({
  tool: 't',
  ruleId: `R${i}`,
  message: `m${i}`,
  level: 'error',
  severity,
  file: 'a.sh',
  line: i,
  fingerprint: String(i),
  verdict,
  onChangedLine,
});

describe('planAnnotations', () => {
  it('keeps 10 per type: changed lines first, then the most severe', () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => j(i + 1, 'error', false)),
      ...Array.from({ length: 4 }, (_, i) => j(i + 20, 'critical', false)),
      j(30, 'error', true),
      j(31, 'note', false, 'below-threshold'),
      j(32, 'error', false, 'baselined'),
    ];
    const planned = planAnnotations(findings);
    const errors = planned.filter((p) => p.type === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.map((p) => p.where.line)).toEqual([30, 20, 21, 22, 23, 1, 2, 3, 4, 5]);
    expect(planned.filter((p) => p.type === 'notice').map((p) => p.where.line)).toEqual([31]);
    expect(planned.some((p) => p.where.line === 32)).toBe(false);
  });
});
