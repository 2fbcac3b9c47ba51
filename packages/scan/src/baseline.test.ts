import { describe, expect, it } from '@jest/globals';
import { formatBaseline, parseBaseline } from './baseline';
import type { Finding } from './finding';

const finding = (fingerprint: string, file = 'a.sh'): Finding => ({
  tool: 'shellcheck',
  ruleId: 'SC2086',
  message: 'quote',
  level: 'note',
  severity: 'note',
  file,
  line: 1,
  fingerprint,
});

describe('baseline file', () => {
  it('round-trips the fingerprints it writes, sorted', () => {
    const text = formatBaseline([finding('b'.repeat(32), 'b.sh'), finding('a'.repeat(32), 'a.sh')]);
    expect(JSON.parse(text).fingerprints.map((e: { file: string }) => e.file)).toEqual(['a.sh', 'b.sh']);
    expect(parseBaseline(text, 'baseline')).toEqual(new Set(['a'.repeat(32), 'b'.repeat(32)]));
  });

  it('accepts bare fingerprint strings', () => {
    expect(parseBaseline(JSON.stringify({ version: 1, fingerprints: ['c'.repeat(32)] }), 'b').size).toBe(1);
  });

  it.each([
    ['not JSON', 'fingerprints: []', 'got text that is not JSON'],
    ['wrong version', '{"version": 2, "fingerprints": []}', 'got {"version":2,"fingerprints":[]}'],
    ['a list', '["abc"]', 'got ["abc"]'],
    ['bad entry', '{"version": 1, "fingerprints": [{"fp": "x"}]}', 'got fingerprints[0] = {"fp":"x"}'],
  ])('refuses %s in one line', (_name, text, got) => {
    expect(() => parseBaseline(text, "Input 'baseline' (b.json)")).toThrow(
      `Input 'baseline' (b.json): expected a baseline JSON file {"version": 1, "fingerprints": [{"fingerprint": "…"}]}, ${got}`,
    );
  });
});
