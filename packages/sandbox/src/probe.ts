import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createConnection } from 'node:net';

export interface ProbeOptions {
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
  insecure?: boolean;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Talk HTTP over this unix socket (the URL's host is then ignored). */
  socketPath?: string;
}

export interface ProbeResult {
  status: number;
  body: string;
}

/** One GET against a loopback URL, returning status and body (never throws on HTTP status). */
export function httpGet(url: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      target,
      {
        method: 'GET',
        agent: false,
        socketPath: options.socketPath,
        headers: options.headers,
        ca: options.ca,
        cert: options.cert,
        key: options.key,
        rejectUnauthorized: !options.insecure,
        timeout: options.timeoutMs ?? 3000,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout requesting ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}
