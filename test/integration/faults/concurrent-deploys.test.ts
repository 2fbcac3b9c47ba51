import { afterAll, describe, expect, it } from '@jest/globals';
import { runAction, startAction, type ActionRun } from '../../support/run-action';
import { releaseFixture } from './release-fixture';
import { faultSurvived } from '../../support/fault-figures';

/**
 * Two runs deploy the same release at once (two workflows pushed seconds apart, no concurrency
 * group). Neither may take the other's in-flight upgrade for a stuck release and roll it back:
 * each ends deployed or with one error saying another operation holds the release, nothing is left
 * pending, and the release serves a good revision.
 */
describe.each(['3', '4'] as const)('helm-deploy (helm v%s): two runs deploy the same release at once', (major) => {
  const {
    env,
    inputs: fixtureInputs,
    history: releaseHistory,
    removeNamespace,
  } = releaseFixture(major, `fault-race${major}`);
  const inputs = fixtureInputs();
  afterAll(removeNamespace);

  it('both end without undoing each other; nothing pending; a good revision serves', async () => {
    const first = await runAction('helm-deploy', inputs, { env });
    if (first.exitCode !== 0) throw new Error(first.stdout);
    const runs: ActionRun[] = await Promise.all([
      startAction('helm-deploy', inputs, { env }).done,
      startAction('helm-deploy', inputs, { env }).done,
    ]);
    for (const run of runs)
      process.stdout.write(`exit ${run.exitCode}: ${run.errors.join(' ') || run.outputs['status']}\n`);
    expect(runs.filter((r) => r.exitCode === 0).length).toBeGreaterThanOrEqual(1);
    for (const run of runs) {
      // A run never "recovers" (rolls back) the other's upgrade in flight.
      expect(run.outputs['rolled-back']).not.toBe('true');
      if (run.exitCode !== 0) {
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(/another operation|in progress|another run/i);
      }
    }
    const history = await releaseHistory();
    expect(history.filter((h) => h.status.startsWith('pending-'))).toEqual([]);
    expect(history.at(-1)?.status).toBe('deployed');
    expect(history.filter((h) => h.status === 'deployed')).toHaveLength(1);
    faultSurvived(`two runs deploying the same release at once (helm v${major})`);
  });
});
