import { describe, expect, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllowList, parseBaseline } from '@slipway/scan';
import { fixtureRepo } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { gate } from './gate-helpers';

jest.setTimeout(180_000);
const maybe = withScanners('shellcheck');

describe('baseline (real shellcheck on test/fixtures/scan/shell-bad)', () => {
  maybe('findings in the baseline do not fail the gate; a new one does', async () => {
    const repo = fixtureRepo('shell-bad');
    const baselinePath = join(repo.root, '.slipway-baseline.json');
    const written = await gate(repo.root, ['shellcheck'], { writeBaseline: baselinePath });
    expect(written.passed).toBe(true);
    const baseline = parseBaseline(readFileSync(baselinePath, 'utf8'), 'baseline');
    expect(baseline.size).toBe(7);

    const again = await gate(repo.root, ['shellcheck'], { baseline });
    expect(again.passed).toBe(true);
    expect(again.findings.every((f) => f.verdict === 'baselined')).toBe(true);

    // Lines moved down by an inserted comment keep their fingerprints; a new bug is the only one that counts.
    const script = join(repo.root, 'deploy.sh');
    const lines = readFileSync(script, 'utf8').split('\n');
    lines.splice(2, 0, '# moved down by one line', 'echo $2');
    writeFileSync(script, lines.join('\n'));
    const later = await gate(repo.root, ['shellcheck'], { baseline });
    expect(later.passed).toBe(false);
    expect(later.failing).toBe(1);
    expect(later.findings.filter((f) => f.verdict === 'failing').map((f) => `${f.ruleId}@${f.line}`)).toEqual([
      'SC2086@4',
    ]);
  });
});

describe('only-changed on a history the test builds', () => {
  maybe('a finding on an unchanged line does not count; one on a changed line does', async () => {
    const repo = fixtureRepo('shell-clean');
    const script = join(repo.root, 'deploy.sh');
    // Old bug on the base (unchanged by the pull request), new bug added by the head commit.
    writeFileSync(join(repo.root, 'old.sh'), '#!/bin/sh\necho $1\n');
    const withOld = repo.commit('old bug on main');
    writeFileSync(script, `${readFileSync(script, 'utf8')}echo $HOME/new\n`);
    repo.commit('pull request adds a bug');

    const everything = await gate(repo.root, ['shellcheck'], { failOn: 'note' });
    expect(everything.failing).toBe(2);

    const changed = await gate(repo.root, ['shellcheck'], {
      failOn: 'note',
      changedRange: { base: withOld, head: 'HEAD' },
    });
    expect(changed.failing).toBe(1);
    const byVerdict = Object.fromEntries(changed.findings.map((f) => [f.file, f.verdict]));
    expect(byVerdict).toEqual({ 'old.sh': 'unchanged-line', 'deploy.sh': 'failing' });
    // Annotations: the changed line comes first.
    expect(changed.annotations[0]?.where.file).toBe('deploy.sh');
  });
});

describe('allow entries', () => {
  maybe('a live entry lets its findings pass with the reason; an expired one counts again', async () => {
    const repo = fixtureRepo('shell-bad');
    const allow = parseAllowList(
      [
        { rule: 'SC2086', reason: 'quoting fixed in #12', expires: '2026-12-31' },
        { tool: 'shellcheck', path: 'deploy.sh', rule: 'SC2045', reason: 'temporary', expires: '2026-01-31' },
      ],
      'allow',
    );
    const result = await gate(repo.root, ['shellcheck'], {
      failOn: 'note',
      allow,
      now: Date.parse('2026-06-01T00:00:00Z'),
    });
    const allowed = result.findings.filter((f) => f.verdict === 'allowed');
    expect(allowed).toHaveLength(3);
    expect(allowed.every((f) => f.allowReason === 'quoting fixed in #12')).toBe(true);
    expect(result.findings.find((f) => f.ruleId === 'SC2045')?.verdict).toBe('failing');
    expect(result.expiredAllows.map((e) => e.reason)).toEqual(['temporary']);
    expect(result.failing).toBe(4);
  });
});
