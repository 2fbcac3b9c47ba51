import { TransientError } from '@slipway/kit';

export interface DownloadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Redirects followed at most (get.helm.sh answers from a CDN). */
  maxRedirects?: number;
}

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * GETs a URL into memory over node http(s), following redirects. 5xx, 429 and network
 * failures are TransientError (worth a retry); 4xx is DownloadError (not).
 */
export async function downloadBytes(url: string, options: DownloadOptions = {}): Promise<Buffer> {
  const maxRedirects = options.maxRedirects ?? 5;
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const answer = await getOnce(target, options);
    if ('location' in answer) {
      if (hop >= maxRedirects) throw new DownloadError(`Too many redirects from ${url}`, 0);
      target = new URL(answer.location, target);
      continue;
    }
    return answer.body;
  }
}

async function getOnce(url: URL, options: DownloadOptions): Promise<{ body: Buffer } | { location: string }> {
  const http = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DownloadError(`Cannot download ${url.href}: only http and https`, 0);
  return new Promise((resolve, reject) => {
    const request = http.get(url, { signal: options.signal, timeout: options.timeoutMs ?? 60_000 }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ location: response.headers.location });
      }
      if (status !== 200) {
        response.resume();
        const message = `GET ${url.href} answered ${status}`;
        return reject(
          status >= 500 || status === 429 ? new TransientError(message) : new DownloadError(message, status),
        );
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ body: Buffer.concat(chunks) }));
      response.on('error', (error) =>
        reject(new TransientError(`GET ${url.href}: ${error.message}`, { cause: error })),
      );
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => {
      if (error.name === 'AbortError') return reject(error);
      reject(new TransientError(`GET ${url.href}: ${error.message}`, { cause: error }));
    });
  });
}
