import { ConfigError, TransientError, maskSecret } from '@slipway/kit';
import * as https from 'node:https';
import type { Agent, AgentOptions } from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { Duplex } from 'node:stream';
import type { ProxyChoice } from './kube-proxy';

/** A proxy named without its credentials, for messages. */
export function shownProxy(proxy: ProxyChoice): string {
  return `${proxy.url.protocol}//${proxy.url.host} (${proxy.from})`;
}

/**
 * A keep-alive https agent whose sockets are tunnels through an http or https proxy (HTTP
 * CONNECT), TLS to the API server running inside them: the agent pools them like any other.
 */
export function tunnelAgent(proxy: ProxyChoice, options: AgentOptions): Agent {
  const agent = new https.Agent(options);
  const { username, password } = proxy.url;
  let authorization: string | undefined;
  if (username || password) {
    const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
    authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    maskSecret(decodeURIComponent(password));
    maskSecret(authorization);
  }
  const shown = shownProxy(proxy);
  const proxyPort = Number(proxy.url.port) || (proxy.url.protocol === 'https:' ? 443 : 80);
  const proxyHost = proxy.url.hostname.replace(/^\[(.*)\]$/, '$1');

  const connect = (target: string, timeoutMs: number): Promise<Duplex> =>
    new Promise((resolve, reject) => {
      const socket =
        proxy.url.protocol === 'https:'
          ? tls.connect({ host: proxyHost, port: proxyPort, servername: net.isIP(proxyHost) ? undefined : proxyHost })
          : net.connect({ host: proxyHost, port: proxyPort });
      const fail = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      socket.setTimeout(timeoutMs, () =>
        fail(new TransientError(`The proxy ${shown} did not answer CONNECT ${target} within ${timeoutMs / 1000} s`)),
      );
      socket.once('error', (error: NodeJS.ErrnoException) =>
        fail(new TransientError(`Cannot reach the proxy ${shown}: ${error.code ?? error.message}`, { cause: error })),
      );
      socket.once(proxy.url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
        if (authorization) headers.push(`Proxy-Authorization: ${authorization}`);
        socket.write(`${headers.join('\r\n')}\r\n\r\n`);
      });
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) {
          if (head.length > 16_384)
            fail(new TransientError(`The proxy ${shown} answered CONNECT with no end of headers`));
          return;
        }
        socket.off('data', onData);
        socket.setTimeout(0);
        socket.removeAllListeners('error');
        const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
        if (status === 200) {
          if (end + 4 < head.length) socket.unshift(head.subarray(end + 4));
          return resolve(socket);
        }
        const said = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 200);
        const message = `The proxy ${shown} refused CONNECT ${target}: ${said || 'no HTTP answer'}`;
        // 403/407: the proxy's rules or its credentials, which the user can fix; the rest may pass.
        fail(status === 403 || status === 407 ? new ConfigError(message) : new TransientError(message));
      };
      socket.on('data', onData);
    });

  agent.createConnection = (options, callback) => {
    const host = String(options.host ?? options.hostname ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
    const target = `${net.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
    connect(target, options.timeout ?? 30_000).then(
      (socket) => {
        // tls.connect with a socket does not connect itself: host, port and path are not used.
        const secured = tls.connect({ ...(options as tls.ConnectionOptions), socket });
        callback?.(null, secured);
      },
      (error: Error) => callback?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  };
  return agent;
}
