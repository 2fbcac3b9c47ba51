import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseRefOf, commitOf, contextFromEnv, isDefaultBranch } from './event-context';

const NOW = new Date('2020-01-10T00:30:00Z');
const SHA = '90dd6032fac8bda1b6c4436a2e65de27961ed071';
const HEAD = '1e9249f05bfc090e0688b8fb9c1b347586add504';

function fromEvent(eventName: string, ref: string, payload: object) {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return contextFromEnv(
    {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REF: ref,
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'octocat/Hello-World',
      GITHUB_EVENT_PATH: path,
    },
    NOW,
  );
}

const repository = { default_branch: 'master' };
const pullRequest = {
  number: 8,
  pull_request: { number: 8, head: { sha: HEAD }, base: { ref: 'master' } },
  repository,
};

describe('contextFromEnv and the expressions it feeds, as metadata-action reads the run', () => {
  it('pull_request_target: the ref is the pull request merge ref, so not the default branch', () => {
    const ctx = fromEvent('pull_request_target', 'refs/heads/master', pullRequest);
    expect(ctx.ref).toBe('refs/pull/8/merge');
    expect(isDefaultBranch(ctx)).toBe(false);
    expect(baseRefOf(ctx)).toBe('master');
  });

  it('a pull request names GITHUB_SHA (the merge commit) unless the head is asked for', () => {
    const ctx = fromEvent('pull_request', 'refs/pull/8/merge', pullRequest);
    expect(commitOf(ctx)).toBe(SHA);
    expect(commitOf({ ...ctx, usePrHeadSha: true })).toBe(HEAD);
  });

  it('a tag push reads base_ref from the push payload', () => {
    const ctx = fromEvent('push', 'refs/tags/v1.2.3', { base_ref: 'refs/heads/master', repository });
    expect(baseRefOf(ctx)).toBe('master');
    expect(baseRefOf(fromEvent('push', 'refs/tags/v1.2.3', { base_ref: null, repository }))).toBe('');
    expect(baseRefOf(fromEvent('push', 'refs/heads/dev', { base_ref: 'refs/heads/master', repository }))).toBe('');
  });

  it.each<[string, string, object, boolean]>([
    ['push to the default branch', 'refs/heads/master', { repository }, true],
    ['push to another branch', 'refs/heads/dev', { repository }, false],
    ['push of a tag', 'refs/tags/v1.2.3', { repository }, false],
    ['schedule (its payload has no repository)', 'refs/heads/master', {}, true],
    ['create', 'refs/heads/master', {}, true],
    ['discussion', 'refs/heads/master', {}, true],
    ['issues', 'refs/heads/master', {}, true],
    ['workflow_dispatch without a repository in the payload', 'refs/heads/master', {}, false],
  ])('is_default_branch on %s', (name, ref, payload, expected) => {
    const event = name.startsWith('push') ? 'push' : (name.split(' ')[0] as string);
    expect(isDefaultBranch(fromEvent(event, ref, payload))).toBe(expected);
  });
});
