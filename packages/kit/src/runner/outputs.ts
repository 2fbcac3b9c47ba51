import { appendKeyValue } from './file-command';
import { issueCommand } from './workflow-command';

export type OutputValue = string | number | boolean | object | null | undefined;

/** Strings as they are (multi-line allowed), everything else as JSON. */
export function outputText(value: OutputValue): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function setOutput(name: string, value: OutputValue): void {
  const text = outputText(value);
  if (!appendKeyValue('GITHUB_OUTPUT', name, text)) issueCommand('set-output', text, { name });
}

/** Post-step state: saved in main, read back by the post run of the same bundle. */
export function saveState(name: string, value: OutputValue): void {
  const text = outputText(value);
  if (!appendKeyValue('GITHUB_STATE', name, text)) issueCommand('save-state', text, { name });
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}
