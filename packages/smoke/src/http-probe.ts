import type { Agent as HttpAgent, IncomingHttpHeaders } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

/** Bodies are read up to this size; a smoke check never needs more and a bad target can't flood us. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ProbeRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type ProbeResponse =
  | { ok: true; status: number; headers: IncomingHttpHeaders; body: string; latencyMs: number }
  | { ok: false; error: string; latencyMs: number; timedOut: boolean };

type Client = { request: typeof import('node:http').request; agent: HttpAgent | HttpsAgent };

/**
 * Keep-alive agents shared by all checks of a run; `close` lets the process exit. The HTTP
 * and TLS modules load on the first check that needs them: importing them costs more than
 * the rest of the action's start-up, which matters when inputs are bad.
 */
export class ProbeAgents {
  private readonly clients = new Map<string, Promise<Client>>();
  constructor(
    private readonly maxSockets: number,
    private readonly insecureTls: boolean,
  ) {}
  client(protocol: string): Promise<Client> {
    let client = this.clients.get(protocol);
    if (!client) {
      const options = { keepAlive: true, maxSockets: this.maxSockets };
      client =
        protocol === 'https:'
          ? import('node:https').then((m) => ({
              request: m.request,
              agent: new m.Agent({ ...options, rejectUnauthorized: !this.insecureTls }),
            }))
          : import('node:http').then((m) => ({ request: m.request, agent: new m.Agent(options) }));
      this.clients.set(protocol, client);
    }
    return client;
  }
  close(): void {
    for (const client of this.clients.values()) void client.then(({ agent }) => agent.destroy());
  }
}

/** One HTTP request, timed from start to the last body byte. Never throws: failures are data. */
export async function probe(request: ProbeRequest, agents: ProbeAgents): Promise<ProbeResponse> {
  const { request: send, agent } = await agents.client(request.url.protocol);
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: ProbeResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const headers: Record<string, string> = { 'user-agent': 'slipway-smoke-test', ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const req = send(request.url, { method: request.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size >= MAX_BODY_BYTES) return;
        chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
        size += chunk.length;
      });
      res.on('end', () =>
        done({
          ok: true,
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          latencyMs: elapsed(),
        }),
      );
      res.on('error', (error) =>
        done({ ok: false, error: describeNetworkError(error), latencyMs: elapsed(), timedOut: false }),
      );
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({
        ok: false,
        error: `no response within ${Math.round(request.timeoutMs)}ms`,
        latencyMs: elapsed(),
        timedOut: true,
      });
    }, request.timeoutMs);
    const onAbort = () => {
      req.destroy();
      done({ ok: false, error: 'cancelled', latencyMs: elapsed(), timedOut: false });
    };
    request.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error) =>
      done({ ok: false, error: describeNetworkError(error), latencyMs: elapsed(), timedOut: false }),
    );
    req.end(request.body);
  });
}

/** Turns Node's network errors into words an on-call engineer can act on. */
export function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'host not found';
    case 'ECONNRESET':
      return 'connection reset';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate rejected (${error.code}); set insecure-tls: true only for a test endpoint you trust`;
    default:
      return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}
