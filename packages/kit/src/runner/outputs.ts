import * as core from '@actions/core';
import { ensureRunnerFile } from './runner-file';

export type OutputValue = string | number | boolean | object | null | undefined;

/** Strings as they are (multi-line allowed), everything else as JSON. */
export function outputText(value: OutputValue): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Through `core.setOutput`: a heredoc block with a random delimiter in GITHUB_OUTPUT. */
export function setOutput(name: string, value: OutputValue): void {
  ensureRunnerFile('GITHUB_OUTPUT');
  core.setOutput(name, outputText(value));
}

/** Post-step state: saved in main, read back by the post run of the same bundle. */
export function saveState(name: string, value: OutputValue): void {
  ensureRunnerFile('GITHUB_STATE');
  core.saveState(name, outputText(value));
}

export function getState(name: string): string {
  return core.getState(name);
}
