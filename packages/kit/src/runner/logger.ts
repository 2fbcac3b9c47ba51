import * as core from '@actions/core';
import { annotationProperties, writeLine } from './workflow-command';

export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
}

/** What domain packages log through, so they run the same in an action, a test or a script. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export function isDebug(): boolean {
  return core.isDebug();
}

/** The runner's log through @actions/core; plain lines are neutralised (see writeLine). */
export const runnerLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => writeLine(message),
  warning: (message, where = {}) => core.warning(message, annotationProperties({ ...where })),
  error: (message, where = {}) => core.error(message, annotationProperties({ ...where })),
  // core.group closes the group in a finally, so a body that throws still ends it.
  group: (title, body) => core.group(title, body),
};

/** A logger that keeps every line: for tests and for callers that want the transcript. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    async group(title, body) {
      lines.push(`group: ${title}`);
      return body();
    },
  };
}
