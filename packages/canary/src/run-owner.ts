/** Who acts on a canary, recorded as its owner: the workflow run and job, or a random id off a runner. */
export function runOwner(env: Record<string, string | undefined> = process.env): string {
  return env['GITHUB_RUN_ID']
    ? `run ${env['GITHUB_RUN_ID']}.${env['GITHUB_RUN_ATTEMPT'] ?? '1'} (${env['GITHUB_JOB'] ?? 'job'})`
    : `run ${globalThis.crypto.randomUUID().slice(0, 8)}`;
}
