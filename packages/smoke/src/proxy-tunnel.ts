import * as http from 'node:http';
import type { ClientRequest, IncomingMessage } from 'node:http';
import * as https from 'node:https';
import type { Agent as HttpsAgent, AgentOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import type { ProxyRoute } from '@slipway/kit';

/** How long the CONNECT exchange of a fresh tunnel took; read once by the request that gets it. */
export const tunnelSetupMs = new WeakMap<Socket, number>();

/** `Proxy-Authorization` for a proxy URL with credentials, as curl sends it. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {};
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}

/**
 * A keep-alive https agent whose connections are CONNECT tunnels through `route` (as curl
 * tunnels https), with TLS to the target inside. A refused CONNECT fails the request with one
 * line naming the proxy and its variable.
 */
export function tunnelAgent(route: ProxyRoute, options: AgentOptions): HttpsAgent {
  const proxy = route.url;
  const named = `the proxy ${route.shown} (${route.variable})`;
  class TunnelAgent extends https.Agent {
    override createConnection(
      options: http.RequestOptions,
      done?: (error: Error | null, socket: Duplex) => void,
    ): undefined {
      const target = options as { host?: string; port?: number; servername?: string };
      const callback = (error: Error | null, socket?: Socket) => done?.(error, socket as Socket);
      const host = target.host ?? 'localhost';
      const authority = `${host.includes(':') ? `[${host}]` : host}:${target.port ?? 443}`;
      const started = performance.now();
      const send = proxy.protocol === 'https:' ? https.request : http.request;
      const connect: ClientRequest = send({
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
        method: 'CONNECT',
        path: authority,
        headers: { host: authority, ...proxyAuthorization(proxy) },
        agent: false,
      });
      connect.once('connect', (res: IncomingMessage, socket: Socket) => {
        if (res.statusCode !== 200) {
          socket.destroy();
          return callback(
            new Error(
              `${named} refused the tunnel to ${authority}: HTTP ${res.statusCode} ${res.statusMessage ?? ''}`.trim(),
            ),
          );
        }
        const setupMs = performance.now() - started;
        const secure = tls.connect({ ...options, socket, servername: target.servername ?? host } as never);
        tunnelSetupMs.set(secure, setupMs);
        callback(null, secure);
      });
      connect.once('error', (error: NodeJS.ErrnoException) =>
        callback(new Error(`${named} is unreachable: ${error.code ?? error.message}`)),
      );
      connect.end();
      return undefined;
    }
  }
  return new TunnelAgent(options);
}
