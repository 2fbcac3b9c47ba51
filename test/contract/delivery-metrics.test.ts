import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { GitHubClient } from '@slipway/github';
import { computeMeasures, bandsOf, readGitHubRecords } from '@slipway/records';
import { EXPECTED, FLEET_EXPECTED, REPOSITORY, seedFleetHistory, seedHistory } from '../support/delivery-history';
import { GitHubFake } from '../support/github-fake';
import { runAction } from '../support/run-action';

/** delivery-metrics over GitHub Deployments: the known history of test/support/delivery-history.ts. */
const github = new GitHubFake();
const TOKEN = 'ghs_metrics_5ca1ab1e';
const DAY = 86_400_000;
let now = Date.now();
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
beforeEach(() => {
  github.deployments.length = 0;
  github.pagesServed.length = 0;
  now = Date.now();
  seedHistory(github, now);
});
afterAll(() => github.stop());

const env = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY });
const inputs = (more: Record<string, string> = {}) => ({
  environment: 'production',
  'github-token': TOKEN,
  ...more,
});

describe('delivery-metrics from GitHub Deployments', () => {
  it('pages through deployments and statuses (Link rel="next") and computes every measure as worked by hand', async () => {
    const client = new GitHubClient({ token: TOKEN, apiUrl: github.url, logger: memoryLogger() });
    const sinceMs = now - 30 * DAY;
    const records = await readGitHubRecords({
      client,
      repository: REPOSITORY,
      environment: 'production',
      sinceMs,
      logger: memoryLogger(),
      pageSize: 4,
    });
    expect(github.violations).toEqual([]);
    // 12 production deployments newest first, 4 a page: the third page reaches the one 40 days
    // old, past the window, and paging stops there.
    expect(github.pagesServed.filter((p) => p.startsWith('repos/list-deployments '))).toEqual([
      'repos/list-deployments page 1',
      'repos/list-deployments page 2',
      'repos/list-deployments page 3',
    ]);
    expect(github.pagesServed).toContain('repos/list-deployment-statuses page 2');
    const rollback = records.find((r) => r.kind === 'rollback');
    expect(rollback).toMatchObject({ result: 'success', restored: { revision: 3 } });
    expect(records.filter((r) => r.result === 'rolled-back')).toHaveLength(1);
    expect(records.find((r) => r.kind === 'canary' && r.result === 'aborted')).toBeDefined();
    expect(records.filter((r) => r.result === null)).toHaveLength(1);
    const measures = computeMeasures(records, 'production', { sinceMs, untilMs: now });
    const { bands, ...counted } = EXPECTED;
    expect(measures).toMatchObject(counted);
    expect(bandsOf(measures)).toEqual(bands);
    expect(measures.weeks.reduce((n, w) => n + w.deployments, 0)).toBe(6);
    expect(measures.weeks.reduce((n, w) => n + w.failures, 0)).toBe(4);
  });

  it('the built bundle (Node 24): the same measures as JSON output, a table with bands and a weekly chart', async () => {
    const run = await runAction('delivery-metrics', inputs(), { env: env() });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(github.violations).toEqual([]);
    const metrics = JSON.parse(run.outputs['metrics'] as string);
    expect(metrics).toMatchObject(EXPECTED);
    expect(run.outputs['deployments']).toBe('6');
    expect(Number(run.outputs['change-failure-rate'])).toBe(4 / 9);
    expect(run.summary).toContain('## Delivery metrics: production');
    expect(run.summary).toContain(
      '| Deployment frequency | 0.20 a day (1.40 a week): 6 successful of 9 changes | high |',
    );
    expect(run.summary).toContain('| Lead time for changes | median 3h 40m, p90 1d (5 changes) | elite |');
    expect(run.summary).toContain('| Change failure rate | 44.4% (4 of 9) | low |');
    expect(run.summary).toContain('| Time to restore | median 44m 30s (4 restored) | elite |');
    expect(run.summary).toContain('| Mean deploy duration | 3m (7 deploys) |  |');
    expect(run.summary).toContain('| Mean rollback duration | 1m (1 rollback) |  |');
    expect(run.summary).toContain('1 record(s) without a final status');
    expect(run.summary).toMatch(/```mermaid\nxychart-beta\n[\s\S]*bar \[[\d, ]+\]\n {2}line \[[\d, ]+\]\n```/);
    expect(run.summary).toContain('2023 Accelerate State of DevOps Report');
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '') + run.summary).not.toContain(TOKEN);
  });

  it('a window with no records: a clear "no deployments" summary, zero outputs, exit 0', async () => {
    const run = await runAction('delivery-metrics', inputs({ since: '2d' }), { env: env() });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.summary).toContain('**No deployments** recorded in production in this window');
    expect(run.outputs['deployments']).toBe('0');
    expect(run.outputs['change-failure-rate']).toBe('');
  });

  it('an unknown environment: one error naming the environments there are, exit 1', async () => {
    const run = await runAction('delivery-metrics', inputs({ environment: 'prod' }), { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::Input 'environment': expected an environment with records in the GitHub Deployments of ${REPOSITORY} (production, staging), got "prod"`,
    ]);
    expect(run.outputs).toEqual({});
  });

  it('since in the future, or not a time: one error naming the input, nothing read', async () => {
    const before = github.requests.length;
    for (const since of ['2999-01-01', 'last month']) {
      const run = await runAction('delivery-metrics', inputs({ since }), { env: env() });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^::error title=Configuration error::Input 'since': expected /);
    }
    expect(github.requests.length).toBe(before);
  });

  it('a token without deployments: read: a clear message naming the permission, exit 1', async () => {
    github.fail('repos/list-deployments', 403, 1, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/deployments/deployments#list-deployments',
    });
    const run = await runAction('delivery-metrics', inputs(), { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::Input 'github-token': the token cannot read the deployments of ${REPOSITORY} (GitHub answered 403: Resource not accessible by integration); give the job \`permissions: deployments: read\` (a fine-grained token needs "Deployments: read" on the repository)`,
    ]);
  });

  it('a secondary rate limit (403 with Retry-After) and a 429 are waited out and retried', async () => {
    github.fail(
      'repos/list-deployments',
      403,
      1,
      { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      { 'retry-after': '1' },
    );
    github.fail('repos/list-deployment-statuses', 429, 1, undefined, { 'retry-after': '0' });
    const run = await runAction('delivery-metrics', inputs(), { env: env() });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/secondary rate limit.*attempt 1 failed, retrying in 1000ms/);
    expect(JSON.parse(run.outputs['metrics'] as string)).toMatchObject({ deployments: 6, changes: 9 });
  });

  it('without github-token it reads the cluster: no kubeconfig is one clear error', async () => {
    const run = await runAction('delivery-metrics', { environment: 'production' }, { env: { KUBECONFIG: '' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['::error::no kubeconfig: set the kubeconfig input or KUBECONFIG']);
  });
});

describe('delivery-metrics of a fleet: per environment and per service, one delivery per service and stage', () => {
  it('the built bundle: staging and production, each service a row, the fleet runs counted once per stage', async () => {
    github.deployments.length = 0;
    // 13 days back: the whole history inside the action's 14-day window (its now is a moment later).
    seedFleetHistory(github, now - 13 * DAY);
    const run = await runAction('delivery-metrics', inputs({ environment: 'production, staging', since: '14d' }), {
      env: env(),
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(github.violations).toEqual([]);
    const metrics = JSON.parse(run.outputs['metrics'] as string);
    expect(metrics).toMatchObject({ environment: 'production', ...FLEET_EXPECTED.production });
    expect(metrics.services).toMatchObject([FLEET_EXPECTED.api, FLEET_EXPECTED.web]);
    expect(run.outputs['deployments']).toBe('5');
    expect(Number(run.outputs['change-failure-rate'])).toBe(3 / 7);
    const environments = JSON.parse(run.outputs['environments'] as string);
    expect(environments.map((e: { environment: string }) => e.environment)).toEqual(['production', 'staging']);
    expect(environments[1]).toMatchObject(FLEET_EXPECTED.staging);
    expect(environments[1].services.map((s: { service: string }) => s.service)).toEqual(FLEET_EXPECTED.stagingServices);
    expect(run.summary).toContain(
      '| production | 5 of 7 changes (22 cluster records) | 0.36 a day (high) | 1h 30m (elite) | 42.9% (3 of 7) (low) | 1d (medium) |',
    );
    expect(run.summary).toContain(
      '| web | 3 of 4 changes (11 cluster records) | 0.21 a day (high) | 2h 15m (elite) | 50.0% (2 of 4) (low) | 3d (medium) |',
    );
    expect(run.summary).toContain('## Delivery metrics: staging');
  });

  it('one of several environments unknown: one error naming it and the ones there are, exit 1', async () => {
    github.deployments.length = 0;
    seedFleetHistory(github, now - 13 * DAY);
    const run = await runAction('delivery-metrics', inputs({ environment: 'staging, prod' }), { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error title=Configuration error::Input 'environment': expected an environment with records in the GitHub Deployments of ${REPOSITORY} (production, staging), got "prod"`,
    ]);
  });
});
