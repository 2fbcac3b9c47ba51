import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerDirs } from './runner-dirs';

describe('runnerDirs', () => {
  it('on a runner: RUNNER_TEMP and RUNNER_TOOL_CACHE as the runner sets them', () => {
    expect(runnerDirs({ RUNNER_TEMP: '/home/runner/work/_temp', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' })).toEqual({
      temp: '/home/runner/work/_temp',
      toolCache: '/opt/hostedtoolcache',
    });
  });

  it('without a tool cache: tool-cache under RUNNER_TEMP', () => {
    expect(runnerDirs({ RUNNER_TEMP: '/runner/_temp' })).toEqual({
      temp: '/runner/_temp',
      toolCache: join('/runner/_temp', 'tool-cache'),
    });
  });

  it('outside a runner (or with empty values, as an unset input leaves them): the OS temporary folder', () => {
    const expected = { temp: tmpdir(), toolCache: join(tmpdir(), 'tool-cache') };
    expect(runnerDirs({})).toEqual(expected);
    expect(runnerDirs({ RUNNER_TEMP: '', RUNNER_TOOL_CACHE: '' })).toEqual(expected);
  });

  it('reads process.env by default', () => {
    const before = { temp: process.env['RUNNER_TEMP'], cache: process.env['RUNNER_TOOL_CACHE'] };
    process.env['RUNNER_TEMP'] = '/from/process/env';
    process.env['RUNNER_TOOL_CACHE'] = '/cache/from/process/env';
    try {
      expect(runnerDirs()).toEqual({ temp: '/from/process/env', toolCache: '/cache/from/process/env' });
    } finally {
      for (const [key, value] of [
        ['RUNNER_TEMP', before.temp],
        ['RUNNER_TOOL_CACHE', before.cache],
      ] as const)
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });
});
