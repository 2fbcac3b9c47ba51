import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * Every program an action could start (its tools, a shell, the usual utilities an injected
 * command would call): each is a script that records its argv and fails. With PATH holding only
 * these, any process an action starts by name is seen.
 */
const PROGRAMS = [
  ...['docker', 'buildah', 'docker-buildx', 'helm', 'kubectl', 'git', 'npm', 'npx', 'node', 'tsx'],
  ...['shellcheck', 'actionlint', 'gitleaks', 'semgrep', 'zizmor', 'eslint', 'trivy', 'curl', 'wget'],
  ...['sh', 'bash', 'dash', 'zsh', 'env', 'id', 'whoami', 'touch', 'rm', 'cat', 'echo', 'ls', 'uname', 'tar'],
  ...['gzip', 'sha256sum', 'python3', 'perl', 'ssh', 'nc', 'sleep', 'true', 'false', 'printf', 'xargs'],
];

export class Sentinels {
  readonly pathDir: string;
  readonly logFile: string;
  private readonly connections: string[] = [];
  private server!: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(readonly dir: string) {
    this.pathDir = join(dir, 'bin');
    this.logFile = join(dir, 'exec.log');
    mkdirSync(this.pathDir, { recursive: true });
    writeFileSync(this.logFile, '');
    const script = join(dir, 'sentinel.sh');
    // Absolute shebang and only builtins: the sentinel needs nothing from PATH.
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$0 $*" >> '${this.logFile}'\nexit 97\n`);
    chmodSync(script, 0o755);
    for (const name of PROGRAMS)
      if (!existsSync(join(this.pathDir, name))) symlinkSync(script, join(this.pathDir, name));
  }

  /** A TCP listener that records every connection and answers each request `200 ok`, then closes. */
  async start(): Promise<this> {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      const index = this.connections.push('(connected)') - 1;
      let head = '';
      socket.on('data', (chunk: Buffer) => {
        head += chunk.toString('latin1');
        this.connections[index] = head.split('\r\n')[0] || '(bytes)';
        if (head.includes('\r\n\r\n'))
          socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Processes started and connections made since the last mark. */
  hits(since = { execs: 0, connections: 0 }): { execs: string[]; connections: string[] } {
    const execs = readFileSync(this.logFile, 'utf8').split('\n').filter(Boolean);
    return { execs: execs.slice(since.execs), connections: this.connections.slice(since.connections) };
  }

  mark(): { execs: number; connections: number } {
    const now = this.hits();
    return { execs: now.execs.length, connections: now.connections.length };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
