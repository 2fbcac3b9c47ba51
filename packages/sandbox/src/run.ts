import { spawn } from 'node:child_process';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  /** Where to append the output instead of keeping it (for long builds). */
  logFd?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command (argv array, no shell) to completion. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const stdio: ['pipe', 'pipe' | number, 'pipe' | number] =
      options.logFd === undefined ? ['pipe', 'pipe', 'pipe'] : ['pipe', options.logFd, options.logFd];
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    // A child that exits without reading its input closes the pipe first: that EPIPE is no
    // failure of ours (the exit code says how the command went), so it must not crash `up`.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

/** Like run(), but throws with the command's output when it exits non-zero. */
export async function runOk(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const output = `${result.stderr}${result.stdout}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}${output ? `:\n${output}` : ''}`);
  }
  return result;
}
