import * as core from '@actions/core';
import { ensureRunnerFile } from './runner-file';

/** Sets an environment variable for this step and, through GITHUB_ENV, for the steps after it. */
export function exportVariable(name: string, value: string): void {
  ensureRunnerFile('GITHUB_ENV');
  core.exportVariable(name, value);
}
