import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { runnerDirs } from '../runner/runner-dirs';
import { CancelledError, ConfigError, errorMessage, TransientError } from '../errors';
import { TOOL_DOWNLOAD_POLICY } from './download-policy';

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Default: TOOL_DOWNLOAD_POLICY.deadlineMs. */
  deadlineMs?: number;
}

/**
 * Downloads `url` to `dest` with tool-cache's `downloadTool` (proxy-aware through
 * @actions/http-client, redirects followed, its retries) under the policy's deadline. A 4xx is a
 * ConfigError (the URL is wrong), a 5xx, 408, 429 or network failure left after the retries a
 * TransientError. On the deadline or a cancellation the attempt is abandoned (tool-cache cannot
 * abort it; its socket ends with the process).
 */
export async function downloadToolFile(url: string, dest: string, options: DownloadOptions = {}): Promise<string> {
  // tool-cache loads only when a tool is downloaded (start-up of every action).
  const tc = await import('@actions/tool-cache');
  const deadlineMs = options.deadlineMs ?? TOOL_DOWNLOAD_POLICY.deadlineMs;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new TransientError(`Download of ${url} did not finish within ${deadlineMs / 1000} s`)),
      deadlineMs,
    );
    timer.unref();
    onAbort = () => reject(new CancelledError(`Download of ${url} cancelled`));
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([tc.downloadTool(url, dest), stop]);
  } catch (error) {
    if (error instanceof TransientError || error instanceof CancelledError) throw error;
    const status = error instanceof tc.HTTPError ? error.httpStatusCode : undefined;
    if (status !== undefined) {
      const message = `Download of ${url} answered HTTP ${status}`;
      if (status >= 500 || status === 408 || status === 429)
        throw new TransientError(`${message} (${TOOL_DOWNLOAD_POLICY.attempts} attempts)`, { cause: error });
      throw new ConfigError(message, { cause: error });
    }
    throw new TransientError(`Download of ${url} failed: ${errorMessage(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
  }
}

/** A small text file (a checksums list, an index page) through the same download, from a temporary folder. */
export async function downloadToolText(url: string, options: DownloadOptions = {}): Promise<string> {
  const dir = await mkdtemp(join(runnerDirs().temp, 'slipway-download-'));
  try {
    return await readFile(await downloadToolFile(url, join(dir, 'file'), options), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
