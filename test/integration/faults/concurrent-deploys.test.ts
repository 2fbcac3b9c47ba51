import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runAction, startAction, type ActionRun } from '../../support/run-action';
import { chart } from '../helm-deploy/helm-deploy-suite';
import { execOk, need } from '../sandbox/sandbox-helpers';
import { faultSurvived } from '../../support/fault-figures';

/**
 * Two runs deploy the same release at once (two workflows pushed seconds apart, no concurrency
 * group). Neither may take the other's in-flight upgrade for a stuck release and roll it back:
 * each ends deployed or with one error saying another operation holds the release, nothing is left
 * pending, and the release serves a good revision.
 */
const admin = need('SLIPWAY_KUBECONFIG_ADMIN');
const helm = need('HELM3');
const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
};
const ns = `fault-race-${Date.now().toString(36)}`;
const inputs = {
  release: 'web',
  namespace: ns,
  chart,
  image: good,
  kubeconfig: readFileSync(admin, 'utf8'),
  'create-namespace': 'true',
  'check-image': 'false',
  timeout: '2m',
};

describe('helm-deploy: two runs deploy the same release at once', () => {
  afterAll(async () => {
    await execOk(need('KUBECTL'), [
      'delete',
      'namespace',
      ns,
      '--wait=false',
      '--ignore-not-found',
      '--kubeconfig',
      admin,
    ]).catch(() => undefined);
  });

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
    const { stdout } = await execOk(helm, ['history', 'web', '-n', ns, '-o', 'json', '--kubeconfig', admin]);
    const history = JSON.parse(stdout) as Array<{ revision: number; status: string }>;
    expect(history.filter((h) => h.status.startsWith('pending-'))).toEqual([]);
    expect(history.at(-1)?.status).toBe('deployed');
    expect(history.filter((h) => h.status === 'deployed')).toHaveLength(1);
    faultSurvived('two runs deploying the same release at once');
  });
});
