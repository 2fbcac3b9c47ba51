import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxEnv } from '@slipway/sandbox';
import { repoRoot } from '../../support/run-action';

export const sandbox = loadSandboxEnv();
const app = join(repoRoot, 'test', 'fixtures', 'app');

/** A build context: the fixture Dockerfile and a static binary with the version and commit baked in. */
export function fixtureContext(version: string, commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-app-'));
  copyFileSync(join(app, 'Dockerfile'), join(dir, 'Dockerfile'));
  execFileSync(
    'go',
    [
      'build',
      '-trimpath',
      '-ldflags',
      `-s -w -X main.version=${version} -X main.commit=${commit}`,
      '-o',
      join(dir, 'app'),
      '.',
    ],
    {
      cwd: app,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      stdio: 'inherit',
    },
  );
  return dir;
}

/** The environment the action sees: the sandbox engine and trust, and a docker config of nobody's. */
export function actionEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DOCKER_HOST: sandbox['DOCKER_HOST'] as string,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'slipway-empty-docker-')),
    NODE_EXTRA_CA_CERTS: sandbox['SLIPWAY_CA_CERT'] as string,
    CONTAINERS_STORAGE_CONF: sandbox['CONTAINERS_STORAGE_CONF'] as string,
    CONTAINERS_REGISTRIES_CONF: sandbox['CONTAINERS_REGISTRIES_CONF'] as string,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    ...extra,
  };
}

/**
 * The tests' own docker config, logged in to the TLS registry once: pulling back must not
 * depend on a login some other test (or a developer) left in a shared config.
 */
let testDockerConfig: string | undefined;
function dockerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env, DOCKER_HOST: sandbox['DOCKER_HOST'] as string };
  if (!testDockerConfig) {
    testDockerConfig = mkdtempSync(join(tmpdir(), 'slipway-test-docker-'));
    execFileSync(
      'docker',
      [
        'login',
        sandbox['SLIPWAY_REGISTRY_TLS'] as string,
        '-u',
        sandbox['SLIPWAY_REGISTRY_TLS_USER'] as string,
        '--password-stdin',
      ],
      {
        env: { ...env, DOCKER_CONFIG: testDockerConfig },
        input: sandbox['SLIPWAY_REGISTRY_TLS_PASSWORD'] as string,
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    );
  }
  return { ...env, DOCKER_CONFIG: testDockerConfig };
}

export function docker(args: string[]): string {
  return execFileSync('docker', args, { env: dockerEnv(), encoding: 'utf8' }).trim();
}

/**
 * A plain HTTP proxy in front of the real registry that answers the first `failures` manifest
 * PUTs with `status` itself (never forwarding them), and forwards everything else untouched.
 */
export class FaultProxy {
  private server!: Server;
  manifestPuts = 0;
  injected = 0;
  port = 0;
  constructor(
    private readonly upstream: string,
    private readonly status: number,
    private readonly failures: number,
  ) {}

  async start(): Promise<this> {
    const [host, port] = this.upstream.split(':') as [string, string];
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'PUT' && /\/manifests\//.test(req.url ?? '')) {
        this.manifestPuts++;
        if (this.injected < this.failures) {
          this.injected++;
          req.resume();
          req.on('end', () =>
            res.writeHead(this.status, { 'content-type': 'text/plain' }).end(`injected ${this.status}\n`),
          );
          return;
        }
      }
      const upstream = request(
        { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
