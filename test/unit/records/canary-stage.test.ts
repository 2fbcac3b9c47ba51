import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import type { CanaryRun } from '../../../packages/canary/src/run-canary';
import { CanaryStateStore } from '../../../packages/canary/src/state-store';
import { canarySummary } from '../../../packages/canary/src/canary-summary';
import { recordedCanaryRun } from '../../../packages/records/src/canary-stage';
import { recordedDeploy } from '../../../packages/records/src/deploy-deployment';
import { recordedDelivery } from '../../../packages/delivery/src/delivery-deployment';
import type { DeliveryPlan } from '../../../packages/delivery/src/plan-delivery';
import type { DeliveryReport } from '../../../packages/delivery/src/delivery-report';
import type { DeployReport, DeployRequest } from '../../../packages/helm/src/deploy/deploy-types';
import { ingressRef, nginxCanaryWorld, webStart } from '../../support/canary-world';
import { MemoryObjects } from '../../support/memory-objects';
import { GitHubFake } from '../../support/github-fake';

/** A paused canary's GitHub deployment, finished by the later run that decides it (GitHub fake, cluster in memory). */
const github = new GitHubFake();
const TOKEN = 'ghs_canary_stage';
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
afterAll(() => github.stop());

const settings = (environment = 'production') => ({
  token: TOKEN,
  environment,
  environmentUrl: 'https://shop.example.com/',
  failOnError: false,
});
const context = () => ({
  apiUrl: github.url,
  repository: 'acme/shop',
  sha: 'e'.repeat(40),
  runUrl: 'https://github.com/acme/shop/actions/runs/77',
});
const config = (action: CanaryRun['action']) => ({
  action,
  image: 'web:2',
  deploy: { release: 'web', namespace: 'prod', chart: './chart' } as never,
});
const statesOf = (id: number | undefined) => github.deployments.find((d) => d.id === id)?.statuses.map((s) => s.state);

/** A canary whose second step is manual: the start pauses after it; a resume takes it on to the end. */
function world(verdicts: Array<'pass' | 'fail'> = []) {
  const { objects, events, releases, traffic } = nginxCanaryWorld();
  let clock = 0;
  const logger = memoryLogger();
  const run = (action: CanaryRun['action'], owner: string): CanaryRun => ({
    action,
    owner,
    start: webStart('10:manual, 50, 100', owner),
    onInconclusive: 'pause',
    store: new CanaryStateStore(objects, 'prod', 'web'),
    traffic,
    releases,
    analyse: async () =>
      verdicts.shift() === 'fail'
        ? {
            verdict: 'fail',
            samples: [],
            decidedBy: { metric: 'success', value: 0.5, threshold: '≥ 0.99', reason: 'success = 0.5 outside ≥ 0.99' },
          }
        : { verdict: 'pass', samples: [] },
    logger,
    now: () => ++clock,
  });
  const options = (environment?: string) => ({
    logger,
    context: context(),
    sleep: async () => undefined,
    ...(environment === undefined ? {} : { github: settings(environment) }),
  });
  return { run, logger, options, objects, events, store: new CanaryStateStore(objects, 'prod', 'web') };
}

describe('recordedCanaryRun: one GitHub deployment from the start to the decision', () => {
  it('paused, then resumed to promotion: one deployment, in_progress then success', async () => {
    const w = world();
    const before = github.deployments.length;
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-1'), w.options('production'));
    expect(paused.outcome.result).toBe('paused');
    expect(paused.outcome.state.deployment).toEqual({
      id: paused.deploymentId,
      environment: 'production',
      environmentUrl: 'https://shop.example.com/',
    });
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress']);
    expect(w.logger.lines.join('\n')).toContain(
      `GitHub deployment ${paused.deploymentId} (production) stays in_progress`,
    );
    expect(canarySummary(paused.outcome.state, []).render()).toContain(
      `**GitHub deployment:** ${paused.deploymentId} in production stays in_progress`,
    );

    const resumed = await recordedCanaryRun(config('resume'), w.run('resume', 'run-2'), w.options('production'));
    expect(resumed.outcome.result).toBe('promoted');
    expect(resumed.deploymentId).toBe(paused.deploymentId);
    expect(github.deployments.length - before).toBe(1);
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress', 'success']);
    const success = github.deployments.find((d) => d.id === paused.deploymentId)?.statuses[1];
    expect(success).toMatchObject({
      description: 'Promoted web web:2 through 3 steps',
      environment_url: 'https://shop.example.com/',
      log_url: 'https://github.com/acme/shop/actions/runs/77',
    });
    expect(github.violations).toEqual([]);
  });

  it('paused, then aborted by hand: the same deployment goes to failure', async () => {
    const w = world();
    const before = github.deployments.length;
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-3'), w.options('production'));
    const aborted = await recordedCanaryRun(config('abort'), w.run('abort', 'run-4'), w.options('production'));
    expect(aborted.outcome.result).toBe('aborted');
    expect(github.deployments.length - before).toBe(1);
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress', 'failure']);
    expect(github.deployments.find((d) => d.id === paused.deploymentId)?.statuses[1]?.description).toBe(
      'Canary of web aborted: aborted by hand (run-4)',
    );
  });

  it('paused, then resumed into a failing step: failure', async () => {
    const w = world(['pass', 'fail']);
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-5'), w.options('production'));
    const resumed = await recordedCanaryRun(config('resume'), w.run('resume', 'run-6'), w.options('production'));
    expect(resumed.outcome.result).toBe('aborted');
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress', 'failure']);
  });

  it('the later run finishes the deployment in the environment the start opened it in', async () => {
    const w = world();
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-7'), w.options('production'));
    await recordedCanaryRun(config('promote'), w.run('promote', 'run-8'), w.options('prod-eu'));
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress', 'success']);
    expect(github.deployments.find((d) => d.id === paused.deploymentId)?.environment).toBe('production');
    expect(w.logger.lines.join('\n')).toContain(
      `GitHub deployment ${paused.deploymentId} belongs to environment production (the canary's start); finished there, not in prod-eu`,
    );
  });

  it('a later run without github-token leaves the deployment in_progress and says so', async () => {
    const w = world();
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-9'), w.options('production'));
    const promoted = await recordedCanaryRun(config('promote'), w.run('promote', 'run-10'), w.options());
    expect(promoted.outcome.result).toBe('promoted');
    expect(statesOf(paused.deploymentId)).toEqual(['in_progress']);
    expect(w.logger.lines.join('\n')).toContain(
      `GitHub deployment ${paused.deploymentId} (production) stays in_progress: this run has no github-token to set it to success`,
    );
  });

  it('a deployment opened around the canary by its caller (the root action) is kept in the state too', async () => {
    const w = world();
    const opened = { id: 424242, environment: 'staging' };
    const paused = await recordedCanaryRun(config('start'), w.run('start', 'run-11'), { ...w.options(), opened });
    expect(paused.outcome.state.deployment).toEqual(opened);
    expect((await w.store.load())?.deployment).toEqual(opened);
  });

  it('a start its traffic provider refuses opens no GitHub deployment, installs nothing, writes nothing', async () => {
    const w = world();
    w.objects.objects.delete(MemoryObjects.key(ingressRef('web')));
    const requests = github.requests.length;
    await expect(recordedCanaryRun(config('start'), w.run('start', 'run-12'), w.options('production'))).rejects.toThrow(
      /^Input 'route': expected an existing Ingress, got "web"/,
    );
    expect(github.requests.slice(requests)).toEqual([]);
    expect(w.objects.log).toEqual([]);
    expect(w.events).toEqual([]);
    expect(await w.store.load()).toBeUndefined();
  });

  it('a second start while the canary is paused opens no second deployment', async () => {
    const w = world();
    await recordedCanaryRun(config('start'), w.run('start', 'run-13'), w.options('production'));
    const requests = github.requests.length;
    const log = w.objects.log.length;
    await expect(recordedCanaryRun(config('start'), w.run('start', 'run-14'), w.options('production'))).rejects.toThrow(
      /^Another canary of release web in prod is already running: paused/,
    );
    expect(github.requests.slice(requests)).toEqual([]);
    expect(w.objects.log.slice(log)).toEqual([]);
  });
});

/**
 * The canary action, helm-deploy and the root action start their GitHub deployments through the
 * one builder (startDescription, deploymentPayload): the same words and the same payload fields
 * for the same release and image, whichever of them delivered it.
 */
describe('helm-deploy, the canary and the root action: one builder of the GitHub deployment', () => {
  const deploymentOf = (id: number | undefined) => github.deployments.find((d) => d.id === id);
  const payloadKeys = (id: number | undefined) => Object.keys(deploymentOf(id)?.payload as object).sort();
  const plan = (stages: string[]) =>
    ({
      environment: 'production',
      namespace: 'prod',
      environmentUrl: 'https://shop.example.com/',
      image: 'web:2',
      stages,
      service: 'web',
      deploy: { release: 'web', chart: './chart' },
    }) as unknown as DeliveryPlan;
  const rootCtx = () => ({ logger: memoryLogger(), github: { token: TOKEN, failOnError: false }, context: context() });
  const fresh = (): DeliveryReport => ({ environment: 'production', result: 'succeeded', stages: [] });

  it("a canary: the canary action's start and the root action's canary delivery say and carry the same", async () => {
    const w = world();
    const action = await recordedCanaryRun(config('start'), w.run('start', 'run-one-1'), w.options('production'));
    const report = fresh();
    await recordedDelivery(plan(['deploy', 'canary']), rootCtx(), report, async () => {
      report.result = 'paused';
    });
    expect(deploymentOf(action.deploymentId)?.description).toBe('web web:2 (canary)');
    expect(deploymentOf(report.deploymentId)?.description).toBe(deploymentOf(action.deploymentId)?.description);
    expect(deploymentOf(report.deploymentId)?.payload).toMatchObject({ kind: 'canary', strategy: 'canary' });
    // The root action adds what only it knows (its stages, the service of slipway.yml).
    expect(payloadKeys(report.deploymentId)).toEqual([...payloadKeys(action.deploymentId), 'service', 'stages'].sort());
    const {
      stages: _stages,
      service: _service,
      ...rootFacts
    } = deploymentOf(report.deploymentId)?.payload as Record<string, unknown>;
    expect(rootFacts).toEqual(deploymentOf(action.deploymentId)?.payload);
  });

  it("a deploy: helm-deploy's and the root action's deploy stage say and carry the same; fail-on-error the same", async () => {
    const request = {
      mode: 'deploy',
      release: 'web',
      namespace: 'prod',
      strategy: 'rolling',
      chart: './chart',
      image: { repository: 'web', tag: '2' },
    } as DeployRequest;
    const deployed = { mode: 'deploy', release: 'web', status: 'deployed', revision: 2 } as DeployReport;
    const options = { logger: memoryLogger(), context: context(), sleep: async () => undefined };
    const helmDeploy = await recordedDeploy(settings(), request, options, async () => deployed);
    const report = fresh();
    await recordedDelivery(plan(['deploy', 'smoke']), rootCtx(), report, async () => {
      report.stages.push({ stage: 'deploy', outcome: 'succeeded', detail: 'revision 2 deployed' });
    });
    expect(deploymentOf(helmDeploy.deploymentId)?.description).toBe('web web:2 (rolling)');
    expect(deploymentOf(report.deploymentId)?.description).toBe(deploymentOf(helmDeploy.deploymentId)?.description);
    const {
      stages: _stages,
      service: _service,
      ...rootFacts
    } = deploymentOf(report.deploymentId)?.payload as Record<string, unknown>;
    expect(rootFacts).toEqual(deploymentOf(helmDeploy.deploymentId)?.payload);

    // deployment-fail-on-error, a refused success status: both keep their result and fail with GitHub's words.
    const strict = { ...settings(), failOnError: true };
    const refusedRun = await recordedDeploy(strict, request, options, async () => {
      github.fail('repos/create-deployment-status', 422, 1, { message: 'Validation Failed' });
      return deployed;
    });
    expect(refusedRun.result).toBe(deployed);
    const strictRoot = { ...rootCtx(), github: { token: TOKEN, failOnError: true } };
    const refusedReport = fresh();
    await recordedDelivery(plan(['deploy']), strictRoot, refusedReport, async () => {
      refusedReport.stages.push({ stage: 'deploy', outcome: 'succeeded', detail: 'revision 2 deployed' });
      github.fail('repos/create-deployment-status', 422, 1, { message: 'Validation Failed' });
    });
    const words = /^GitHub Deployments: could not set deployment \d+ to success: .*422 \(Validation Failed\)/;
    expect(String(refusedRun.refused).replace(/^Error: /, '')).toMatch(words);
    expect(refusedReport.result).toBe('failed');
    expect(String(refusedReport.failure).replace(/^Error: /, '')).toMatch(words);
  });

  it("a fleet deploy: helm-deploy given fleet-service and fleet-cluster carries the root action's service and cluster", async () => {
    const request = { mode: 'deploy', release: 'web', namespace: 'prod', strategy: 'rolling', chart: './chart' };
    const deployed = { mode: 'deploy', release: 'web', status: 'deployed', revision: 2 } as DeployReport;
    const where = { service: 'web', cluster: 'eu-1' };
    const options = { logger: memoryLogger(), context: context(), sleep: async () => undefined, where };
    const helmDeploy = await recordedDeploy(settings(), request as DeployRequest, options, async () => deployed);
    const report = fresh();
    const fleetPlan = { ...plan(['deploy']), image: undefined, cluster: 'eu-1' } as DeliveryPlan;
    await recordedDelivery(fleetPlan, rootCtx(), report, async () => {
      report.stages.push({ stage: 'deploy', outcome: 'succeeded', detail: 'revision 2 deployed' });
    });
    const { stages: _stages, ...rootFacts } = deploymentOf(report.deploymentId)?.payload as Record<string, unknown>;
    expect(rootFacts).toMatchObject(where);
    expect(deploymentOf(helmDeploy.deploymentId)?.payload).toEqual(rootFacts);
  });
});
