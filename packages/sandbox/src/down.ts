import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Log } from './component';
import { untrustRegistryCa } from './components/docker-trust';
import { readEnvFile } from './env-file';
import { sandboxPaths } from './paths';
import { sandboxPorts } from './ports';
import { stopProcess } from './process-manager';
import { run } from './run';
import { isEtcd } from './services';

/** Mount points under dir (dockerd may leave some), deepest first. */
function mountsUnder(dir: string): string[] {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1]?.replaceAll('\\040', ' '))
    .filter((point): point is string => !!point && (point === dir || point.startsWith(`${dir}/`)));
  return mounts.sort((a, b) => b.length - a.length);
}

/** Stops what `up` started (by pid file only), removes the CA trust it added and its state. */
export async function down(log: Log): Promise<void> {
  const paths = sandboxPaths();
  if (!existsSync(paths.state)) {
    log(`nothing to do: ${paths.state} does not exist`);
    return;
  }
  // Every pid file is a process `up` started (every cluster's too, even after a failed `up`).
  // Everything is disposable: stop at once all that uses etcd, then each etcd (an API server's
  // shutdown hangs when its etcd goes first).
  const names = existsSync(paths.pids)
    ? readdirSync(paths.pids)
        .filter((file) => file.endsWith('.pid'))
        .map((file) => file.slice(0, -'.pid'.length))
    : [];
  const stop = async (name: string): Promise<void> => {
    const started = Date.now();
    if (await stopProcess(paths.pid(name))) {
      log(`stopped ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    }
  };
  await Promise.all(names.filter((name) => !isEtcd(name)).map(stop));
  await Promise.all(names.filter(isEtcd).map(stop));
  let registryTlsPort = sandboxPorts().registryTls;
  if (existsSync(paths.envFile)) {
    const tls = readEnvFile(paths.envFile)['SLIPWAY_REGISTRY_TLS'];
    const port = Number(tls?.split(':').pop());
    if (Number.isInteger(port) && port > 0) registryTlsPort = port;
  }
  untrustRegistryCa(registryTlsPort, `${paths.certs}/ca.crt`);
  for (const point of mountsUnder(paths.state)) {
    await run('umount', ['-l', point]);
  }
  rmSync(paths.state, { recursive: true, force: true, maxRetries: 3 });
  log(`removed ${paths.state}`);
}
