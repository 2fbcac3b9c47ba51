import * as core from '@actions/core';

/** Puts a directory first on PATH for this step and, through GITHUB_PATH, for the steps after it. */
export function addPath(directory: string): void {
  core.addPath(directory);
}
