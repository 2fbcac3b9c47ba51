import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubClient } from '@slipway/github';
import { recordedDeploy } from '../../../packages/records/src/deploy-deployment';
import { readGitHubRecords } from '../../../packages/records/src/github-records';
import { metricsByEnvironment } from '../../../packages/records/src/metrics-report';
import type { DeliveryMeasures } from '../../../packages/records/src/measures';
import type { FleetWhere } from '../../../packages/records/src/record-release';
import type { DeployReport, DeployRequest } from '../../../packages/helm/src/deploy/deploy-types';
import { GitHubFake } from '../../support/github-fake';

/**
 * helm-deploy's GitHub deployments of a fleet stage rollback (rollback.yml through fleet-wave.yml:
 * one job per service and cluster, each passing fleet-service and fleet-cluster), read back by
 * delivery-metrics: one restore per service and stage, however many clusters. GitHub fake on a
 * fake clock: every job takes a minute, the stage rollback starts an hour after the delivery.
 */
const github = new GitHubFake();
const TOKEN = 'ghs_fleet_rollback';
const MINUTE = 60_000;
const T0 = Date.parse('2026-12-01T09:00:00Z');
let clock = T0;
let repository = '';
let repositories = 0;
const savedRun = process.env['GITHUB_RUN_ID'];
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  github.now = () => new Date(clock);
  await github.start();
}, 60_000);
beforeEach(() => {
  clock = T0;
  repository = `acme/fleet-${++repositories}`;
});
afterEach(() => {
  if (savedRun === undefined) delete process.env['GITHUB_RUN_ID'];
  else process.env['GITHUB_RUN_ID'] = savedRun;
});
afterAll(() => github.stop());

type Job = [service: string, cluster: string];
const CLUSTERS = ['eu-1', 'eu-2', 'us-1'];
const jobs = (...services: string[]): Job[] => services.flatMap((s) => CLUSTERS.map((c): Job => [s, c]));

/** One workflow run of helm-deploy jobs in production, one after another, each a minute long. */
async function run(id: number, mode: 'deploy' | 'rollback', of: Job[], named = true): Promise<void> {
  process.env['GITHUB_RUN_ID'] = String(id);
  for (const [service, cluster] of of) {
    const release = `shop-${service}`;
    const request = { mode, release, namespace: `shop-${cluster}`, strategy: 'rolling' } as DeployRequest;
    const report = (
      mode === 'deploy'
        ? { mode, release, status: 'deployed', revision: 2 }
        : { mode, release, status: 'rolled-back', revision: 3, previousRevision: 2, restoredRevision: 1 }
    ) as DeployReport;
    const where: FleetWhere | undefined = named ? { service, cluster } : undefined;
    await recordedDeploy(
      { token: TOKEN, environment: 'production', environmentUrl: undefined, failOnError: true },
      request,
      {
        logger: memoryLogger(),
        context: { apiUrl: github.url, repository, sha: 'e'.repeat(40), runUrl: undefined },
        sleep: async () => undefined,
        ...(where ? { where } : {}),
      },
      async () => {
        clock += MINUTE;
        return report;
      },
    );
  }
}

/** What delivery-metrics reports of production: the environment's figures, and each service's. */
async function production() {
  const client = new GitHubClient({ token: TOKEN, apiUrl: github.url, logger: memoryLogger() });
  const records = await readGitHubRecords({
    client,
    repository,
    environment: 'production',
    sinceMs: T0,
    logger: memoryLogger(),
  });
  const [env] = metricsByEnvironment(records, ['production'], { sinceMs: T0, untilMs: clock });
  const figures = (m: DeliveryMeasures) => ({
    rollbacks: m.rollbacks,
    failedChanges: m.failedChanges,
    restoreSeconds: m.timeToRestore.medianSeconds,
    rollbackSeconds: m.rollbackDuration.meanSeconds,
  });
  return {
    environment: figures(env as DeliveryMeasures),
    services: Object.fromEntries((env?.services ?? []).map((s) => [s.service, figures(s)])),
  };
}

describe("a fleet stage rollback is one restore per service and stage (helm-deploy's deployments, delivery-metrics' count)", () => {
  it.each([
    {
      // api delivered 0–3 min, rolled back 63–66: restored 63 min after it went live.
      name: '3 clusters of api rolled back in one run: 1 restore of api',
      rollbacks: [jobs('api')],
      environment: { rollbacks: 1, failedChanges: 1, restoreSeconds: 63 * 60, rollbackSeconds: 180 },
      services: { api: { rollbacks: 1, failedChanges: 1, restoreSeconds: 63 * 60, rollbackSeconds: 180 } },
    },
    {
      name: 'api and web, 3 clusters each, in one run: 2 restores, 1 per service',
      rollbacks: [jobs('api', 'web')],
      // api delivered 0–3 min, web 3–6; api rolled back 66–69, web 69–72.
      environment: { rollbacks: 2, failedChanges: 2, restoreSeconds: 66 * 60, rollbackSeconds: 180 },
      services: {
        api: { rollbacks: 1, failedChanges: 1, restoreSeconds: 66 * 60, rollbackSeconds: 180 },
        web: { rollbacks: 1, failedChanges: 1, restoreSeconds: 66 * 60, rollbackSeconds: 180 },
      },
    },
    {
      name: 'one named cluster (rollback.yml clusters: eu-1): 1 restore of api',
      rollbacks: [[['api', 'eu-1'] as Job]],
      environment: { rollbacks: 1, failedChanges: 1, restoreSeconds: 61 * 60, rollbackSeconds: 60 },
      services: { api: { rollbacks: 1, failedChanges: 1, restoreSeconds: 61 * 60, rollbackSeconds: 60 } },
    },
    {
      name: 'api rolled back in two runs, 3 clusters each: 2 rollbacks, the first one the restore',
      rollbacks: [jobs('api'), jobs('api')],
      environment: { rollbacks: 2, failedChanges: 1, restoreSeconds: 63 * 60, rollbackSeconds: 180 },
      services: { api: { rollbacks: 2, failedChanges: 1, restoreSeconds: 63 * 60, rollbackSeconds: 180 } },
    },
  ])('$name', async ({ rollbacks, environment, services }) => {
    // The fleet delivery before: every cluster of the services rolled back, one run.
    await run(500, 'deploy', jobs(...new Set(rollbacks.flat().map(([service]) => service))));
    for (const [i, of] of rollbacks.entries()) {
      clock += 60 * MINUTE;
      await run(501 + i, 'rollback', of);
    }
    expect(github.violations).toEqual([]);
    expect(await production()).toEqual({ environment, services });
  });

  it('a rollback without fleet-service and fleet-cluster (not a fleet) stays a restore of its own, as before', async () => {
    await run(500, 'deploy', jobs('api'));
    clock += 60 * MINUTE;
    await run(501, 'rollback', jobs('api'), false);
    // Its service is its release's (the newest record naming one says api); each cluster a rollback.
    expect(await production()).toEqual({
      environment: { rollbacks: 3, failedChanges: 1, restoreSeconds: 61 * 60, rollbackSeconds: 60 },
      services: { api: { rollbacks: 3, failedChanges: 1, restoreSeconds: 61 * 60, rollbackSeconds: 60 } },
    });
  });
});
