import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runningPid } from '../../../packages/sandbox/src/process-manager';
import { repoRoot } from '../../support/run-action';
import { eventually, execOk, need } from '../sandbox/sandbox-helpers';

/**
 * Stopping and restoring the sandbox's own components, for the fault tests. A test that stops
 * one restores it in a `finally` and waits until the API answers ready again, so the tests after
 * it (in CI they share the one sandbox, serially) find it healthy.
 */

/** SIGTERM to a component the sandbox started (its pid file), SIGKILL if it lingers past 5 s. */
export async function stopComponent(name: string): Promise<void> {
  const pidFile = join(need('SLIPWAY_SANDBOX_DIR'), 'pids', `${name}.pid`);
  const pid = runningPid(pidFile);
  if (pid === undefined) throw new Error(`${name} is not running (${pidFile})`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && runningPid(pidFile) !== undefined; i++) await sleep(100);
  if (runningPid(pidFile) !== undefined) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && runningPid(pidFile) !== undefined; i++) await sleep(100);
}

/** `npm run sandbox -- up` starts only what is down, then the API must answer /readyz. */
export async function restoreSandbox(): Promise<void> {
  const up = await new Promise<{ code: number; out: string }>((resolve) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['packages/sandbox/src/cli.ts', 'up'], {
      cwd: repoRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (error) => resolve({ code: -1, out: `${out}\n${String(error)}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
  if (up.code !== 0) throw new Error(`npm run sandbox -- up failed (${up.code}):\n${up.out}`);
  await eventually(async () => {
    const { stdout } = await execOk(need('KUBECTL'), [
      'get',
      '--raw',
      '/readyz',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]);
    return stdout.trim() === 'ok' ? true : undefined;
  }, 120_000);
}
