import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubFake } from '../../support/github-fake';
import { deploymentPayload } from '../../../packages/records/src/deployment-payload';
import { withGitHubDeployment } from '../../../packages/records/src/github-deployment';

const github = new GitHubFake();
beforeAll(() => github.start(), 60_000);
afterAll(() => github.stop());

const SHA = 'd'.repeat(40);
const settings = { token: 'ghs_write', environment: 'production', environmentUrl: undefined, failOnError: false };
const options = () => ({
  logger: memoryLogger(),
  sleep: async () => undefined,
  context: {
    apiUrl: github.url,
    repository: 'acme/shop',
    sha: SHA,
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
  },
});
const facts = { kind: 'canary' as const, release: 'web', namespace: 'prod', strategy: 'canary', image: 'web:2' };
type Outcome = 'promoted' | 'aborted' | 'paused';
const ends = {
  end: (r: Outcome) =>
    r === 'promoted'
      ? { state: 'success' as const, description: 'Promoted web' }
      : r === 'aborted'
        ? { state: 'failure' as const, description: 'Canary of web aborted' }
        : undefined,
  failed: () => 'Canary of web failed',
};
const statesOf = (id: number | undefined) => github.deployments.find((d) => d.id === id)?.statuses.map((s) => s.state);

describe('withGitHubDeployment (packages/records) against the GitHub fake', () => {
  it.each([
    ['promoted', ['in_progress', 'success']],
    ['aborted', ['in_progress', 'failure']],
    ['paused', ['in_progress']],
  ] as const)('%s: statuses %j, payload by deploymentPayload', async (outcome, states) => {
    let created: number | undefined;
    const run = await withGitHubDeployment(
      settings,
      { description: 'web web:2 (canary)', payload: facts },
      { ...options(), onCreated: (id) => (created = id) },
      async () => outcome as Outcome,
      ends,
    );
    expect(run.result).toBe(outcome);
    expect(created).toBe(run.deploymentId);
    expect(statesOf(run.deploymentId)).toEqual(states);
    const deployment = github.deployments.find((d) => d.id === run.deploymentId);
    expect(deployment?.payload).toEqual(await deploymentPayload(facts, {}));
    expect(github.violations).toEqual([]);
  });

  it('work that throws: failure with its description, and the error is the one thrown', async () => {
    let created: number | undefined;
    await expect(
      withGitHubDeployment(
        settings,
        { description: 'web', payload: facts },
        { ...options(), onCreated: (id) => (created = id) },
        async () => {
          throw new Error('cluster unreachable');
        },
        ends,
      ),
    ).rejects.toThrow('cluster unreachable');
    expect(statesOf(created)).toEqual(['in_progress', 'failure']);
    expect(github.deployments.find((d) => d.id === created)?.statuses[1]?.description).toBe('Canary of web failed');
  });
});
