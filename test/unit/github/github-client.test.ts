import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubFake } from '../../support/github-fake';
import { closedPort } from '../../support/test-server';
import { createDeployment } from '../../../packages/github/src/deployments';
import { GitHubClient } from '../../../packages/github/src/github-client';

const github = new GitHubFake();
const TOKEN = 'ghs_client_5ec7e7';
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
afterAll(() => github.stop());

const client = (over: { apiUrl?: string; token?: string } = {}) =>
  new GitHubClient({ token: TOKEN, apiUrl: github.url, logger: memoryLogger(), sleep: async () => undefined, ...over });
const LIST = 'GET /repos/{owner}/{repo}/deployments';

describe('GitHubClient over Octokit', () => {
  it('pages through a list with Link rel="next", one page after another', async () => {
    for (let i = 0; i < 5; i++) await createDeployment(client(), 'acme/paged', { ref: 'main', environment: 'qa' });
    const pages: number[][] = [];
    for await (const page of client().pages<{ id: number }>('List deployments', LIST, {
      owner: 'acme',
      repo: 'paged',
      per_page: 2,
    }))
      pages.push(page.map((d) => d.id));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.flat()).size).toBe(5);
    expect(github.pagesServed.slice(-3)).toEqual([
      'repos/list-deployments page 1',
      'repos/list-deployments page 2',
      'repos/list-deployments page 3',
    ]);
    expect(github.violations).toEqual([]);
  });

  it('refuses a next page outside the API URL: the token goes nowhere else', async () => {
    const fake = new GitHubFake();
    fake.route('repos/list-deployments', () => ({
      status: 200,
      body: [],
      headers: { link: '<https://elsewhere.example/steal?page=2>; rel="next"' },
    }));
    await fake.start();
    try {
      const pages = client({ apiUrl: fake.url, token: 'ghs_write' }).pages('List deployments', LIST, {
        owner: 'acme',
        repo: 'x',
      });
      await expect(pages.next()).rejects.toThrow(
        `List deployments: GitHub's next page https://elsewhere.example/steal?page=2 is not under ${fake.url}`,
      );
    } finally {
      await fake.stop();
    }
  });

  it('GHES: GITHUB_API_URL with a path (https://host/api/v3) is the base of every request and page', async () => {
    const ghes = new GitHubFake({ pathPrefix: '/api/v3' });
    await ghes.start();
    try {
      const on = client({ apiUrl: ghes.url, token: 'ghs_write' });
      for (let i = 0; i < 3; i++) await createDeployment(on, 'acme/ghes', { ref: 'main', environment: 'qa' });
      const sizes: number[] = [];
      for await (const page of on.pages('List deployments', LIST, { owner: 'acme', repo: 'ghes', per_page: 2 }))
        sizes.push(page.length);
      expect(sizes).toEqual([2, 1]);
      expect(ghes.requests.map((r) => r.operationId)).toEqual([
        'repos/create-deployment',
        'repos/create-deployment',
        'repos/create-deployment',
        'repos/list-deployments',
        'repos/list-deployments',
      ]);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });

  it('422 and 401 are not retried; a 5xx is, then the refusal names the operation and GitHub status', async () => {
    github.fail('repos/create-deployment', 422, 1, {
      message: 'Validation Failed',
      errors: [{ message: 'No ref found' }],
    });
    const before = github.requests.length;
    await expect(createDeployment(client(), 'acme/shop', { ref: 'nope', environment: 'qa' })).rejects.toThrow(
      'Create deployment: GitHub answered 422 (Validation Failed: No ref found)',
    );
    expect(github.requests.length - before).toBe(1);
    await expect(
      createDeployment(client({ token: 'ghs_nobody' }), 'acme/shop', { ref: 'main', environment: 'qa' }),
    ).rejects.toThrow('Create deployment: GitHub answered 401 (Bad credentials)');
    expect(github.requests.length - before).toBe(2);
    github.fail('repos/create-deployment', 503, 4);
    await expect(createDeployment(client(), 'acme/shop', { ref: 'main', environment: 'qa' })).rejects.toThrow(
      'Create deployment: GitHub answered 503 (Server Error)',
    );
    expect(github.requests.length - before).toBe(6);
  });

  it('an API that does not answer: one line naming it, never the token', async () => {
    const port = await closedPort();
    const dead = client({ apiUrl: `http://127.0.0.1:${port}` });
    const error = (await createDeployment(dead, 'acme/shop', { ref: 'main', environment: 'qa' }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toBe(`Create deployment: cannot reach http://127.0.0.1:${port} (ECONNREFUSED)`);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(TOKEN);
  });
});
