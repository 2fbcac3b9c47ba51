import * as http from 'node:http';
import type { Agent as HttpAgent, IncomingHttpHeaders } from 'node:http';
import * as https from 'node:https';
import type { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import { curlProxyFor, type ProxyRoute } from '@slipway/kit';
import { proxyAuthorization, tunnelAgent, tunnelSetupMs } from './proxy-tunnel';

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
  | {
      ok: true;
      status: number;
      headers: IncomingHttpHeaders;
      body: string;
      latencyMs: number;
      /** `http://proxy:port (HTTPS_PROXY)` when the request went through a proxy. */
      proxy?: string;
    }
  | { ok: false; error: string; latencyMs: number; timedOut: boolean };

type Client = {
  request: typeof import('node:http').request;
  agent: HttpAgent | HttpsAgent;
  /** Plain http through a proxy: the request goes to the proxy with the absolute URI. */
  forward?: ProxyRoute;
  proxy?: ProxyRoute;
};

/**
 * Keep-alive agents shared by all checks of a run; `close` lets the process exit. The HTTP
 * and TLS modules load on the first check that needs them: importing them costs more than
 * the rest of the action's start-up, which matters when inputs are bad. The proxy variables
 * are honoured as curl honours them (kit's curlProxyFor): http through the proxy as
 * absolute-URI requests on keep-alive connections to it, https through CONNECT tunnels.
 */
export class ProbeAgents {
  private readonly clients = new Map<string, Client>();
  /** Origin → its client: the proxy variables are read once per origin, not once per request. */
  private readonly byOrigin = new Map<string, Client>();
  constructor(
    private readonly maxSockets: number,
    private readonly insecureTls: boolean,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}
  client(url: URL): Client {
    const origin = `${url.protocol}//${url.host}`;
    const known = this.byOrigin.get(origin);
    if (known) return known;
    const route = curlProxyFor(url, this.env);
    const key = `${url.protocol} ${route?.url.href ?? 'direct'}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.create(url.protocol, route);
      this.clients.set(key, client);
    }
    this.byOrigin.set(origin, client);
    return client;
  }
  private create(protocol: string, route: ProxyRoute | undefined): Client {
    const options = { keepAlive: true, maxSockets: this.maxSockets };
    if (protocol === 'https:') {
      const tls = { ...options, rejectUnauthorized: !this.insecureTls };
      if (!route) return { request: https.request, agent: new https.Agent(tls) };
      return { request: https.request, agent: tunnelAgent(route, tls), proxy: route };
    }
    const viaTls = route?.url.protocol === 'https:';
    const m = viaTls ? https : http;
    if (!route) return { request: m.request, agent: new m.Agent(options) };
    // One connection per request to a forward proxy: tinyproxy, for one, resets a reused one.
    return { request: m.request, agent: new m.Agent({ ...options, keepAlive: false }), forward: route, proxy: route };
  }
  close(): void {
    for (const { agent } of this.clients.values()) agent.destroy();
  }
}

/**
 * One HTTP request, timed from start to the last body byte. Through a proxy the time includes
 * the hop through it (as curl's time_total does), but not the CONNECT exchange that opens a new
 * https tunnel: the TLS handshake with the target inside it counts, as it does on a direct
 * connection. Never throws: failures are data.
 */
export async function probe(request: ProbeRequest, agents: ProbeAgents): Promise<ProbeResponse> {
  const { request: send, agent, forward, proxy } = agents.client(request.url);
  const started = performance.now();
  let tunnelMs = 0;
  const elapsed = () => Math.round((performance.now() - started - tunnelMs) * 10) / 10;
  const via = proxy ? { proxy: `${proxy.shown} (${proxy.variable})` } : {};
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
    const target = forward
      ? {
          host: forward.url.hostname.replace(/^\[|\]$/g, ''),
          port: forward.url.port || (forward.url.protocol === 'https:' ? 443 : 80),
          path: request.url.href,
          headers: { host: request.url.host, ...proxyAuthorization(forward.url), ...headers },
        }
      : { ...urlOptions(request.url), headers };
    const req = send({ ...target, method: request.method, agent }, (res) => {
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
          ...via,
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
    req.on('socket', (socket: Socket) => {
      const setup = tunnelSetupMs.get(socket);
      if (setup === undefined) return;
      tunnelSetupMs.delete(socket);
      tunnelMs = setup;
    });
    req.on('error', (error) =>
      done({ ok: false, error: describeNetworkError(error), latencyMs: elapsed(), timedOut: false }),
    );
    req.end(request.body);
  });
}

/** A URL as request options (host, port, path), for the direct case. */
function urlOptions(url: URL): { protocol: string; host: string; port: string; path: string } {
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port,
    path: `${url.pathname}${url.search}`,
  };
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
