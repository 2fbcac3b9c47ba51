/** The longest ConfigError message kept: an annotation shows 4096 characters at most. */
const MAX_CONFIG_MESSAGE = 2000;

/**
 * Something the user can fix: names the input or the file and what was expected. The message is
 * always one line of bounded length, whatever user text it quotes: control characters are shown
 * escaped (`\n`, `\u0000`) and a message past 2000 characters is cut with "…".
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(message: string, options?: ErrorOptions) {
    super(oneLine(message), options);
  }
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const shown = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return shown.length > MAX_CONFIG_MESSAGE ? `${shown.slice(0, MAX_CONFIG_MESSAGE)}…` : shown;
}

/** A failure that may pass if tried again (5xx, 429, timeouts, connection resets). */
export class TransientError extends Error {
  override name = 'TransientError';
  /** How long the server asked us to wait before the next attempt, when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Raised when an operation stops because the job was cancelled or its deadline passed. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** The message of anything thrown, including non-Error values, which must never be lost. */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown;
  if (thrown === undefined) return 'undefined was thrown';
  // Errors from another realm (a DOMException, a vm context) fail instanceof but carry a message.
  const named = errorName(thrown);
  if (named && typeof (thrown as { message?: unknown }).message === 'string') {
    return (thrown as { message: string }).message || named;
  }
  try {
    // JSON.stringify gives undefined (no throw) for symbols and functions.
    return `non-Error thrown: ${JSON.stringify(thrown) ?? String(thrown)}`;
  } catch {
    return `non-Error thrown: ${String(thrown)}`;
  }
}

/** The `name` of an error-like value, whatever realm it came from. */
export function errorName(thrown: unknown): string | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const name = (thrown as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

export function isConfigError(thrown: unknown): thrown is ConfigError {
  return thrown instanceof ConfigError;
}
