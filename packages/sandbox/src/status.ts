import { existsSync } from 'node:fs';
import type { Log } from './component';
import { readEnvFile, type SandboxEnv } from './env-file';
import { sandboxPaths } from './paths';
import { runningPid } from './process-manager';
import { sandboxClusters } from './sandbox-clusters';
import { clusterProcessNames, sharedServiceNames } from './services';

/**
 * Prints each process `up` starts, the shared ones then each cluster's: running (with pid) or
 * not, and its log; each cluster with its API server and admin kubeconfig. True if all run.
 */
export function status(log: Log): boolean {
  const paths = sandboxPaths();
  const envReady = existsSync(paths.envFile);
  const env: SandboxEnv = envReady ? readEnvFile(paths.envFile) : {};
  // `up --for demo` starts no TLS registry: its absence is no fault then.
  const forDemo = env['SLIPWAY_SANDBOX_FOR'] === 'demo';
  let allUp = true;
  const show = (name: string, indent = ''): void => {
    const pid = runningPid(paths.pid(name));
    if (pid === undefined && forDemo && name === 'registry-tls') {
      log(`${name.padEnd(28)} ${'not used'.padEnd(16)} (up --for demo)`);
      return;
    }
    if (pid === undefined) allUp = false;
    const state = pid === undefined ? 'down' : `up (pid ${pid})`;
    log(`${`${indent}${name}`.padEnd(28)} ${state.padEnd(16)} log: ${paths.log(name)}`);
  };
  for (const name of sharedServiceNames) show(name);
  // Before the env file exists, cluster 1 is the one `up` starts first.
  const clusters = envReady ? sandboxClusters(env) : [];
  for (const index of clusters.length ? clusters.map((c) => c.index) : [1]) {
    const cluster = clusters.find((c) => c.index === index);
    const where = cluster ? ` ${cluster.api.padEnd(16)} kubeconfig: ${cluster.kubeconfig}` : '';
    log(`${`cluster ${index}`.padEnd(28)}${where}`);
    for (const name of clusterProcessNames(index)) show(name, '  ');
  }
  log(`${'env file'.padEnd(28)} ${(envReady ? 'written' : 'missing').padEnd(16)} ${paths.envFile}`);
  return allUp && envReady;
}
