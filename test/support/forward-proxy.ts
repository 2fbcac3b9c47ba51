import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { createServer, type AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from '../../packages/sandbox/src/apt';
import { loadVersions } from '../../packages/sandbox/src/versions';

/**
 * A real forward proxy for tests: Debian's tinyproxy on 127.0.0.1 with its own config and log in a
 * temporary directory. `requestLines()` reads the proxy's OWN log, so a test proves what went
 * through it: `GET http://host:port/path HTTP/1.1` for plain HTTP (absolute-URI form) and
 * `CONNECT host:port HTTP/1.1` for HTTPS tunnels.
 *
 * `refuse: true` starts a proxy whose ACL denies every client: it answers 403 "Access denied"
 * (to a CONNECT and to a plain request alike) and logs the refusal, not a request line.
 */
export interface ForwardProxyOptions {
  /** Deny every client (tinyproxy `Deny 127.0.0.1`): the proxy answers 403 Access denied. */
  refuse?: boolean;
  /** A fixed port; by default a free one is chosen. */
  port?: number;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>`, the value for HTTPS_PROXY / HTTP_PROXY. */
  url: string;
  port: number;
  /** The proxy's own log file. */
  logFile: string;
  /** Every request line the proxy received, oldest first, from its log. */
  requestLines(): string[];
  /** How many connections the proxy refused (ACL), from its log. */
  refusedConnections(): number;
  /** Forget what was logged so far (the next requestLines() starts empty). */
  clear(): void;
  stop(): Promise<void>;
}

const REQUEST_LINE = /Request \(file descriptor \d+\): (.+)$/;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Ready when its log says so (no probe connection, which the log would count). */
function ready(logFile: string): boolean {
  return existsSync(logFile) && readFileSync(logFile, 'utf8').includes('Accepting connections');
}

/** Installs tinyproxy from Debian (through the sandbox's apt helper) when it is missing. */
async function ensureTinyproxy(): Promise<void> {
  if (existsSync('/usr/bin/tinyproxy')) return;
  const pinned = loadVersions().debian.tinyproxy ?? '1.11';
  await ensureDebianPackages({ tinyproxy: pinned }, (line) => process.stderr.write(`forward-proxy: ${line}\n`));
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  await ensureTinyproxy();
  const dir = mkdtempSync(join(tmpdir(), 'slipway-proxy-'));
  const port = options.port ?? (await freePort());
  const logFile = join(dir, 'tinyproxy.log');
  const config = join(dir, 'tinyproxy.conf');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${logFile}"`,
      'LogLevel Info',
      `PidFile "${join(dir, 'tinyproxy.pid')}"`,
      'MaxClients 100',
      options.refuse ? 'Deny 127.0.0.1' : 'Allow 127.0.0.1',
      '',
    ].join('\n'),
  );
  // -d: stay in the foreground, so this child is the proxy itself and stop() ends exactly it.
  const child: ChildProcess = spawn('tinyproxy', ['-d', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!ready(logFile)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`tinyproxy did not start on 127.0.0.1:${port}: ${stderr.trim() || 'no output'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let skip = 0;
  const logLines = (): string[] => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : []);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    logFile,
    requestLines: () =>
      logLines()
        .slice(skip)
        .map((line) => REQUEST_LINE.exec(line)?.[1])
        .filter((line): line is string => line !== undefined),
    refusedConnections: () =>
      logLines()
        .slice(skip)
        .filter((line) => line.includes('Unauthorized connection')).length,
    clear: () => {
      skip = Math.max(0, logLines().length - 1);
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A name for 127.0.0.1 that clients do not treat as loopback by its spelling. `@actions/http-client`
 * never proxies `localhost`, `127.*` or `[::1]` (so a test aimed at 127.0.0.1 proves nothing);
 * this machine's host name, mapped to 127.0.0.1 in /etc/hosts, is proxied and the proxy resolves it.
 */
export async function loopbackAlias(): Promise<string> {
  const name = hostname();
  const { address } = await lookup(name, { family: 4 }).catch(() => ({ address: '' }));
  if (address !== '127.0.0.1' || name === 'localhost') {
    throw new Error(`the host name "${name}" must resolve to 127.0.0.1 (/etc/hosts) for proxy tests, got "${address}"`);
  }
  return name;
}

/** `url` with its 127.0.0.1 / localhost host replaced by loopbackAlias(). */
export async function viaAlias(url: string): Promise<string> {
  const parsed = new URL(url);
  parsed.hostname = await loopbackAlias();
  return parsed.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
}

/** The proxy variables a runner behind `proxyUrl` has, in upper or lower case. */
export function proxyEnv(
  proxyUrl: string,
  options: { lowerCase?: boolean; noProxy?: string } = {},
): Record<string, string> {
  const names = options.lowerCase
    ? ['https_proxy', 'http_proxy', 'no_proxy']
    : ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'];
  const env: Record<string, string> = { [names[0] as string]: proxyUrl, [names[1] as string]: proxyUrl };
  if (options.noProxy !== undefined) env[names[2] as string] = options.noProxy;
  return env;
}
