import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { recordedDelivery } from '../../../packages/delivery/src/delivery-deployment';
import type { DeliveryReport } from '../../../packages/delivery/src/delivery-report';
import type { DeliveryPlan } from '../../../packages/delivery/src/plan-delivery';
import { GitHubFake } from '../../support/github-fake';

/** The root action's GitHub deployment (the shared lifecycle of packages/records) against the GitHub fake. */
const github = new GitHubFake();
const TOKEN = 'ghs_root_delivery';
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
afterAll(() => github.stop());

const plan = {
  environment: 'staging',
  namespace: 'staging',
  environmentUrl: 'https://staging.example.com/',
  image: 'web:2',
  stages: ['deploy', 'smoke'],
  deploy: { release: 'web', chart: './chart' },
} as unknown as DeliveryPlan;
const ctx = (failOnError: boolean) => ({
  logger: memoryLogger(),
  github: { token: TOKEN, failOnError },
  context: {
    apiUrl: github.url,
    repository: 'acme/shop',
    sha: 'f'.repeat(40),
    runUrl: 'https://github.com/acme/shop/actions/runs/8',
  },
});
const fresh = (): DeliveryReport => ({ environment: 'staging', result: 'succeeded', stages: [] });
const statesOf = (report: DeliveryReport) =>
  github.deployments.find((d) => d.id === report.deploymentId)?.statuses.map((s) => s.state);
const succeeded = (report: DeliveryReport) => async () => {
  report.stages.push({ stage: 'deploy', outcome: 'succeeded', detail: 'revision 2 deployed' });
  report.stages.push({ stage: 'smoke', outcome: 'succeeded', detail: '3 checks passed' });
};

describe('recordedDelivery (the root action) through withGitHubDeployment', () => {
  it('every stage succeeded: in_progress then success; the stages ran with the deployment id', async () => {
    const report = fresh();
    let seen: number | undefined;
    await recordedDelivery(plan, ctx(false), report, async (id) => {
      seen = id;
      await succeeded(report)();
    });
    expect(seen).toBe(report.deploymentId);
    expect(statesOf(report)).toEqual(['in_progress', 'success']);
    expect(github.deployments.find((d) => d.id === report.deploymentId)?.payload).toMatchObject({ kind: 'deploy' });
    expect(github.violations).toEqual([]);
  });

  it('a paused canary leaves the deployment in_progress (its state keeps it for the run that decides it)', async () => {
    const report = fresh();
    await recordedDelivery(plan, ctx(false), report, async () => {
      report.stages.push({ stage: 'canary', outcome: 'paused', detail: 'paused at step 1 (10%) until a resume' });
      report.result = 'paused';
    });
    expect(statesOf(report)).toEqual(['in_progress']);
  });

  it('a failed stage: failure with its words', async () => {
    const report = fresh();
    await recordedDelivery(plan, ctx(false), report, async () => {
      report.stages.push({ stage: 'deploy', outcome: 'failed', detail: 'Deploy of web failed: timed out' });
      report.result = 'failed';
    });
    expect(statesOf(report)).toEqual(['in_progress', 'failure']);
    expect(github.deployments.find((d) => d.id === report.deploymentId)?.statuses[1]?.description).toBe(
      'Deploy of web failed: timed out',
    );
  });

  it('deployment-fail-on-error: a refused success status fails the delivery, naming GitHub status', async () => {
    const report = fresh();
    const run = ctx(true);
    await recordedDelivery(plan, run, report, async () => {
      await succeeded(report)();
      github.fail('repos/create-deployment-status', 422, 1, { message: 'Validation Failed' });
    });
    expect(report.result).toBe('failed');
    expect(String(report.failure)).toMatch(
      /GitHub Deployments: could not set deployment \d+ to success: .*422 \(Validation Failed\)/,
    );
    expect(statesOf(report)).toEqual(['in_progress']);
  });

  it('without it, the refused success status is one warning and the delivery stands', async () => {
    const report = fresh();
    const run = ctx(false);
    await recordedDelivery(plan, run, report, async () => {
      await succeeded(report)();
      github.fail('repos/create-deployment-status', 422, 1, { message: 'Validation Failed' });
    });
    expect(report.result).toBe('succeeded');
    expect(report.failure).toBeUndefined();
    expect(run.logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(/could not set deployment \d+ to success: .*; the deploy is not affected/),
    ]);
  });

  it('deployment-fail-on-error: a refused deployment throws before any stage runs', async () => {
    const report = fresh();
    github.fail('repos/create-deployment', 403, 1, { message: 'Resource not accessible by integration' });
    let ran = false;
    await expect(
      recordedDelivery(plan, ctx(true), report, async () => {
        ran = true;
      }),
    ).rejects.toThrow(/could not create the deployment: .*403/);
    expect(ran).toBe(false);
  });
});
