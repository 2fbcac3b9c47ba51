import { appendFileSync, existsSync } from 'node:fs';

/**
 * @actions/core refuses to write to a runner file (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY) that does not exist yet. The runner always creates them;
 * @github/local-action and other hosts only name them, so kit creates a missing one first.
 */
export function ensureRunnerFile(envVar: string): void {
  const path = process.env[envVar];
  if (path && !existsSync(path)) appendFileSync(path, '');
}
