import { describe, expect, it } from '@jest/globals';
import { builderId, runFactsFromEnv, slsaProvenance } from './provenance';

const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY_ID: '17',
  RUNNER_ENVIRONMENT: 'self-hosted',
};
const digest = `sha256:${'cd'.repeat(32)}`;

describe('SLSA v1 provenance from the run', () => {
  it('records the repository, workflow, commit, run, builder and digest', () => {
    const facts = runFactsFromEnv(env);
    const predicate = slsaProvenance(
      facts,
      { name: 'ghcr.io/acme/shop', digest },
      { startedOn: new Date('2026-12-04T10:00:00Z'), finishedOn: new Date('2026-12-04T10:02:00Z') },
    );
    expect(predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/shop',
            path: '.github/workflows/ci.yml',
          },
        },
        internalParameters: {
          github: { event_name: 'push', repository_id: '17', runner_environment: 'self-hosted' },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/shop@refs/heads/main', digest: { gitCommit: env.GITHUB_SHA } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/actions/runner/self-hosted' },
        metadata: {
          invocationId: 'https://github.com/acme/shop/actions/runs/4242/attempts/2',
          startedOn: '2026-12-04T10:00:00.000Z',
          finishedOn: '2026-12-04T10:02:00.000Z',
        },
        byproducts: [{ name: 'ghcr.io/acme/shop', digest: { sha256: 'cd'.repeat(32) } }],
      },
    });
  });

  it('names a GitHub-hosted builder by default, on a GHES server as its URL says', () => {
    const facts = runFactsFromEnv({ ...env, RUNNER_ENVIRONMENT: '', GITHUB_SERVER_URL: 'https://ghe.acme.test/' });
    expect(builderId(facts)).toBe('https://ghe.acme.test/actions/runner/github-hosted');
  });

  it('refuses to describe a run it cannot name', () => {
    expect(() => runFactsFromEnv({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc' })).toThrow(
      "SLSA provenance needs the run's GITHUB_WORKFLOW_REF, GITHUB_RUN_ID, which the runner did not set",
    );
  });
});
