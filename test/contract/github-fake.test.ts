import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { GitHubFake } from '../support/github-fake';

/** The GitHub fake's own contract checks: what it refuses, it must refuse as GitHub would. */
const github = new GitHubFake();
beforeAll(() => github.start(), 60_000);
afterAll(() => github.stop());

const headers = (token = 'ghs_write') => ({
  authorization: `Bearer ${token}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  'content-type': 'application/json',
});
const send = async (method: string, path: string, body?: unknown, token?: string) => {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: headers(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};

describe('GitHubFake validates every request against @octokit/openapi', () => {
  it('accepts a deployment that satisfies the schema and answers 201 with the documented shape', async () => {
    const before = github.violations.length;
    const { status, body } = await send('POST', '/repos/acme/shop/deployments', {
      ref: 'a'.repeat(40),
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { image: 'x' },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: expect.any(Number), environment: 'staging', sha: 'a'.repeat(40) });
    expect(github.violations.slice(before)).toEqual([]);
  });

  it('rejects a body that breaks the schema with 422 Validation Failed and records it', async () => {
    const before = github.violations.length;
    const { status, body } = await send('POST', '/repos/acme/shop/deployments', {
      ref: 42,
      auto_merge: 'no',
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ message: 'Validation Failed' });
    const fields = (body?.['errors'] as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ref', 'auto_merge']));
    expect(github.violations.slice(before)).toHaveLength(1);
    expect(github.violations.at(-1)).toContain('breaks the published schema');
  });

  it('rejects a required field missing, a bad state, a bad path parameter and an unknown query parameter', async () => {
    expect((await send('POST', '/repos/acme/shop/deployments', { environment: 'x' })).status).toBe(422);
    const created = await send('POST', '/repos/acme/shop/deployments', { ref: 'main', required_contexts: [] });
    const id = created.body?.['id'] as number;
    expect((await send('POST', `/repos/acme/shop/deployments/${id}/statuses`, { state: 'done' })).status).toBe(422);
    expect((await send('POST', '/repos/acme/shop/deployments/abc/statuses', { state: 'success' })).status).toBe(422);
    expect((await send('GET', '/repos/acme/shop/deployments?per_page=ten')).status).toBe(422);
    expect((await send('GET', '/repos/acme/shop/deployments?colour=blue')).status).toBe(422);
    expect((await send('GET', '/repos/acme/shop/deployments?per_page=10&environment=x')).status).toBe(200);
  });

  it('an unknown route is a 404 Not Found and a recorded contract failure', async () => {
    const before = github.violations.length;
    const { status, body } = await send('POST', '/repos/acme/shop/deployments/1/statuses/extra', {});
    expect(status).toBe(404);
    expect(body).toMatchObject({ message: 'Not Found' });
    expect(github.violations.slice(before)).toEqual([
      'POST /repos/acme/shop/deployments/1/statuses/extra: not a documented operation of the GitHub REST API',
    ]);
  });

  it('requires Authorization: 401 Bad credentials for none or an unknown token', async () => {
    const none = await fetch(`${github.url}/repos/acme/shop/deployments`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'Bad credentials', documentation_url: expect.any(String) });
    expect(github.violations.at(-1)).toContain('no Authorization header');
    expect((await send('GET', '/repos/acme/shop/deployments', undefined, 'ghs_unknown')).status).toBe(401);
  });

  it('a read-only token may read but not write (403); faults are injected per operation, N times', async () => {
    expect((await send('GET', '/repos/acme/shop/deployments', undefined, 'ghs_fork_read_only')).status).toBe(200);
    const refused = await send('POST', '/repos/acme/shop/deployments', { ref: 'main' }, 'ghs_fork_read_only');
    expect(refused).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    github.fail('repos/list-deployments', 503, 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send('GET', '/repos/acme/shop/deployments')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('a success status marks earlier successful deployments of the environment inactive (auto_inactive)', async () => {
    const deploy = async () => {
      const { body } = await send('POST', '/repos/acme/inactive/deployments', { ref: 'main', environment: 'qa' });
      const id = body?.['id'] as number;
      await send('POST', `/repos/acme/inactive/deployments/${id}/statuses`, { state: 'success' });
      return id;
    };
    const first = await deploy();
    const second = await deploy();
    const states = async (id: number) =>
      (
        (await send('GET', `/repos/acme/inactive/deployments/${id}/statuses`)).body as unknown as Array<{
          state: string;
        }>
      ).map((s) => s.state);
    expect(await states(first)).toEqual(['inactive', 'success']);
    expect(await states(second)).toEqual(['success']);
    expect((await send('GET', `/repos/acme/inactive/deployments/${second}`)).status).toBe(200);
    expect((await send('GET', `/repos/acme/inactive/deployments/999999`)).status).toBe(404);
  });

  it('a SARIF upload: 202 with its id, then its processing status as scripted (pending, complete); an unknown id is 404', async () => {
    const sarif = gzipSync(JSON.stringify({ version: '2.1.0', runs: [] })).toString('base64');
    const upload = await send('POST', '/repos/acme/shop/code-scanning/sarifs', {
      commit_sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      sarif,
    });
    expect(upload.status).toBe(202);
    const id = upload.body?.['id'] as string;
    github.processing.push({ processing_status: 'pending' });
    const read = async () => (await send('GET', `/repos/acme/shop/code-scanning/sarifs/${id}`)).body;
    expect(await read()).toMatchObject({ processing_status: 'pending', analyses_url: null });
    expect(await read()).toMatchObject({ processing_status: 'complete', analyses_url: expect.stringContaining(id) });
    expect((await send('GET', '/repos/acme/shop/code-scanning/sarifs/not-an-upload')).status).toBe(404);
    expect((await send('GET', `/repos/acme/other/code-scanning/sarifs/${id}`)).status).toBe(404);
  });

  it('accepts what Octokit sends: its user-agent, the v3 media type, token authorization, no API version', async () => {
    const response = await fetch(`${github.url}/repos/acme/shop/deployments?per_page=1`, {
      headers: {
        authorization: 'token ghs_write',
        accept: 'application/vnd.github.v3+json',
        'user-agent': 'slipway-actions octokit-core.js/7.0.8 Node.js/24',
      },
    });
    expect(response.status).toBe(200);
  });

  it('its own answers in these tests satisfied the documented response schemas', () => {
    expect(github.violations.filter((v) => v.startsWith('fake'))).toEqual([]);
  });
});
