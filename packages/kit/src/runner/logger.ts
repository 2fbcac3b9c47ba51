import { issueCommand, writeLine } from './workflow-command';

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
  return process.env['RUNNER_DEBUG'] === '1';
}

export const runnerLogger: Logger = {
  debug: (message) => issueCommand('debug', message),
  info: (message) => writeLine(message),
  warning: (message, where = {}) => issueCommand('warning', message, { ...where }),
  error: (message, where = {}) => issueCommand('error', message, { ...where }),
  async group(title, body) {
    issueCommand('group', title);
    try {
      return await body();
    } finally {
      issueCommand('endgroup', '');
    }
  },
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
