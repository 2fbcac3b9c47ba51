import * as core from '@actions/core';

/** Sets an environment variable for this step and, through GITHUB_ENV, for the steps after it. */
export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}
