import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Appends `name<<delimiter` … `delimiter` to a runner file (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV). A random delimiter means a value can never end the block early.
 */
export function appendKeyValue(envVar: string, name: string, value: string): boolean {
  const path = process.env[envVar];
  if (!path) return false;
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected delimiter in ${envVar} value`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}
