import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancelledError, TransientError } from './errors';
import { ExecError, exec } from './exec';
import { memoryLogger, type Logger } from './runner/logger';

const NODE = process.execPath;

/** argv for `node -e <script> -- <args>`: everything after `--` reaches the script untouched. */
const node = (script: string, ...args: string[]) => ['-e', script, '--', ...args];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A logger that calls back on each line, so a test can act once the child is running. */
function watchingLogger(onLine: (line: string) => void): Logger & { lines: string[] } {
  const logger = memoryLogger();
  return {
    ...logger,
    info: (line) => {
      logger.info(line);
      onLine(line);
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('exec', () => {
  it('passes every argument verbatim, with no shell interpretation', async () => {
    const args = [
      '$(echo hi); rm -rf /',
      '`id`',
      '$HOME',
      '*',
      'a b  c',
      '',
      '"double" \'single\'',
      '; | & > out.txt',
      'line\nbreak',
      '--version',
      'é 🚀',
    ];
    const result = await exec(NODE, node('process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...args));
    expect(JSON.parse(result.stdout)).toEqual(args);
    expect(result.exitCode).toBe(0);
  });

  it('with logStdout: false streams stderr only and keeps stdout whole for the result', async () => {
    const logger = memoryLogger();
    const script = `process.stdout.write('{"big":\\n"json"}'); process.stderr.write('warning: one\\n');`;
    const result = await exec(NODE, node(script), { logger, logStdout: false });
    expect(logger.lines).toEqual(['warning: one']);
    expect(result.stdout).toBe('{"big":\n"json"}');
  });

  it('writes input to stdin and captures stdout and stderr apart', async () => {
    const script = `let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => {
      process.stdout.write(s.toUpperCase()); process.stderr.write('warn: ' + s.length);
    });`;
    const result = await exec(NODE, node(script), { input: 'hello\nworld' });
    expect(result).toEqual({ exitCode: 0, stdout: 'HELLO\nWORLD', stderr: 'warn: 11' });
  });

  it('closes stdin when there is no input, so readers do not hang', async () => {
    const result = await exec(NODE, node(`process.stdin.resume().on('end', () => console.log('eof'))`));
    expect(result.stdout).toBe('eof\n');
  });

  it('runs in the given cwd with the given env', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kit-exec-')));
    try {
      const result = await exec(NODE, node('console.log(process.cwd(), process.env.SLIPWAY_X)'), {
        cwd: dir,
        env: { ...process.env, SLIPWAY_X: 'from-env' },
      });
      expect(result.stdout).toBe(`${dir} from-env\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a non-zero exit with an ExecError naming the code and the last stderr line', async () => {
    const error = await rejection(
      exec(NODE, node(`console.log('out'); console.error('first\\nhelm: release not found'); process.exit(3)`)),
    );
    expect(error).toBeInstanceOf(ExecError);
    expect(error.message).toBe(`${NODE} exited with code 3: helm: release not found`);
    expect((error as ExecError).result).toEqual({
      exitCode: 3,
      stdout: 'out\n',
      stderr: 'first\nhelm: release not found\n',
    });
  });

  it('falls back to the last stdout line when stderr is empty', async () => {
    const error = await rejection(exec(NODE, node(`console.log('a\\nlast words'); process.exit(1)`)));
    expect(error.message).toBe(`${NODE} exited with code 1: last words`);
  });

  it('resolves with the exit code when told to ignore it', async () => {
    const result = await exec(NODE, node('process.exit(4)'), { ignoreExitCode: true });
    expect(result.exitCode).toBe(4);
  });

  it('says when the child was killed by a signal', async () => {
    const error = await rejection(exec(NODE, node(`process.kill(process.pid, 'SIGKILL')`)));
    expect(error).toBeInstanceOf(ExecError);
    expect(error.message).toBe(`${NODE} was killed by SIGKILL`);
    expect((error as ExecError).result.exitCode).toBe(-1);
  });

  it('runs a program whose path has a space, a quote or a backslash, verbatim, and ignores EPIPE on its unread stdin', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kit exec "q" \\-')));
    try {
      const program = join(dir, 'say hi');
      writeFileSync(program, '#!/bin/sh\necho "hi $1"\n', { mode: 0o755 });
      expect((await exec(program, ['a b'], { input: 'x'.repeat(1 << 20) })).stdout).toBe('hi a b\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says 'Program not found' for a missing program", async () => {
    const error = await rejection(exec('slipway-no-such-program-xyz', ['--help']));
    expect(error).toBeInstanceOf(ExecError);
    expect(error.message).toBe('Program not found: slipway-no-such-program-xyz');
    expect((error as ExecError).result.exitCode).toBe(-1);
  });

  it('streams stdout and stderr line by line to the logger, CRLF and a final partial line included', async () => {
    const logger = memoryLogger();
    const script = `process.stdout.write('one\\r\\ntw'); setTimeout(() => {
      process.stdout.write('o\\nthree'); process.stderr.write('err line\\n');
    }, 20);`;
    const result = await exec(NODE, node(script), { logger });
    expect(result.stdout).toBe('one\r\ntwo\nthree');
    expect(logger.lines.filter((l) => l !== 'err line')).toEqual(['one', 'two', 'three']);
    expect(logger.lines).toContain('err line');
  });

  it('keeps a multi-byte character whole when it is split across chunks', async () => {
    const logger = memoryLogger();
    const bytes = [...Buffer.from('é🚀')];
    const script = `const b = ${JSON.stringify(bytes)};
      process.stdout.write(Buffer.from(b.slice(0, 1)));
      setTimeout(() => process.stdout.write(Buffer.from(b.slice(1, 4))), 50);
      setTimeout(() => process.stdout.write(Buffer.from([...b.slice(4), 10])), 100);`;
    const result = await exec(NODE, node(script), { logger });
    expect(result.stdout).toBe('é🚀\n');
    expect(logger.lines).toEqual(['é🚀']);
  });

  it('caps what it captures, but still streams every line', async () => {
    const logger = memoryLogger();
    const result = await exec(NODE, node(`for (let i = 0; i < 100; i++) console.log('line ' + i)`), {
      logger,
      maxCaptureBytes: 20,
    });
    expect(result.stdout).toBe('line 0\nline 1\nline 2\nl'.slice(0, 20));
    expect(logger.lines).toHaveLength(100);
    expect(logger.lines[99]).toBe('line 99');
  });

  it('kills the child when the timeout passes, with a TransientError', async () => {
    let pid = 0;
    const logger = watchingLogger((line) => (pid = Number(line)));
    const error = await rejection(
      exec(NODE, node('console.log(process.pid); setInterval(() => {}, 1000)'), { timeoutMs: 300, logger }),
    );
    // The promise settles only once the child has exited; on a slow machine it may die before
    // printing its pid, which proves the same thing.
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/^Timed out after 300ms: /);
    if (pid > 0) expect(isAlive(pid)).toBe(false);
  });

  it('kills a child that ignores SIGTERM with SIGKILL', async () => {
    const controller = new AbortController();
    let pid = 0;
    const logger = watchingLogger((line) => {
      if (pid) return;
      pid = Number(line);
      controller.abort();
    });
    const script = `process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
      console.log(process.pid); setInterval(() => {}, 1000)`;
    const error = await rejection(exec(NODE, node(script), { signal: controller.signal, logger }));
    expect(error).toBeInstanceOf(CancelledError);
    expect(logger.lines).toContain('ignoring SIGTERM');
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  }, 20_000);

  it('kills the child and rejects with CancelledError when the signal aborts', async () => {
    const controller = new AbortController();
    let pid = 0;
    const logger = watchingLogger((line) => {
      pid = Number(line);
      controller.abort();
    });
    const error = await rejection(
      exec(NODE, node('console.log(process.pid); setInterval(() => {}, 1000)'), { signal: controller.signal, logger }),
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect(error.message).toMatch(/^Cancelled: /);
    expect(isAlive(pid)).toBe(false);
  });

  it('does not start the program when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const dir = mkdtempSync(join(tmpdir(), 'kit-exec-'));
    try {
      const marker = join(dir, 'ran');
      const error = await rejection(
        exec(NODE, node(`require('fs').writeFileSync(${JSON.stringify(marker)}, '')`), { signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(CancelledError);
      expect(error.message).toBe(`Not started, cancelled: ${NODE}`);
      const { existsSync } = await import('node:fs');
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
