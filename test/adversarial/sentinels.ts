import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { answerAsKubernetes } from './sentinel-kube';

/**
 * Every program an action could start (its tools, a shell, the usual utilities an injected
 * command would call): each is a script that records its argv and fails, except that it answers
 * the read-only version probes (`helm version`, `docker version`, `<scanner> --version`) as the
 * real tool would, so a run goes on to the commands whose argv matters. With PATH holding only
 * these, any process an action starts by name is seen, with its exact argv.
 */
const PROGRAMS = [
  ...['docker', 'buildah', 'docker-buildx', 'helm', 'kubectl', 'git', 'npm', 'npx', 'node', 'tsx'],
  ...['shellcheck', 'actionlint', 'gitleaks', 'semgrep', 'zizmor', 'eslint', 'trivy', 'curl', 'wget'],
  ...['sh', 'bash', 'dash', 'zsh', 'env', 'id', 'whoami', 'touch', 'rm', 'cat', 'echo', 'ls', 'uname', 'tar'],
  ...['gzip', 'sha256sum', 'python3', 'perl', 'ssh', 'nc', 'sleep', 'true', 'false', 'printf', 'xargs'],
];

/** Argv elements are separated by US and invocations by RS in the log: values may hold spaces and newlines. */
const UNIT = '\x1f';
const RECORD = '\x1e';

/** A version probe changes nothing: the only process allowed before an input is refused. */
export function isVersionProbe(argv: readonly string[]): boolean {
  const args = argv.slice(1);
  return (
    (args[0] === 'version' && args.length <= 3) ||
    (args[0] === 'buildx' && args[1] === 'version') ||
    (args[0] === '--version' && args.slice(1).every((a) => a.startsWith('--disable-')))
  );
}

export class Sentinels {
  readonly pathDir: string;
  readonly logFile: string;
  private readonly connections: string[] = [];
  private server!: Server;
  private tlsServer!: TlsServer;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** The same sentinel over TLS (self-signed): what a kubeconfig's https:// server points at. */
  tlsPort = 0;

  constructor(readonly dir: string) {
    this.pathDir = join(dir, 'bin');
    this.logFile = join(dir, 'exec.log');
    mkdirSync(this.pathDir, { recursive: true });
    writeFileSync(this.logFile, '');
    const script = join(dir, 'sentinel.sh');
    // Absolute shebang and only builtins: the sentinel needs nothing from PATH.
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        `printf '%s${'\\037'}' "$0" "$@" >> '${this.logFile}'`,
        `printf '${'\\036'}' >> '${this.logFile}'`,
        'case "${0##*/} $1 $2" in',
        `  'helm version '*) printf 'v3.19.0'; exit 0 ;;`,
        `  'docker version '*) printf '27.5.1\\n'; exit 0 ;;`,
        `  'docker buildx version') printf 'github.com/docker/buildx v0.20.0\\n'; exit 0 ;;`,
        `  *' --version '*) printf '%s version 1.0.0\\n' "\${0##*/}"; exit 0 ;;`,
        'esac',
        'exit 97',
        '',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    for (const name of PROGRAMS)
      if (!existsSync(join(this.pathDir, name))) symlinkSync(script, join(this.pathDir, name));
  }

  /**
   * TCP listeners, plain and TLS, that record every connection and answer each request: as a
   * permissive Kubernetes API under /api, /apis and /version (so a deploy reaches its helm
   * commands), else `200 ok`; then close.
   */
  async start(): Promise<this> {
    const serve = (socket: Socket, plain: boolean) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      const index = this.connections.push('(connected)') - 1;
      let head = '';
      socket.on('data', (chunk: Buffer) => {
        // A TLS client on the plain port (a registry check, say) would wait for an answer forever.
        if (plain && !head && chunk[0] === 0x16) {
          this.connections[index] = '(a TLS handshake)';
          socket.destroy();
          return;
        }
        head += chunk.toString('latin1');
        const line = head.split('\r\n')[0] || '(bytes)';
        this.connections[index] = line;
        if (head.includes('\r\n\r\n') && socket.writable) {
          const [method = 'GET', path = '/'] = line.split(' ');
          const kube = answerAsKubernetes(method, path);
          const body = kube ? JSON.stringify(kube.body) : 'ok';
          socket.end(
            `HTTP/1.1 ${kube?.status ?? 200} OK\r\ncontent-type: ${kube ? 'application/json' : 'text/plain'}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${method === 'HEAD' ? '' : body}`,
          );
        }
      });
    };
    this.server = createServer((socket) => serve(socket, true));
    const { key, cert } = selfSigned(this.dir);
    this.tlsServer = createTlsServer({ key, cert }, (socket) => serve(socket, false));
    this.tlsServer.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => this.tlsServer.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.tlsPort = (this.tlsServer.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get tlsUrl(): string {
    return `https://127.0.0.1:${this.tlsPort}`;
  }

  /** Every process started so far, as its argv (the program's path first). */
  argvs(): string[][] {
    return readFileSync(this.logFile, 'utf8')
      .split(RECORD)
      .filter(Boolean)
      .map((record) => record.split(UNIT).slice(0, -1));
  }

  /** Processes started and connections made since the last mark. */
  hits(since = { execs: 0, connections: 0 }): { execs: string[]; argvs: string[][]; connections: string[] } {
    const argvs = this.argvs().slice(since.execs);
    return {
      execs: argvs.map((argv) => argv.join(' ')),
      argvs,
      connections: this.connections.slice(since.connections),
    };
  }

  mark(): { execs: number; connections: number } {
    return { execs: this.argvs().length, connections: this.connections.length };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await new Promise<void>((resolve) => this.tlsServer.close(() => resolve()));
  }
}

/** A throw-away key and certificate for 127.0.0.1 (the kubeconfigs skip verification). */
function selfSigned(dir: string): { key: Buffer; cert: Buffer } {
  const [key, cert] = [join(dir, 'tls.key'), join(dir, 'tls.crt')];
  if (!existsSync(cert))
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat(
        ['-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
        ['-addext', 'subjectAltName=IP:127.0.0.1'],
      ),
      { stdio: 'ignore' },
    );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
