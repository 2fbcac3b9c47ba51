import { existsSync } from 'node:fs';
import type { Log } from './component';
import { readEnvFile } from './env-file';
import { sandboxPaths } from './paths';
import { runningPid } from './process-manager';
import { serviceNames } from './services';

/** Prints each process `up` starts: running (with pid) or not, and its log. True if all run. */
export function status(log: Log): boolean {
  const paths = sandboxPaths();
  const envReady = existsSync(paths.envFile);
  // `up --for demo` starts no TLS registry: its absence is no fault then.
  const forDemo = envReady && readEnvFile(paths.envFile)['SLIPWAY_SANDBOX_FOR'] === 'demo';
  let allUp = true;
  for (const name of serviceNames) {
    const pid = runningPid(paths.pid(name));
    if (pid === undefined && forDemo && name === 'registry-tls') {
      log(`${name.padEnd(24)} ${'not used'.padEnd(16)} (up --for demo)`);
      continue;
    }
    if (pid === undefined) allUp = false;
    const state = pid === undefined ? 'down' : `up (pid ${pid})`;
    log(`${name.padEnd(24)} ${state.padEnd(16)} log: ${paths.log(name)}`);
  }
  log(`${'env file'.padEnd(24)} ${(envReady ? 'written' : 'missing').padEnd(16)} ${paths.envFile}`);
  return allUp && envReady;
}
