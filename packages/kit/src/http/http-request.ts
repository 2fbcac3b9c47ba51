import { HttpClient } from '@actions/http-client';
import * as http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import * as https from 'node:https';
import { TransientError } from '../errors';
import { HttpTimeoutError, networkError } from './network-error';
import { proxyRouteFor } from './proxy-route';

/** The one timeout of the outbound HTTP layer: a request with no answer by then fails (transient). */
export const HTTP_TIMEOUT_MS = 30_000;
/** Bodies past this are cut: no answer we read is larger, and a broken peer must not flood us. */
export const HTTP_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Extra CA certificates (PEM) to trust, on a direct connection and inside a proxy tunnel alike. */
  ca?: string;
  maxBodyBytes?: number;
  /** What the request is, for error messages: "Slack webhook", "Prometheus at http://…". */
  what?: string;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The first value of a header, or undefined. */
  header(name: string): string | undefined;
  text(): string;
  /** The proxy the request went through (its origin), when one did. */
  proxy?: string;
}

/**
 * One request through `@actions/http-client`'s agent for the URL, so the proxy variables are
 * honoured exactly as the toolkit honours them (a CONNECT tunnel for http and https targets).
 * Redirects are not followed (a secret URL must not wander). The client loads on the first
 * request, never at start-up. Throws on network failure, timeout or a refusing proxy.
 */
export async function httpRequest(url: string | URL, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const what = options.what ?? `${options.method ?? 'GET'} ${target.origin}`;
  const proxy = proxyRouteFor(target);
  const agent = new HttpClient('slipway').getAgent(target.href) as { options?: Record<string, unknown> };
  // The tunnel agent opens TLS with its own options, not the request's: the CA goes there too.
  if (options.ca && proxy) agent.options = { ...agent.options, ca: options.ca };
  const mod = target.protocol === 'https:' ? https : http;
  const timeoutMs = options.timeoutMs ?? HTTP_TIMEOUT_MS;
  const maxBody = options.maxBodyBytes ?? HTTP_MAX_BODY_BYTES;
  const headers: Record<string, string> = { 'user-agent': 'slipway', ...options.headers };
  if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
  return new Promise<HttpResponse>((resolve, reject) => {
    const req = mod.request(
      target,
      {
        method: options.method ?? 'GET',
        headers,
        agent: agent as never,
        timeout: timeoutMs,
        signal: options.signal,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < maxBody) chunks.push(chunk.subarray(0, maxBody - size));
          size += chunk.length;
        });
        res.on('error', (error) => reject(networkError(what, error, proxy)));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const header = (name: string) => {
            const value = res.headers[name.toLowerCase()];
            return Array.isArray(value) ? value[0] : value;
          };
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            header,
            text: () => body.toString('utf8'),
            ...(proxy ? { proxy: proxy.shown } : {}),
          });
        });
      },
    );
    req.on('timeout', () =>
      req.destroy(
        new HttpTimeoutError(
          `${what}: no answer within ${timeoutMs}ms${proxy ? ` through the proxy ${proxy.shown} (${proxy.variable})` : ''}`,
        ),
      ),
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof TransientError || error.name === 'AbortError') return reject(error);
      reject(networkError(what, error, proxy));
    });
    req.end(options.body);
  });
}
