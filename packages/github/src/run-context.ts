/** What the runner tells a step about the repository and the run, from its environment. */
export interface RunContext {
  apiUrl: string;
  /** owner/name */
  repository: string | undefined;
  sha: string | undefined;
  /** The workflow run's page, for log_url; undefined outside a runner. */
  runUrl: string | undefined;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] || undefined;
  const runId = env['GITHUB_RUN_ID'];
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  return {
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    repository,
    sha: env['GITHUB_SHA'] || undefined,
    runUrl:
      repository && runId
        ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
        : undefined,
  };
}
