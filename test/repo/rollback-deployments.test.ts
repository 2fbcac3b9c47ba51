import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const repoRoot = new URL('../../', import.meta.url).pathname;

interface Step {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}

/** Every `mode: rollback` step of a workflow, with its job's name and permissions. */
function rollbackSteps(workflow: string) {
  const jobs = (
    parse(readFileSync(`${repoRoot}.github/workflows/${workflow}`, 'utf8')) as { jobs: Record<string, Job> }
  ).jobs;
  return Object.entries(jobs).flatMap(([name, job]) =>
    (job.steps ?? [])
      .filter((step) => step.uses?.includes('/actions/helm-deploy@') && step.with?.['mode'] === 'rollback')
      .map((step) => ({ job: name, name: step.name, permissions: job.permissions, with: step.with ?? {} })),
  );
}

/** A rollback is a deployment of the environment too (kind rollback), wherever a workflow rolls back. */
describe('the reusable workflows record every rollback as a GitHub deployment', () => {
  it.each(['fleet-wave.yml', 'rollback.yml'])('%s: github-token, environment and deployments: write', (workflow) => {
    const steps = rollbackSteps(workflow);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps)
      expect({
        job: step.job,
        token: step.with['github-token'],
        environment: typeof step.with['environment'],
        deployments: typeof step.permissions === 'object' ? step.permissions['deployments'] : step.permissions,
      }).toEqual({ job: step.job, token: '${{ github.token }}', environment: 'string', deployments: 'write' });
  });

  it('fleet-wave.yml: without a github.token (act without one) the rollback still runs, recording nothing', () => {
    // helm-deploy refuses environment (or environment-url) without github-token: both are gated on the token.
    for (const step of rollbackSteps('fleet-wave.yml'))
      expect([step.with['environment'], step.with['environment-url']]).toEqual([
        "${{ github.token && matrix.stage || '' }}",
        "${{ github.token && matrix.url || '' }}",
      ]);
  });

  it('fleet-wave.yml: every rollback names its fleet service and cluster, so a stage rollback counts as one restore per service', () => {
    // Without them delivery-metrics sees one restore per cluster (helm-deploy's service input is blue-green's, not this).
    for (const step of rollbackSteps('fleet-wave.yml'))
      expect({ job: step.job, service: step.with['fleet-service'], cluster: step.with['fleet-cluster'] }).toEqual({
        job: step.job,
        service: '${{ matrix.service }}',
        cluster: '${{ matrix.cluster }}',
      });
  });

  it('fleet-wave.yml: the failed wave’s own rollback, rollback.yml’s stage rollback and every rollback slot (9 in all)', () => {
    expect(rollbackSteps('fleet-wave.yml').map((s) => `${s.job}: ${s.name}`)).toEqual([
      'deploy: rollback',
      'deploy: roll back',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `rollback-wave-${n}: rollback`),
    ]);
  });
});
