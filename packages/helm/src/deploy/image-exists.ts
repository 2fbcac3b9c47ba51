import { ConfigError, errorMessage, type Logger } from '@slipway/kit';
import type { ImageParts } from './image-values';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type ImageCheck = 'found' | 'unverified';

/** registry host and repository path of a reference (Docker Hub for a bare name). */
export function registryOf(repository: string): { host: string; path: string } {
  const first = repository.split('/')[0] as string;
  if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return { host: first, path: repository.slice(first.length + 1) };
  }
  return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}

/**
 * HEADs the image's manifest in its registry (the anonymous token flow when the registry asks).
 * A 404 fails: deploying it could never become ready. A registry that wants credentials we do
 * not have is reported as unverified, not as missing.
 */
export async function checkImageExists(
  image: ImageParts,
  options: { logger: Logger; signal?: AbortSignal; timeoutMs?: number },
): Promise<ImageCheck> {
  const { host, path } = registryOf(image.repository);
  const reference = image.digest ?? image.tag ?? 'latest';
  const shown = `${image.repository}${image.digest ? `@${image.digest}` : `:${reference}`}`;
  const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  const schemes = local ? ['https', 'http'] : ['https'];
  let lastError: unknown;
  for (const scheme of schemes) {
    const url = `${scheme}://${host}/v2/${path}/manifests/${reference}`;
    try {
      let answer = await head(url, {}, options);
      if (answer.status === 401) {
        const token = await anonymousToken(answer, path, options).catch(() => undefined);
        if (token) answer = await head(url, { authorization: `Bearer ${token}` }, options);
      }
      if (answer.status === 200) {
        options.logger.info(`Image ${shown} exists in ${host}`);
        return 'found';
      }
      if (answer.status === 404)
        throw new ConfigError(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
      if (answer.status === 401 || answer.status === 403) {
        options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${answer.status})`);
        return 'unverified';
      }
      lastError = new Error(`${url} answered ${answer.status}`);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      lastError = error;
    }
  }
  options.logger.warning(`Cannot verify that ${shown} exists: ${errorMessage(lastError)}`);
  return 'unverified';
}

async function anonymousToken(
  challenge: Answer,
  path: string,
  options: { signal?: AbortSignal; timeoutMs?: number },
): Promise<string | undefined> {
  const header = String(challenge.headers['www-authenticate'] ?? '');
  if (!/^Bearer /i.test(header)) return undefined;
  const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  if (!params['realm']) return undefined;
  const url = new URL(params['realm']);
  if (params['service']) url.searchParams.set('service', params['service']);
  url.searchParams.set('scope', `repository:${path}:pull`);
  const answer = await request('GET', url.href, {}, options);
  if (answer.status !== 200) return undefined;
  const body = JSON.parse(answer.body) as { token?: string; access_token?: string };
  return body.token ?? body.access_token;
}

function head(url: string, headers: Record<string, string>, options: { signal?: AbortSignal; timeoutMs?: number }) {
  return request('HEAD', url, { accept: ACCEPT, ...headers }, options);
}

async function request(
  method: string,
  url: string,
  headers: Record<string, string>,
  options: { signal?: AbortSignal; timeoutMs?: number },
): Promise<Answer> {
  const http = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers, signal: options.signal, timeout: options.timeoutMs ?? 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}
