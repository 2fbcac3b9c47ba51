import { describe, expect, it } from '@jest/globals';
import { effectiveSeverity, levelOf, meetsThreshold, severityFromScore } from './severity';

describe('severity', () => {
  it('maps CVSS-style scores as GitHub does', () => {
    expect([9.8, 9.0, 8.9, 7.0, 6.9, 4.0, 3.9, 0.1].map(severityFromScore)).toEqual([
      'critical',
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
    ]);
  });

  it('ranks error with high, warning with medium, note with low', () => {
    expect(meetsThreshold('error', 'high')).toBe(true);
    expect(meetsThreshold('high', 'error')).toBe(true);
    expect(meetsThreshold('warning', 'high')).toBe(false);
    expect(meetsThreshold('medium', 'warning')).toBe(true);
    expect(meetsThreshold('note', 'medium')).toBe(false);
    expect(meetsThreshold('low', 'note')).toBe(true);
    expect(meetsThreshold('critical', 'critical')).toBe(true);
    expect(meetsThreshold('error', 'critical')).toBe(false);
  });

  it('uses the security score when there is one, else the level', () => {
    expect(effectiveSeverity('note', 9.5)).toBe('critical');
    expect(effectiveSeverity('warning')).toBe('warning');
    expect(levelOf('critical')).toBe('error');
    expect(levelOf('medium')).toBe('warning');
    expect(levelOf('low')).toBe('note');
  });
});
