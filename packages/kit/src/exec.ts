import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { CancelledError, TransientError } from './errors';
import type { Logger } from './runner/logger';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then closed. */
  input?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Stream each output line here as it comes (secrets are masked by the runner, not by us). */
  logger?: Logger;
  /** With a logger: false streams stderr only and keeps stdout for the result (machine output). */
  logStdout?: boolean;
  /** Resolve with the exit code instead of throwing on a non-zero exit. */
  ignoreExitCode?: boolean;
  /** Bytes of stdout/stderr kept for the result; the stream itself is never cut. */
  maxCaptureBytes?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ExecError extends Error {
  override name = 'ExecError';
  constructor(
    message: string,
    readonly result: ExecResult,
  ) {
    super(message);
  }
}

const KILL_GRACE_MS = 5000;

/**
 * Runs a program with an argv array: never a shell, so nothing a user wrote is interpreted.
 * Streams output to the logger, captures it, enforces a timeout, and kills the child (SIGTERM,
 * then SIGKILL) when the signal aborts.
 */
export async function exec(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  // Loaded on first use: actions that fail on their inputs never pay for it.
  const { signal, timeoutMs, logger } = options;
  const limit = options.maxCaptureBytes ?? 16 * 1024 * 1024;
  const command = [file, ...args].join(' ');
  if (signal?.aborted) throw new CancelledError(`Not started, cancelled: ${file}`);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = capture(limit, logger && options.logStdout !== false ? (l) => logger.info(l) : undefined);
    const err = capture(limit, logger ? (l) => logger.info(l) : undefined);
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    let stopReason: Error | undefined;
    const stop = (reason: Error) => {
      if (stopReason) return;
      stopReason = reason;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
    };
    const onAbort = () => stop(new CancelledError(`Cancelled: ${command}`));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs
      ? setTimeout(() => stop(new TransientError(`Timed out after ${timeoutMs}ms: ${command}`)), timeoutMs)
      : undefined;
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      const what = error.code === 'ENOENT' ? `Program not found: ${file}` : `Could not run ${file}: ${error.message}`;
      reject(new ExecError(what, { exitCode: -1, stdout: '', stderr: '' }));
    });
    child.on('close', (code, killedBy) => {
      cleanup();
      out.flush();
      err.flush();
      const result = { exitCode: code ?? -1, stdout: out.text(), stderr: err.text() };
      if (stopReason) return reject(stopReason);
      if (result.exitCode !== 0 && !options.ignoreExitCode) {
        const why = killedBy ? `was killed by ${killedBy}` : `exited with code ${result.exitCode}`;
        const tail = lastLine(result.stderr) || lastLine(result.stdout);
        return reject(new ExecError(`${file} ${why}${tail ? `: ${tail}` : ''}`, result));
      }
      resolve(result);
    });
    function cleanup() {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return (lines[lines.length - 1] ?? '').slice(0, 500);
}

/** Keeps up to `limit` bytes and hands complete lines to `onLine` as they arrive. */
function capture(limit: number, onLine?: (line: string) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let partial = '';
  // A multi-byte character may be split across chunks; the decoder holds its first bytes.
  const decoder = new StringDecoder('utf8');
  return {
    push(chunk: Buffer) {
      if (size < limit) {
        chunks.push(chunk.subarray(0, limit - size));
        size += Math.min(chunk.length, limit - size);
      }
      if (!onLine) return;
      const lines = (partial + decoder.write(chunk)).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    },
    flush() {
      if (onLine) partial += decoder.end();
      if (onLine && partial) onLine(partial);
      partial = '';
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}
