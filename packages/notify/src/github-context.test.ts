import { describe, expect, it } from '@jest/globals';
import { readGithubContext } from './github-context';

const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_NUMBER: '7',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: '/event.json',
};

describe('readGithubContext', () => {
  it('reads a push: commit message, compare diff, run link', () => {
    const event = JSON.stringify({
      before: 'aaaaaaa',
      compare: 'https://github.com/acme/shop/compare/aaaaaaa...0123456',
      head_commit: { id: env.GITHUB_SHA, message: 'Fix checkout\n\nLonger body' },
    });
    const g = readGithubContext(env, () => event);
    expect(g).toMatchObject({
      repository: 'acme/shop',
      repositoryUrl: 'https://github.com/acme/shop',
      refName: 'main',
      shortSha: '0123456',
      commitTitle: 'Fix checkout',
      commitMessage: 'Fix checkout\n\nLonger body',
      commitUrl: `https://github.com/acme/shop/commit/${env.GITHUB_SHA}`,
      actor: 'octocat',
      runUrl: 'https://github.com/acme/shop/actions/runs/42',
      diffUrl: 'https://github.com/acme/shop/compare/aaaaaaa...0123456',
    });
  });

  it('uses a pull request head sha, title and files view', () => {
    const event = JSON.stringify({
      pull_request: { html_url: 'https://github.com/acme/shop/pull/9', title: 'Add cart', head: { sha: 'feedface00' } },
    });
    const g = readGithubContext(
      { ...env, GITHUB_HEAD_REF: 'feature/cart', GITHUB_EVENT_NAME: 'pull_request' },
      () => event,
    );
    expect(g).toMatchObject({
      sha: 'feedface00',
      commitTitle: 'Add cart',
      refName: 'feature/cart',
      diffUrl: 'https://github.com/acme/shop/pull/9/files',
    });
  });

  it('falls back to the commit for a new branch (zero before) and survives a missing or broken event', () => {
    const g = readGithubContext(env, () => JSON.stringify({ before: '0000000000', compare: 'https://x/compare' }));
    expect(g.diffUrl).toBe(`https://github.com/acme/shop/commit/${env.GITHUB_SHA}`);
    expect(readGithubContext(env, () => '{not json').commitMessage).toBe('');
    expect(readGithubContext({}).repository).toBe('');
  });
});
