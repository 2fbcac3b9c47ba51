import { addPath as coreAddPath } from '@actions/core';

/** Puts `dir` first on PATH for this step and, through the GITHUB_PATH file, for the steps after it. */
export function addPath(dir: string): void {
  coreAddPath(dir);
}
