import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { isDebug, memoryLogger, runnerLogger } from './logger';
import { setCommandWriter } from './workflow-command';

let written: string[];
let previous: (text: string) => void;
let savedDebug: string | undefined;
beforeEach(() => {
  written = [];
  previous = setCommandWriter((t) => written.push(t));
  savedDebug = process.env['RUNNER_DEBUG'];
});
afterEach(() => {
  setCommandWriter(previous);
  if (savedDebug === undefined) delete process.env['RUNNER_DEBUG'];
  else process.env['RUNNER_DEBUG'] = savedDebug;
});

describe('runnerLogger', () => {
  it('writes info as plain lines and the rest as workflow commands', () => {
    runnerLogger.info('hello');
    runnerLogger.debug('details');
    runnerLogger.warning('careful', { file: 'values.yaml', line: 3 });
    runnerLogger.error('broken', { title: 'Helm' });
    expect(written).toEqual([
      'hello\n',
      '::debug::details\n',
      '::warning file=values.yaml,line=3::careful\n',
      '::error title=Helm::broken\n',
    ]);
  });

  it('wraps a group, closing it even when the body throws', async () => {
    await expect(runnerLogger.group('Deploy', async () => 7)).resolves.toBe(7);
    await expect(
      runnerLogger.group('Fails', async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(written).toEqual(['::group::Deploy\n', '::endgroup::\n', '::group::Fails\n', '::endgroup::\n']);
  });
});

describe('memoryLogger', () => {
  it('keeps every line with its level', async () => {
    const logger = memoryLogger();
    logger.info('a');
    logger.debug('b');
    logger.warning('c');
    logger.error('d');
    expect(await logger.group('g', async () => 'r')).toBe('r');
    expect(logger.lines).toEqual(['a', 'debug: b', 'warning: c', 'error: d', 'group: g']);
    expect(written).toEqual([]);
  });
});

describe('isDebug', () => {
  it('is true only when RUNNER_DEBUG is 1', () => {
    delete process.env['RUNNER_DEBUG'];
    expect(isDebug()).toBe(false);
    process.env['RUNNER_DEBUG'] = '0';
    expect(isDebug()).toBe(false);
    process.env['RUNNER_DEBUG'] = '1';
    expect(isDebug()).toBe(true);
  });
});
