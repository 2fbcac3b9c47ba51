import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { reportFailure, runAction } from './entry';
import { CancelledError, ConfigError, TransientError } from './errors';
import { setCommandWriter } from './runner/workflow-command';

let written: string[];
let previousWriter: (text: string) => void;
let savedExitCode: typeof process.exitCode;
let savedDebug: string | undefined;

beforeEach(() => {
  written = [];
  previousWriter = setCommandWriter((t) => written.push(t));
  savedExitCode = process.exitCode;
  savedDebug = process.env['RUNNER_DEBUG'];
  delete process.env['RUNNER_DEBUG'];
});

afterEach(() => {
  setCommandWriter(previousWriter);
  process.exitCode = savedExitCode;
  if (savedDebug === undefined) delete process.env['RUNNER_DEBUG'];
  else process.env['RUNNER_DEBUG'] = savedDebug;
});

const errorLines = () => written.filter((l) => l.startsWith('::error'));

describe('runAction', () => {
  it('does nothing visible when main succeeds', async () => {
    process.exitCode = undefined;
    await runAction(async () => undefined);
    expect(written).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });

  it('prints one ::error:: line and sets exit code 1 on failure', async () => {
    process.exitCode = undefined;
    await runAction(async () => {
      throw new Error('rollout timed out\nafter 5m');
    });
    expect(written).toEqual(['::error::rollout timed out%0Aafter 5m\n']);
    expect(process.exitCode).toBe(1);
  });

  it("titles a ConfigError 'Configuration error'", async () => {
    await runAction(async () => {
      throw new ConfigError(`Input 'steps': expected "<weight>:<pause>" items such as "10:1m", got "ten"`);
    });
    expect(written).toEqual([
      `::error title=Configuration error::Input 'steps': expected "<weight>:<pause>" items such as "10:1m", got "ten"\n`,
    ]);
    expect(process.exitCode).toBe(1);
  });

  it("titles a CancelledError 'Cancelled' and gives other errors no title", async () => {
    await runAction(async () => {
      throw new CancelledError('Cancelled by SIGTERM');
    });
    await runAction(async () => {
      throw new TransientError('HTTP 503');
    });
    expect(written).toEqual(['::error title=Cancelled::Cancelled by SIGTERM\n', '::error::HTTP 503\n']);
  });

  it.each([
    ['a string', 'helm failed', '::error::helm failed\n'],
    ['an object', { status: 500, body: 'oops' }, '::error::non-Error thrown: {"status":500,"body":"oops"}\n'],
    ['undefined', undefined, '::error::undefined was thrown\n'],
    ['null', null, '::error::non-Error thrown: null\n'],
    ['a number', 7, '::error::non-Error thrown: 7\n'],
  ])('never loses a thrown %s', async (_kind, thrown, line) => {
    await runAction(async () => {
      throw thrown;
    });
    expect(written).toEqual([line]);
    expect(process.exitCode).toBe(1);
  });

  it('reports a synchronous throw from main too', async () => {
    await runAction((() => {
      throw new Error('sync');
    }) as () => Promise<void>);
    expect(errorLines()).toEqual(['::error::sync\n']);
    expect(process.exitCode).toBe(1);
  });
});

describe('reportFailure', () => {
  it('prints no stack unless RUNNER_DEBUG=1', () => {
    reportFailure(new Error('boom'));
    expect(written).toEqual(['::error::boom\n']);
  });

  it('prints the stack and the cause as debug lines under RUNNER_DEBUG=1', () => {
    process.env['RUNNER_DEBUG'] = '1';
    const error = new TransientError('upload failed', { cause: new Error('ECONNRESET') });
    reportFailure(error);
    expect(errorLines()).toEqual(['::error::upload failed\n']);
    const debug = written.filter((l) => l.startsWith('::debug::'));
    expect(debug).toHaveLength(2);
    expect(debug[0]).toMatch(/^::debug::TransientError: upload failed%0A {4}at /);
    expect(debug[0]).toContain('entry.test.ts');
    expect(debug[1]).toBe('::debug::cause: ECONNRESET\n');
  });

  it('prints a non-Error cause under debug without losing it', () => {
    process.env['RUNNER_DEBUG'] = '1';
    reportFailure(new Error('outer', { cause: { code: 'E42' } }));
    expect(written.at(-1)).toBe('::debug::cause: non-Error thrown: {"code":"E42"}\n');
  });

  it('keeps a thrown string on one line even under debug', () => {
    process.env['RUNNER_DEBUG'] = '1';
    reportFailure('plain text');
    expect(written).toEqual(['::error::plain text\n']);
  });

  it('does not set the exit code itself', () => {
    process.exitCode = undefined;
    reportFailure(new Error('x'));
    expect(process.exitCode).toBeUndefined();
  });
});

describe('reportFailure for a plain abort', () => {
  it('titles an AbortError as a cancellation', () => {
    const controller = new AbortController();
    controller.abort();
    reportFailure(controller.signal.reason);
    expect(written[0]).toMatch(/^::error title=Cancelled::/);
  });
});
