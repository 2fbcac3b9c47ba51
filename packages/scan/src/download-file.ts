import { createWriteStream } from 'node:fs';
import { ConfigError, TransientError } from '@slipway/kit';

/** Downloads `url` to `path` (following redirects) and returns the SHA-256 hex digest of the bytes written. */
export async function downloadFile(
  url: URL,
  path: string,
  options: { signal?: AbortSignal; redirects?: number } = {},
): Promise<string> {
  const { createHash } = await import('node:crypto');
  const client = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const request = client.get(url, { signal: options.signal }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if ((options.redirects ?? 0) >= 5) return reject(new Error(`Too many redirects downloading ${url.href}`));
        const next = new URL(location, url);
        return void downloadFile(next, path, { ...options, redirects: (options.redirects ?? 0) + 1 }).then(
          resolve,
          reject,
        );
      }
      if (status !== 200) {
        response.resume();
        const error = `Download of ${url.href} answered HTTP ${status}`;
        return reject(status >= 500 || status === 429 ? new TransientError(error) : new Error(error));
      }
      const hash = createHash('sha256');
      const file = createWriteStream(path, { mode: 0o644 });
      response.on('data', (chunk: Buffer) => hash.update(chunk));
      response.pipe(file);
      file.on('finish', () => resolve(hash.digest('hex')));
      file.on('error', reject);
      response.on('error', reject);
    });
    request.on('error', (error) => reject(new TransientError(`Download of ${url.href} failed: ${error.message}`)));
  });
}

/** Downloads a small text file (a checksums list). */
export async function downloadText(url: URL, signal?: AbortSignal): Promise<string> {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'slipway-dl-'));
  try {
    await downloadFile(url, join(dir, 'file'), { signal });
    return readFileSync(join(dir, 'file'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Downloads `url` to `path` and refuses (ConfigError, the file removed) bytes whose SHA-256 is
 * not `expected`; `source` says where the expected digest came from ("published", "pinned").
 */
export async function downloadVerified(
  url: URL,
  path: string,
  expected: { sha256: string; source: string; tool: string },
  signal?: AbortSignal,
): Promise<void> {
  const actual = await downloadFile(url, path, { signal });
  if (actual === expected.sha256) return;
  const { rmSync } = await import('node:fs');
  rmSync(path, { force: true });
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? url.href);
  throw new ConfigError(
    `${expected.tool}: refusing ${name}: SHA-256 ${actual} does not match the ${expected.source} ${expected.sha256}`,
  );
}
