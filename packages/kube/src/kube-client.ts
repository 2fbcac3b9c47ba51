import { ConfigError, TransientError, exec } from '@slipway/kit';
import type { KubeAccess } from './kubeconfig';

/** The API server answered with an error Status; `reason` is Kubernetes' (Forbidden, NotFound, …). */
export class KubeApiError extends Error {
  override name = 'KubeApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(message);
  }
}

export interface KubeRequest {
  method?: string;
  path: string;
  body?: unknown;
  timeoutMs?: number;
  /** Another representation, e.g. metadata only (`as=PartialObjectMetadataList`). */
  accept?: string;
}

type Https = typeof import('node:https');

/**
 * One keep-alive agent and one TLS context per cluster access, shared by every client made from
 * it: a deploy makes some 30 requests, and a handshake with a freshly parsed CA and key each was
 * a tenth of the action's own time. Idle sockets do not hold the process open (node unrefs
 * them) and close after 15 s.
 */
const connections = new WeakMap<
  KubeAccess,
  { agent: import('node:https').Agent; secureContext: import('node:tls').SecureContext }
>();

/**
 * A small Kubernetes API client over node https: client certificates, bearer tokens (also from
 * an exec credential plugin), basic auth and the cluster CA, as the kubeconfig says. https is
 * loaded on the first request.
 */
export class KubeClient {
  private https: Promise<Https> | undefined;
  private credentials: Promise<{ token?: string; cert?: Buffer; key?: Buffer }> | undefined;

  constructor(
    readonly access: KubeAccess,
    private readonly signal?: AbortSignal,
  ) {}

  async get<T = unknown>(path: string): Promise<T> {
    return this.request<T>({ path });
  }

  /** undefined when the object does not exist. */
  async find<T = unknown>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async create<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.request<T>({ method: 'POST', path, body });
  }

  async request<T = unknown>(request: KubeRequest): Promise<T> {
    const https = await (this.https ??= import('node:https'));
    const creds = await (this.credentials ??= this.resolveCredentials());
    let shared = connections.get(this.access);
    if (!shared) {
      const { createSecureContext } = await import('node:tls');
      shared = {
        agent: new https.Agent({ keepAlive: true, timeout: 15_000 }),
        secureContext: createSecureContext({
          ca: this.access.ca,
          cert: creds.cert ?? this.access.cert,
          key: creds.key ?? this.access.key,
        }),
      };
      connections.set(this.access, shared);
    }
    const url = new URL(request.path, `${this.access.server}/`);
    const headers: Record<string, string> = { accept: request.accept ?? 'application/json' };
    const token = creds.token ?? this.access.token;
    if (token) headers['authorization'] = `Bearer ${token}`;
    else if (this.access.username && this.access.password)
      headers['authorization'] =
        `Basic ${Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')}`;
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body) {
      headers['content-type'] = 'application/json';
      // Node frames a body only for methods it expects one on: a DELETE body would go unframed (400).
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const method = request.method ?? 'GET';
    const what = `${method} ${url.pathname}`;
    const timeoutMs = request.timeoutMs ?? 30_000;
    return new Promise<T>((resolve, reject) => {
      const req = https.request(
        url,
        {
          method,
          headers,
          // Passed on to tls.connect, which takes it (node's request typings leave it out).
          ...({ secureContext: shared.secureContext } as object),
          rejectUnauthorized: !this.access.insecureSkipTlsVerify,
          servername: this.access.tlsServerName,
          signal: this.signal,
          timeout: timeoutMs,
          agent: shared.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => reject(new TransientError(`${what}: ${e.message}`, { cause: e })));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              try {
                return resolve((text ? JSON.parse(text) : undefined) as T);
              } catch {
                return reject(new Error(`${what}: the API server answered with something that is not JSON`));
              }
            }
            reject(apiError(what, status, text));
          });
        },
      );
      let timedOut = false;
      req.on('timeout', () => {
        timedOut = true;
        req.destroy(new Error('timed out'));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.name === 'AbortError') return reject(error);
        // A server that accepts the connection and then says nothing: etcd gone behind it, say.
        if (timedOut)
          return reject(
            new TransientError(
              `The Kubernetes API at ${this.access.server} did not answer ${what} within ${timeoutMs / 1000} s`,
            ),
          );
        reject(
          new TransientError(
            `Cannot reach the Kubernetes API at ${this.access.server}: ${error.code ?? error.message}`,
            {
              cause: error,
            },
          ),
        );
      });
      req.end(body);
    });
  }

  private async resolveCredentials(): Promise<{ token?: string; cert?: Buffer; key?: Buffer }> {
    const plugin = this.access.exec;
    if (!plugin) return {};
    const result = await exec(plugin.command, plugin.args, {
      env: { ...process.env, ...plugin.env },
      signal: this.signal,
      timeoutMs: 60_000,
    });
    const status = (JSON.parse(result.stdout) as { status?: Record<string, string> }).status ?? {};
    return {
      token: status['token'],
      cert: status['clientCertificateData'] ? Buffer.from(status['clientCertificateData']) : undefined,
      key: status['clientKeyData'] ? Buffer.from(status['clientKeyData']) : undefined,
    };
  }
}

function apiError(what: string, status: number, text: string): Error {
  let message = text.slice(0, 500);
  let reason = '';
  try {
    const parsed = JSON.parse(text) as { message?: string; reason?: string };
    message = parsed.message ?? message;
    reason = parsed.reason ?? '';
  } catch {
    // not a Status object
  }
  if (status === 401)
    return new ConfigError(
      `The Kubernetes API refused our credentials (401 Unauthorized) for ${what}: check the kubeconfig`,
    );
  if (status >= 500 || status === 429) return new TransientError(`${what} answered ${status}: ${message}`);
  return new KubeApiError(
    status === 403 ? `Forbidden: ${message}` : `${what} answered ${status}: ${message}`,
    status,
    reason,
  );
}
