import { EOL } from 'node:os';

type Write = (text: string) => void;
let write: Write = (text) => process.stdout.write(text);

/** Tests capture what the runner would read by swapping the writer. */
export function setCommandWriter(next: Write): Write {
  const previous = write;
  write = next;
  return previous;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes `::name key=value,…::message`, escaped as the runner expects. */
export function issueCommand(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/**
 * A line the runner would obey: `::name::` after leading blanks, or the old `##[name]` form.
 * `^` with the m flag also matches after a lone `\r`, which the runner's line reader splits on.
 */
const COMMAND_LIKE = /^\s*::|##\[/m;

/**
 * Plain text (a user's value, a tool's output) as it is. Text that would read as a workflow
 * command (`::set-output`, a newline then `::error`) is written between `::stop-commands::`
 * and its one-time token, so the runner shows it and obeys none of it.
 */
export function writeLine(text: string): void {
  if (!COMMAND_LIKE.test(text)) return write(`${text}${EOL}`);
  // The global Web Crypto loads on first use; importing node:crypto cost every action ~3 ms at start-up.
  const token = globalThis.crypto.randomUUID();
  write(`::stop-commands::${token}${EOL}${text}${EOL}::${token}::${EOL}`);
}
