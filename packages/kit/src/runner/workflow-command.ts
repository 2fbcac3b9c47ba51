import * as core from '@actions/core';
import { EOL } from 'node:os';

type Write = (text: string) => void;

/** @actions/core writes every command to process.stdout; this is the runner's own stream. */
const stdoutWrite = process.stdout.write.bind(process.stdout);
const toStdout: Write = (text) => {
  stdoutWrite(text);
};
let write: Write = toStdout;

/**
 * Tests capture what the runner would read by swapping the writer. @actions/core writes to
 * process.stdout itself, so a swapped writer takes process.stdout while it is set.
 */
export function setCommandWriter(next: Write): Write {
  const previous = write;
  write = next;
  process.stdout.write = (
    next === toStdout
      ? stdoutWrite
      : (chunk: string | Uint8Array, ...rest: unknown[]) => {
          next(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
          callback?.();
          return true;
        }
  ) as typeof process.stdout.write;
  return previous;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Properties = Record<string, string | number | undefined>;

/**
 * Kit's annotation fields as @actions/core names them, unset ones left out: core writes
 * `::error ::` (with a space) for properties that are all unset.
 */
export function annotationProperties(where: Properties): core.AnnotationProperties {
  const named: Record<string, string | number | undefined> = {
    title: where['title'],
    file: where['file'],
    startLine: where['line'],
    endLine: where['endLine'],
    startColumn: where['col'],
    endColumn: where['endColumn'],
  };
  const numeric = new Set(['startLine', 'endLine', 'startColumn', 'endColumn']);
  return Object.fromEntries(
    Object.entries(named)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, numeric.has(k) ? Number(v) : String(v)]),
  ) as core.AnnotationProperties;
}

/**
 * Writes `::name key=value,…::message`. The commands @actions/core has a function for go
 * through it; the rest (`stop-commands` and its resume token, which core does not offer) are
 * written here, escaped as core escapes them.
 */
export function issueCommand(name: string, message: string, properties: Properties = {}): void {
  switch (name) {
    case 'error':
    case 'warning':
    case 'notice':
      return core[name](message, annotationProperties(properties));
    case 'debug':
      return core.debug(message);
    case 'add-mask':
      return core.setSecret(message);
    case 'group':
      return core.startGroup(message);
    case 'endgroup':
      return core.endGroup();
  }
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
 * Plain text (a user's value, a tool's output) as it is, through `core.info`. Text that would
 * read as a workflow command (`::set-output`, a newline then `::error`) is written between
 * `::stop-commands::` and its one-time token, so the runner shows it and obeys none of it:
 * `core.info` writes text as it is, and core has no stop-commands of its own.
 */
export function writeLine(text: string): void {
  if (!COMMAND_LIKE.test(text)) return core.info(text);
  const token = globalThis.crypto.randomUUID();
  issueCommand('stop-commands', token);
  core.info(text);
  write(`::${token}::${EOL}`);
}
