import * as https from 'node:https';
import { checkServerIdentity, createSecureContext, type SecureContext } from 'node:tls';
import { ConfigError, TransientError } from '@slipway/kit';
import { execCredentials } from './exec-credential';
import { proxyFor } from './kube-proxy';
import type { KubeAccess } from './kubeconfig';
import { tunnelAgent } from './proxy-tunnel';

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

type Credential = { token?: string; cert?: Buffer; key?: Buffer };

interface Connection {
  agent: https.Agent;
  secureContext: SecureContext;
  /** The exec credential whose client certificate the context holds (a new one needs a new context). */
  credential: Credential | undefined;
  checkIdentity: typeof import('node:tls').checkServerIdentity;
}

/**
 * The name the server's certificate must carry (tls-server-name): sent as SNI, except an IP
 * address, which SNI may not carry (RFC 6066) and is checked against the certificate alone.
 */
function serverName(
  name: string | undefined,
  checkIdentity: Connection['checkIdentity'],
): { servername?: string; checkServerIdentity?: Connection['checkIdentity'] } {
  if (!name) return {};
  if (!/^[\d.]+$|:/.test(name)) return { servername: name };
  return { checkServerIdentity: (_host, cert) => checkIdentity(name, cert) };
}

/**
 * One keep-alive agent and one TLS context per cluster access, shared by every client made from
 * it: a deploy makes some 30 requests, and a handshake with a freshly parsed CA and key each was
 * a tenth of the action's own time. Idle sockets do not hold the process open (node unrefs
 * them) and close after 15 s. Through a proxy, the pooled sockets are CONNECT tunnels.
 */
const connections = new WeakMap<KubeAccess, Promise<Connection>>();

/**
 * A small Kubernetes API client over node https: client certificates, bearer tokens (also from
 * an exec credential plugin, run again before it expires and on a 401), basic auth and the
 * cluster CA, as the kubeconfig says; through the cluster's proxy-url or HTTPS_PROXY as kubectl
 * goes.
 */
export class KubeClient {
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
    const plugin = execCredentials(this.access);
    let credential = await plugin?.get(this.signal);
    let answer = await this.send(request, credential);
    // A 401 is answered before anything is done: the request can be sent again with a fresh credential.
    if (answer.status === 401 && plugin && credential) {
      credential = await plugin.renew(credential, this.signal);
      answer = await this.send(request, credential);
    }
    const what = `${request.method ?? 'GET'} ${answer.path}`;
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return (answer.text ? JSON.parse(answer.text) : undefined) as T;
      } catch {
        throw new Error(`${what}: the API server answered with something that is not JSON`);
      }
    }
    throw apiError(what, answer.status, answer.text, plugin !== undefined);
  }

  private async connection(credential: Credential | undefined): Promise<Connection> {
    const pending = connections.get(this.access);
    if (pending) {
      const held = await pending;
      if (!credential?.cert || held.credential === credential) return held;
      if (connections.get(this.access) !== pending) return this.connection(credential);
    }
    const making = this.connect(credential);
    connections.set(this.access, making);
    // A failure (a bad HTTPS_PROXY, say) is the callers'; the next request tries again.
    making.catch(() => {
      if (connections.get(this.access) === making) connections.delete(this.access);
    });
    return making;
  }

  private async connect(credential: Credential | undefined): Promise<Connection> {
    const proxy = await proxyFor(this.access);
    const options = { keepAlive: true, timeout: 15_000 };
    return {
      agent: proxy ? tunnelAgent(proxy, options) : new https.Agent(options),
      secureContext: createSecureContext({
        ca: this.access.ca,
        cert: credential?.cert ?? this.access.cert,
        key: credential?.key ?? this.access.key,
      }),
      credential: credential?.cert ? credential : undefined,
      checkIdentity: checkServerIdentity,
    };
  }

  private async send(
    request: KubeRequest,
    credential: Credential | undefined,
  ): Promise<{ status: number; text: string; path: string }> {
    const shared = await this.connection(credential);
    const url = new URL(request.path, `${this.access.server}/`);
    const headers: Record<string, string> = { accept: request.accept ?? 'application/json' };
    const token = credential?.token ?? this.access.token;
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
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method,
          headers,
          // Passed on to tls.connect, which takes it (node's request typings leave it out).
          ...({ secureContext: shared.secureContext } as object),
          rejectUnauthorized: !this.access.insecureSkipTlsVerify,
          ...serverName(this.access.tlsServerName, shared.checkIdentity),
          signal: this.signal,
          timeout: timeoutMs,
          agent: shared.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => reject(new TransientError(`${what}: ${e.message}`, { cause: e })));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), path: url.pathname }),
          );
        },
      );
      let timedOut = false;
      req.on('timeout', () => {
        timedOut = true;
        req.destroy(new Error('timed out'));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.name === 'AbortError') return reject(error);
        // The proxy's own refusal names the proxy: pass it on as it is.
        if (error instanceof ConfigError || error instanceof TransientError) return reject(error);
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
}

function apiError(what: string, status: number, text: string, fromPlugin: boolean): Error {
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
      fromPlugin
        ? `The Kubernetes API refused the credential of the kubeconfig's exec plugin (401 Unauthorized) for ${what}, also when run again: check the plugin's identity and the cluster's access to it`
        : `The Kubernetes API refused our credentials (401 Unauthorized) for ${what}: check the kubeconfig`,
    );
  if (status >= 500 || status === 429) return new TransientError(`${what} answered ${status}: ${message}`);
  return new KubeApiError(
    status === 403 ? `Forbidden: ${message}` : `${what} answered ${status}: ${message}`,
    status,
    reason,
  );
}
