import { describe, expect, it } from '@jest/globals';
import { maxClusters } from './ports';
import { parseRefuseReadyArgs, parseUpArgs } from './cli-args';

describe('up arguments', () => {
  it('defaults to the test profile and leaves the cluster count to it', () => {
    expect(parseUpArgs([])).toEqual({ purpose: 'test' });
  });

  it('takes --for and --clusters, spaced or with =', () => {
    expect(parseUpArgs(['--for', 'demo', '--clusters', '3'])).toEqual({ purpose: 'demo', clusters: 3 });
    expect(parseUpArgs(['--clusters=2', '--for=test'])).toEqual({ purpose: 'test', clusters: 2 });
    expect(parseUpArgs(['--clusters', String(maxClusters)])).toEqual({ purpose: 'test', clusters: maxClusters });
  });

  it.each([['0'], ['-1'], ['2.5'], ['two'], [''], [' 3'], ['1e1'], [String(maxClusters + 1)]])(
    'refuses --clusters %j with one line naming the flag and the range',
    (value) => {
      expect(() => parseUpArgs(['--clusters', value])).toThrow(
        `up --clusters: expected a whole number from 1 to ${maxClusters}, got ${JSON.stringify(value)}`,
      );
    },
  );

  it('refuses --clusters without a value', () => {
    expect(() => parseUpArgs(['--clusters'])).toThrow('up --clusters: expected a whole number from 1 to 8, got ""');
  });

  it('refuses an unknown profile and an unknown argument', () => {
    expect(() => parseUpArgs(['--for', 'prod'])).toThrow('up --for: expected "test" or "demo", got "prod"');
    expect(() => parseUpArgs(['--cluster', '2'])).toThrow('up: unknown argument "--cluster"');
  });
});

describe('refuse-ready arguments', () => {
  it('takes a cluster of the sandbox, on or --off', () => {
    expect(parseRefuseReadyArgs(['2'], 3)).toEqual({ index: 2, refuse: true });
    expect(parseRefuseReadyArgs(['3', '--off'], 3)).toEqual({ index: 3, refuse: false });
  });

  it.each([[[]], [['0']], [['4']], [['x']], [['2', '--of']], [['2', '--off', 'more']]])(
    'refuses %j on a sandbox of 3 clusters with one line',
    (args) => {
      expect(() => parseRefuseReadyArgs(args, 3)).toThrow(
        `refuse-ready: expected a cluster number from 1 to 3 and optionally --off, got ${JSON.stringify(args.join(' '))}`,
      );
    },
  );
});
