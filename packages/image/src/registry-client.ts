import { lookup } from 'node:dns/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { httpRequest, maskSecret, parseRetryAfter, ProxyRefusedError } from '@slipway/kit';
import { parseChallenge, tokenUrl } from './registry-challenge';
import { statusError } from './registry-errors';

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryClientOptions {
  credentials?: RegistryCredentials;
  /** Speak plain HTTP (a loopback or explicitly insecure registry). Default: HTTPS, HTTP fallback on loopback. */
  plainHttp?: boolean;
  /** Extra CA certificates (PEM) to trust. */
  ca?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ManifestInfo {
  digest: string;
  mediaType: string;
  /** Bytes of the manifest itself. */
  size: number;
}

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const MAX_BODY = 4 * 1024 * 1024;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

/**
 * Docker's rule for speaking plain HTTP to a registry that fails TLS: its host is, or resolves
 * to, a loopback address (docker's default insecure range 127.0.0.0/8). Resolved here, even when
 * the request itself goes through a proxy, as docker resolves it.
 */
async function isLoopback(registry: string): Promise<boolean> {
  const host = registry.replace(/:\d+$/, '');
  if (LOOPBACK.test(host)) return true;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.length > 0 && addresses.every((a) => LOOPBACK.test(a.address));
}

/**
 * The part of the OCI distribution API the action needs: manifest HEAD/GET with the registry's
 * Docker-Content-Digest, behind anonymous, Basic or Bearer-token auth (the WWW-Authenticate
 * challenge decides). Errors name the registry and the status, transient (5xx, 429, resets,
 * timeouts) or not (401/403). Requests go through kit's HTTP layer, so the runner's proxy
 * variables are honoured. build-push and helm-deploy's image check both use it.
 */
export class RegistryClient {
  private authorization: string | undefined;
  private scheme: 'https' | 'http';

  constructor(
    readonly registry: string,
    private readonly options: RegistryClientOptions = {},
  ) {
    this.scheme = options.plainHttp ? 'http' : 'https';
    if (options.credentials) {
      maskSecret(options.credentials.password);
      maskSecret(Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64'));
    }
  }

  /** The manifest a tag or digest points at, or undefined when there is none (404). */
  async headManifest(repository: string, reference: string): Promise<ManifestInfo | undefined> {
    const res = await this.send(
      'HEAD',
      `/v2/${repository}/manifests/${reference}`,
      { accept: MANIFEST_ACCEPT },
      'Manifest lookup',
    );
    if (res.status === 404) return undefined;
    if (res.status !== 200)
      throw statusError(this.registry, res.status, `Manifest lookup of ${repository}:${reference}`, retryAfter(res));
    return manifestInfo(res, reference);
  }

  /** The manifest document and its digest; undefined when there is none. */
  async getManifest(
    repository: string,
    reference: string,
  ): Promise<{ info: ManifestInfo; document: unknown } | undefined> {
    const res = await this.send(
      'GET',
      `/v2/${repository}/manifests/${reference}`,
      { accept: MANIFEST_ACCEPT },
      'Manifest fetch',
    );
    if (res.status === 404) return undefined;
    if (res.status !== 200)
      throw statusError(this.registry, res.status, `Manifest fetch of ${repository}:${reference}`, retryAfter(res));
    return { info: manifestInfo(res, reference), document: JSON.parse(res.body.toString('utf8')) as unknown };
  }

  /**
   * Bytes an image takes in the registry: config plus layers, summed over every platform of an
   * index (each blob counted once), plus the manifests themselves.
   */
  async imageSize(repository: string, reference: string): Promise<number | undefined> {
    const top = await this.getManifest(repository, reference);
    if (!top) return undefined;
    const seen = new Set<string>();
    let total = top.info.size;
    const add = (d: { digest?: string; size?: number } | undefined) => {
      if (d?.digest && typeof d.size === 'number' && !seen.has(d.digest)) {
        seen.add(d.digest);
        total += d.size;
      }
    };
    const doc = top.document as { manifests?: Array<{ digest: string }>; config?: object; layers?: object[] };
    const images = doc.manifests
      ? await Promise.all(doc.manifests.map((m) => this.getManifest(repository, m.digest)))
      : [top];
    for (const image of images) {
      if (!image) continue;
      if (image !== top) total += image.info.size;
      const d = image.document as {
        config?: { digest?: string; size?: number };
        layers?: Array<{ digest?: string; size?: number }>;
      };
      add(d.config);
      for (const layer of d.layers ?? []) add(layer);
    }
    return total;
  }

  private async send(method: string, path: string, headers: Record<string, string>, what: string): Promise<Response> {
    let res = await this.request(method, path, headers, what);
    if (res.status === 401 && !this.authorization) {
      const challenge = String(res.headers['www-authenticate'] ?? '');
      this.authorization = await this.authorize(challenge, repositoryOf(path), what);
      if (this.authorization) res = await this.request(method, path, headers, what);
    }
    return res;
  }

  private async authorize(header: string, repository: string, what: string): Promise<string | undefined> {
    const creds = this.options.credentials;
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    const url = tokenUrl(parseChallenge(header), repository);
    if (!url) return basic;
    const res = await this.fetchUrl('GET', url, basic ? { authorization: basic } : {}, `Token request (${what})`);
    if (res.status !== 200) throw statusError(this.registry, res.status, `Token request for ${what.toLowerCase()}`);
    const body = JSON.parse(res.body.toString('utf8')) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) return basic;
    maskSecret(token);
    return `Bearer ${token}`;
  }

  private async request(
    method: string,
    path: string,
    headers: Record<string, string>,
    what: string,
  ): Promise<Response> {
    const headersWithAuth = this.authorization ? { ...headers, authorization: this.authorization } : headers;
    try {
      return await this.fetchUrl(method, new URL(`${this.scheme}://${this.registry}${path}`), headersWithAuth, what);
    } catch (error) {
      // A plain-HTTP registry on loopback answers a TLS hello with garbage: speak HTTP to it, as docker does.
      const code = (error as { cause?: NodeJS.ErrnoException }).cause?.code ?? '';
      const refused = error instanceof ProxyRefusedError;
      if (
        this.scheme === 'https' &&
        !refused &&
        /EPROTO|ERR_SSL|ECONNRESET/.test(code) &&
        (await isLoopback(this.registry))
      ) {
        this.scheme = 'http';
        return this.fetchUrl(method, new URL(`http://${this.registry}${path}`), headersWithAuth, what);
      }
      throw error;
    }
  }

  private async fetchUrl(method: string, url: URL, headers: Record<string, string>, what: string): Promise<Response> {
    const res = await httpRequest(url, {
      method,
      headers: { 'user-agent': 'slipway', ...headers },
      timeoutMs: this.options.timeoutMs ?? 30_000,
      signal: this.options.signal,
      ca: this.options.ca,
      maxBodyBytes: MAX_BODY,
      what: `${what} at ${this.registry}`,
    });
    return { status: res.status, headers: res.headers, body: res.body };
  }
}

/** `/v2/<repository>/manifests/<reference>` → the repository. */
function repositoryOf(path: string): string {
  return /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(path)?.[1] ?? '';
}

function manifestInfo(res: Response, reference: string): ManifestInfo {
  const header = res.headers['docker-content-digest'];
  const digest = typeof header === 'string' && header ? header : reference.startsWith('sha256:') ? reference : '';
  return {
    digest,
    mediaType: String(res.headers['content-type'] ?? ''),
    size: Number(res.headers['content-length'] ?? res.body.length) || res.body.length,
  };
}

function retryAfter(res: Response): number | undefined {
  const header = res.headers['retry-after'];
  return parseRetryAfter(Array.isArray(header) ? header[0] : header);
}
