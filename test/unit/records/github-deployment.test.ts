import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubFake } from '../../support/github-fake';
import { deploymentPayload } from '../../../packages/records/src/deployment-payload';
import {
  failedDescription,
  startDescription,
  withGitHubDeployment,
} from '../../../packages/records/src/github-deployment';

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
const end = (r: Outcome) =>
  r === 'promoted'
    ? { state: 'success' as const, description: 'Promoted web' }
    : r === 'aborted'
      ? { state: 'failure' as const, description: 'Canary of web aborted' }
      : undefined;
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
      facts,
      { ...options(), onCreated: (id) => (created = id) },
      async () => outcome as Outcome,
      end,
    );
    expect(run.result).toBe(outcome);
    expect(created).toBe(run.deploymentId);
    expect(statesOf(run.deploymentId)).toEqual(states);
    const deployment = github.deployments.find((d) => d.id === run.deploymentId);
    expect(deployment?.payload).toEqual(await deploymentPayload(facts, {}));
    expect(deployment?.description).toBe('web web:2 (canary)');
    expect(github.violations).toEqual([]);
  });

  it('work that throws: failure with its description, and the error is the one thrown', async () => {
    let created: number | undefined;
    await expect(
      withGitHubDeployment(
        settings,
        facts,
        { ...options(), onCreated: (id) => (created = id) },
        async () => {
          throw new Error('cluster unreachable');
        },
        end,
      ),
    ).rejects.toThrow('cluster unreachable');
    expect(statesOf(created)).toEqual(['in_progress', 'failure']);
    expect(github.deployments.find((d) => d.id === created)?.statuses[1]?.description).toBe(
      'Canary of web failed: cluster unreachable',
    );
  });

  /** A promoted canary whose success status GitHub refuses (422). */
  const refusedSuccess = async (failOnError: boolean) => {
    const logger = memoryLogger();
    const run = await withGitHubDeployment(
      { ...settings, failOnError },
      facts,
      { ...options(), logger },
      async () => {
        github.fail('repos/create-deployment-status', 422, 1, { message: 'Validation Failed' });
        return 'promoted' as Outcome;
      },
      end,
    );
    return { run, warnings: logger.lines.filter((l) => l.startsWith('warning:')) };
  };

  it('deployment-fail-on-error: a refused success status comes back as refused, after the work (the caller reports, then fails)', async () => {
    const { run, warnings } = await refusedSuccess(true);
    expect(run.result).toBe('promoted');
    expect(String(run.refused)).toMatch(/GitHub Deployments: could not set deployment \d+ to success: .*422/);
    expect(statesOf(run.deploymentId)).toEqual(['in_progress']);
    expect(warnings).toEqual([]);
  });

  it('without it, the refused success status is one warning and nothing is refused', async () => {
    const { run, warnings } = await refusedSuccess(false);
    expect(run.result).toBe('promoted');
    expect(run.refused).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/could not set deployment \d+ to success: .*; the deploy is not affected/),
    ]);
  });
});

describe('startDescription and failedDescription: the one set of texts', () => {
  it.each([
    [{ ...facts, kind: 'deploy' as const, strategy: 'rolling' }, 'web web:2 (rolling)'],
    [{ ...facts, kind: 'deploy' as const, strategy: 'blue-green', image: undefined }, 'web (blue-green)'],
    [facts, 'web web:2 (canary)'],
    [{ ...facts, image: undefined }, 'web (canary)'],
    [
      { ...facts, kind: 'rollback' as const, strategy: 'rolling', revision: 3 },
      'Rollback of web to revision 3 (rolling)',
    ],
    [
      { ...facts, kind: 'rollback' as const, strategy: 'rolling' },
      'Rollback of web to the last good revision (rolling)',
    ],
  ])('%j → %s', (start, text) => {
    expect(startDescription(start)).toBe(text);
  });

  it.each([
    ['deploy', 'Deploy of web failed: boom'],
    ['rollback', 'Rollback of web failed: boom'],
    ['canary', 'Canary of web failed: boom'],
  ] as const)('%s that throws: %s', (kind, text) => {
    expect(failedDescription({ kind, release: 'web' }, new Error('boom'))).toBe(text);
  });
});
