import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hasScanner, scannerPath } from '../support/scanners';
// @ts-expect-error plain ESM script without types
import { releaseNotes } from '../../scripts/release-notes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const path = join(root, '.github', 'workflows', 'release.yml');
const workflow = parse(readFileSync(path, 'utf8'));
type Step = { uses?: string; run?: string; env?: Record<string, string> };
const steps: Step[] = Object.values(workflow.jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps);

describe('.github/workflows/release.yml', () => {
  it('runs from version tags only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  });

  it('grants nothing by default and only contents: write to the job that publishes', () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.values(workflow.jobs).map((job) => (job as { permissions: unknown }).permissions)).toEqual([
      { contents: 'write' },
    ]);
  });

  it('pins every third-party action by a full commit SHA', () => {
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
  });

  it('puts no ${{ }} expression inside run: (values come through env)', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('checks dist/, takes the notes from CHANGELOG.md, then releases and moves the major tag, in that order', () => {
    const runs = steps.map((s) => s.run ?? '');
    const at = (text: string) => runs.findIndex((r) => r.includes(text));
    expect(at('npm run check:dist')).toBeGreaterThan(-1);
    expect(at('npm run check:dist')).toBeLessThan(at('scripts/release-notes.mjs'));
    expect(at('scripts/release-notes.mjs')).toBeLessThan(at('gh release create'));
    expect(at('gh release create')).toBeLessThan(at('git/refs/tags/$major'));
  });

  it.each(['actionlint', 'zizmor'] as const)('passes %s', (tool) => {
    if (!hasScanner(tool)) return; // installed by scripts/install-scanners.sh (CI has it)
    const args = tool === 'zizmor' ? ['--offline', path] : [path];
    expect(() =>
      execFileSync(tool, args, { env: { ...process.env, PATH: scannerPath() }, stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe('release notes (scripts/release-notes.mjs)', () => {
  const changelog = '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n\n- a\n- b\n\n## [1.1.0]\n\n- c\n';

  it('is the section of the tag, up to the next one', () => {
    expect(releaseNotes(changelog, 'v1.2.0')).toBe('- a\n- b');
    expect(releaseNotes(changelog, 'v1.1.0')).toBe('- c');
  });

  it('is nothing for a version without a section (the release stops)', () => {
    expect(releaseNotes(changelog, 'v1.3.0')).toBeUndefined();
    expect(releaseNotes(changelog, 'v1.2')).toBeUndefined();
  });

  it('exists for the release CHANGELOG.md describes', () => {
    expect(releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), 'v1.0.0')).toContain('The root action');
  });
});
