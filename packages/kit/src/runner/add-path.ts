import * as core from '@actions/core';
import { ensureRunnerFile } from './runner-file';

/** Puts a directory first on PATH for this step and, through GITHUB_PATH, for the steps after it. */
export function addPath(directory: string): void {
  ensureRunnerFile('GITHUB_PATH');
  core.addPath(directory);
}
