import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubFake } from '../../support/github-fake';
import { DeploymentLifecycle, type DeploymentSettings } from '../../../packages/github/src/deployment-lifecycle';
import { listDeployments } from '../../../packages/github/src/deployments';
import { GitHubClient } from '../../../packages/github/src/github-client';

const github = new GitHubFake();
beforeAll(() => github.start(), 60_000);
afterAll(() => github.stop());

const SHA = 'c'.repeat(40);
const settings = (over: Partial<DeploymentSettings> = {}): DeploymentSettings => ({
  token: 'ghs_write',
  environment: 'staging',
  environmentUrl: 'https://staging.example.com/',
  failOnError: false,
  ...over,
});
const lifecycle = (s = settings(), repository = 'acme/shop') => {
  const logger = memoryLogger();
  const context = {
    apiUrl: github.url,
    repository,
    sha: SHA,
    runUrl: `https://github.com/${repository}/actions/runs/77`,
  };
  return { logger, d: new DeploymentLifecycle(s, { logger, context, sleep: async () => undefined }) };
};
const start = { description: 'web ghcr.io/acme/web:1', payload: { image: 'ghcr.io/acme/web:1' } };

describe('DeploymentLifecycle against the GitHub fake', () => {
  it('creates the deployment for the SHA, in_progress then success, with environment_url and log_url', async () => {
    const { d } = lifecycle();
    await d.start(start);
    await d.finish({ state: 'success', description: 'Deployed web revision 2' });
    const created = github.deployments.find((x) => x.id === d.id);
    expect(created).toMatchObject({
      sha: SHA,
      ref: SHA,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { image: 'ghcr.io/acme/web:1' },
    });
    expect(created?.statuses.map((s) => [s.state, s.environment_url, s.log_url])).toEqual([
      ['in_progress', 'https://staging.example.com/', 'https://github.com/acme/shop/actions/runs/77'],
      ['success', 'https://staging.example.com/', 'https://github.com/acme/shop/actions/runs/77'],
    ]);
    expect(github.violations).toEqual([]);
  });

  it('a second successful deploy leaves the first inactive; a failure leaves the last success active', async () => {
    const first = lifecycle(settings(), 'acme/two');
    await first.d.start(start);
    await first.d.finish({ state: 'success', description: 'one' });
    const second = lifecycle(settings(), 'acme/two');
    await second.d.start(start);
    await second.d.finish({ state: 'success', description: 'two' });
    const third = lifecycle(settings(), 'acme/two');
    await third.d.start(start);
    await third.d.finish({ state: 'failure', description: 'Rolled back web from revision 3 to revision 2: timeout' });
    const client = new GitHubClient({ token: 'ghs_write', apiUrl: github.url, logger: memoryLogger() });
    const listed = await listDeployments(client, 'acme/two', { environment: 'staging' });
    expect(listed.map((x) => x.id)).toEqual([third.d.id, second.d.id, first.d.id]);
    const last = (id?: number) => github.deployments.find((x) => x.id === id)?.statuses.at(-1)?.state;
    expect([last(first.d.id), last(second.d.id), last(third.d.id)]).toEqual(['inactive', 'success', 'failure']);
    expect(github.violations).toEqual([]);
  });

  it('retries a 502 and a 429 (Retry-After) and then succeeds', async () => {
    github.fail('repos/create-deployment', 502, 1).fail('repos/create-deployment', 429, 1);
    const { d, logger } = lifecycle();
    await d.start(start);
    expect(d.id).toEqual(expect.any(Number));
    expect(logger.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('bad credentials: one warning naming GitHub status and message, nothing thrown, then quiet', async () => {
    const { d, logger } = lifecycle(settings({ token: 'ghs_revoked' }));
    await d.start(start);
    await d.finish({ state: 'success', description: 'x' });
    const warnings = logger.lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([
      'warning: GitHub Deployments: could not create the deployment: Create deployment: GitHub answered 401 (Bad credentials); the deploy is not affected (deployment-fail-on-error is false)',
    ]);
    expect(d.id).toBeUndefined();
  });

  it('with failOnError, a refusal throws GitHub status and message', async () => {
    github.fail('repos/create-deployment-status', 403, 1);
    const { d } = lifecycle(settings({ failOnError: true }));
    await expect(d.start(start)).rejects.toThrow(
      'GitHub Deployments: could not create the deployment: Deployment status in_progress: GitHub answered 403 (Resource not accessible by integration)',
    );
  });
});
