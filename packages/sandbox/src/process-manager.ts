import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  logFile: string;
  pidFile: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

interface PidRecord {
  pid: number;
  /** Start time from /proc/<pid>/stat, so a recycled pid is never mistaken for ours. */
  startTime: string;
}

function procStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the parenthesised command name (which may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function readPidFile(pidFile: string): PidRecord | undefined {
  if (!existsSync(pidFile)) return undefined;
  const [pid, startTime] = readFileSync(pidFile, 'utf8').trim().split(/\s+/);
  const parsed = Number(pid);
  if (!Number.isInteger(parsed) || parsed <= 0 || !startTime) return undefined;
  return { pid: parsed, startTime };
}

/** The pid recorded in pidFile, if that very process (same start time) is still alive. */
export function runningPid(pidFile: string): number | undefined {
  const record = readPidFile(pidFile);
  if (!record) return undefined;
  const state = processState(record.pid);
  if (state === undefined || state === 'Z') return undefined;
  return procStartTime(record.pid) === record.startTime ? record.pid : undefined;
}

function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

/**
 * Starts a long-running process detached in its own process group, output appended to logFile,
 * and records it in pidFile. Returns the pid.
 */
export function startProcess(options: StartOptions): number {
  const log = openSync(options.logFile, 'a');
  try {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', log, log],
    });
    if (child.pid === undefined) {
      throw new Error(`could not start ${options.command}`);
    }
    child.unref();
    const startTime = procStartTime(child.pid) ?? '0';
    writeFileSync(options.pidFile, `${child.pid} ${startTime}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the process recorded in pidFile (and its process group, which we created), first with
 * SIGTERM, then SIGKILL after graceMs. Returns whether something was running.
 */
export async function stopProcess(pidFile: string, graceMs = 10_000): Promise<boolean> {
  const pid = runningPid(pidFile);
  rmSync(pidFile, { force: true });
  if (pid === undefined) return false;
  signalGroup(pid, 'SIGTERM');
  if (await groupGone(pid, graceMs)) return true;
  signalGroup(pid, 'SIGKILL');
  await groupGone(pid, 5_000);
  return true;
}

async function groupGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return true;
    await sleep(100);
  }
  return false;
}
