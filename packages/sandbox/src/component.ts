import { existsSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Binaries } from './binaries';
import type { CertPair } from './certs';
import type { SandboxPaths } from './paths';
import type { Ports } from './ports';
import { portInUse } from './probe';
import { runningPid, startProcess } from './process-manager';
import { logTail, waitFor } from './wait-for';
import type { Versions } from './versions';

export type Log = (line: string) => void;

export interface SandboxContext {
  paths: SandboxPaths;
  ports: Ports;
  versions: Versions;
  log: Log;
  ca: CertPair;
}

/** A context with the binaries a component runs (K: which ones it needs, so it can start before the rest are built). */
export interface ClusterContext<K extends keyof Binaries = keyof Binaries> extends SandboxContext {
  binaries: Pick<Binaries, K>;
}

/** A component that failed to start: which one, why, and where its log is. */
export class ComponentError extends Error {
  constructor(
    readonly component: string,
    readonly reason: string,
    readonly logPath?: string,
  ) {
    super(`${component} failed to start: ${reason}${logPath ? `\n  log: ${logPath}` : ''}`);
    this.name = 'ComponentError';
  }
}

export interface ServiceSpec {
  /** Process name: names its pid file and log, e.g. kube-apiserver */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Loopback ports this process listens on: must be free before it starts. */
  ports: number[];
  /** Resolves true (or a reason string while not ready) once the process serves. */
  ready: () => Promise<boolean | string>;
  readyTimeoutMs?: number;
}

/**
 * Starts a long-running process unless the one up started before is still alive, then waits
 * until it is ready. Failures become a ComponentError naming the log and quoting its tail.
 */
export async function ensureService(ctx: SandboxContext, spec: ServiceSpec): Promise<void> {
  const pidFile = ctx.paths.pid(spec.name);
  const logFile = ctx.paths.log(spec.name);
  const fail = (reason: string): never => {
    throw new ComponentError(spec.name, `${reason}\n--- last lines of the log ---\n${logTail(logFile)}`, logFile);
  };
  const existing = runningPid(pidFile);
  if (existing !== undefined) {
    await ready(spec, pidFile, fail);
    ctx.log(`  ${spec.name} already running (pid ${existing})`);
    return;
  }
  for (let attempt = 1; ; attempt++) {
    for (const port of spec.ports) {
      if (await portInUse(port)) {
        throw new ComponentError(
          spec.name,
          `port 127.0.0.1:${port} is already in use by a process the sandbox did not start (set SLIPWAY_PORT_BASE to move the sandbox's ports)`,
        );
      }
    }
    const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
    try {
      startProcess({ ...spec, logFile, pidFile });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    ctx.log(`  ${spec.name} started (log: ${logFile})${attempt > 1 ? `, attempt ${attempt}` : ''}`);
    try {
      await ready(spec, pidFile, (reason) => {
        throw new Error(reason);
      });
      return;
    } catch (error) {
      // The sandbox's ports lie in the kernel's ephemeral range: a client connection of the
      // moment (a probe, kubectl) may hold one as its source port just as the process binds it.
      const lost = bindLost(logFile, logStart);
      if (lost && attempt < startAttempts && runningPid(pidFile) === undefined) {
        ctx.log(`  ${spec.name} lost a port to a passing connection (${lost}); starting it again`);
        await sleep(1000);
        continue;
      }
      fail(error instanceof Error ? error.message : String(error));
    }
  }
}

const startAttempts = 3;

/** "listen tcp 127.0.0.1:47614: bind: address already in use" from the log written since `from`, if any. */
function bindLost(logFile: string, from: number): string | undefined {
  if (!existsSync(logFile)) return undefined;
  const text = readFileSync(logFile).subarray(from).toString('utf8');
  return /[^"\n]*bind: address already in use/.exec(text)?.[0].trim();
}

async function ready(spec: ServiceSpec, pidFile: string, fail: (reason: string) => never): Promise<void> {
  try {
    await waitFor(spec.ready, {
      what: `${spec.name} to be ready`,
      timeoutMs: spec.readyTimeoutMs ?? 60_000,
      pidFile,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
