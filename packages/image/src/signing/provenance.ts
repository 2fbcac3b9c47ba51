/** The workflow run a build came from, as the runner describes it (GITHUB_* variables). */
export interface RunFacts {
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** owner/name/.github/workflows/ci.yml@refs/heads/main */
  workflowRef: string;
  ref: string;
  sha: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  /** github-hosted or self-hosted (RUNNER_ENVIRONMENT); names the builder. */
  runnerEnvironment: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
}

/** SLSA v1's predicate type, and cosign's --type for it. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (the one its own provenance attestations use). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** Reads the run's facts; the ones provenance cannot do without must be there. */
export function runFactsFromEnv(env: NodeJS.ProcessEnv = process.env): RunFacts {
  const get = (name: string) => env[name] ?? '';
  const facts: RunFacts = {
    serverUrl: (get('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, ''),
    repository: get('GITHUB_REPOSITORY'),
    workflowRef: get('GITHUB_WORKFLOW_REF'),
    ref: get('GITHUB_REF'),
    sha: get('GITHUB_SHA'),
    eventName: get('GITHUB_EVENT_NAME'),
    runId: get('GITHUB_RUN_ID'),
    runAttempt: get('GITHUB_RUN_ATTEMPT') || '1',
    runnerEnvironment: get('RUNNER_ENVIRONMENT') || 'github-hosted',
    ...(env['GITHUB_REPOSITORY_ID'] ? { repositoryId: env['GITHUB_REPOSITORY_ID'] } : {}),
    ...(env['GITHUB_REPOSITORY_OWNER_ID'] ? { repositoryOwnerId: env['GITHUB_REPOSITORY_OWNER_ID'] } : {}),
  };
  const missing = (
    [
      ['GITHUB_REPOSITORY', facts.repository],
      ['GITHUB_WORKFLOW_REF', facts.workflowRef],
      ['GITHUB_SHA', facts.sha],
      ['GITHUB_RUN_ID', facts.runId],
    ] as const
  )
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length)
    throw new Error(`SLSA provenance needs the run's ${missing.join(', ')}, which the runner did not set`);
  return facts;
}

/** The builder that ran the build: GitHub's runner of that kind, as GitHub's own provenance names it. */
export function builderId(facts: RunFacts): string {
  return `${facts.serverUrl}/actions/runner/${facts.runnerEnvironment}`;
}

/**
 * An SLSA v1 provenance predicate (https://slsa.dev/spec/v1.0/provenance) for the image built by
 * this run. cosign wraps it in an in-toto statement whose subject is the signed digest; the
 * digest is also recorded in the byproducts, so the predicate read on its own names the image.
 */
export function slsaProvenance(
  facts: RunFacts,
  image: { name: string; digest: string },
  times: { startedOn: Date; finishedOn: Date },
): Record<string, unknown> {
  // owner/name/.github/workflows/ci.yml@refs/heads/main → path .github/workflows/ci.yml, ref refs/heads/main
  const at = facts.workflowRef.lastIndexOf('@');
  const workflowPath = facts.workflowRef.slice(0, at < 0 ? undefined : at).slice(facts.repository.length + 1);
  const workflowRef = at < 0 ? facts.ref : facts.workflowRef.slice(at + 1);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: workflowRef, repository: `${facts.serverUrl}/${facts.repository}`, path: workflowPath },
      },
      internalParameters: {
        github: {
          event_name: facts.eventName,
          ...(facts.repositoryId ? { repository_id: facts.repositoryId } : {}),
          ...(facts.repositoryOwnerId ? { repository_owner_id: facts.repositoryOwnerId } : {}),
          runner_environment: facts.runnerEnvironment,
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${facts.serverUrl}/${facts.repository}@${facts.ref}`,
          digest: { gitCommit: facts.sha },
        },
      ],
    },
    runDetails: {
      builder: { id: builderId(facts) },
      metadata: {
        invocationId: `${facts.serverUrl}/${facts.repository}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`,
        startedOn: times.startedOn.toISOString(),
        finishedOn: times.finishedOn.toISOString(),
      },
      byproducts: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
    },
  };
}
