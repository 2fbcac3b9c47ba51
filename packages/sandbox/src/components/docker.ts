import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureService, type SandboxContext } from '../component';
import { httpGet } from '../probe';

export interface DockerEngine {
  socket: string;
  host: string;
  /** A DOCKER_CONFIG folder of the sandbox's own, so logins never touch ~/.docker. */
  config: string;
}

export function dockerPaths(ctx: SandboxContext): DockerEngine {
  const socket = join(ctx.paths.state, 'run', 'docker.sock');
  return { socket, host: `unix://${socket}`, config: join(ctx.paths.config, 'docker') };
}

/**
 * Debian's dockerd on a socket of the sandbox's own, vfs storage under the state folder, no
 * iptables, no bridge: it builds and pushes images, it runs no networked containers.
 */
export async function startDocker(ctx: SandboxContext): Promise<DockerEngine> {
  const engine = dockerPaths(ctx);
  const root = join(ctx.paths.data, 'docker');
  const execRoot = join(ctx.paths.state, 'run', 'docker');
  const daemonJson = join(ctx.paths.config, 'dockerd.json');
  for (const dir of [root, execRoot, engine.config]) mkdirSync(dir, { recursive: true });
  writeFileSync(daemonJson, '{}\n');
  const dockerConfig = join(engine.config, 'config.json');
  if (!existsSync(dockerConfig)) writeFileSync(dockerConfig, '{}\n');
  await ensureService(ctx, {
    name: 'dockerd',
    command: 'dockerd',
    args: [
      '--host', engine.host,
      '--data-root', root,
      '--exec-root', execRoot,
      '--pidfile', join(execRoot, 'dockerd.pid'),
      '--config-file', daemonJson,
      '--storage-driver', 'vfs',
      '--iptables=false',
      '--ip-masq=false',
      '--bridge', 'none',
      '--userland-proxy=false',
    ],
    ports: [],
    ready: async () => {
      const res = await httpGet('http://docker/_ping', { socketPath: engine.socket });
      return res.status === 200 || `/_ping answered ${res.status}`;
    },
    readyTimeoutMs: 90_000,
  }); // prettier-ignore
  return engine;
}
