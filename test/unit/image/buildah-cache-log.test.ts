import { describe, expect, it } from '@jest/globals';
import { jobLog, type ActRun } from '../../e2e/support/act';
import { cacheTags, copySteps } from '../../support/buildah-cache';

// buildah 1.28's lines for a registry build cache, as act relays a job's step output: the parsers
// the pipeline e2e and build-push's integration test read them with.
const cache = '127.0.0.1:5000/issue-22-cache/e2e-x-web';
const job = 'pipeline/slipway pipeline/build (build-push)';
const relayed = (label: string, lines: string[]) => lines.map((line) => `[${label}]   | ${line}`);
const cold = [
  'STEP 1/3: FROM scratch',
  'STEP 2/3: COPY app /app',
  `--> Pushing cache ${cache}:aaa111`,
  '--> 1f2e3d',
  'STEP 3/3: COPY minimist.json /srv/node_modules/minimist/package.json',
  `--> Pushing cache ${cache}:bbb222`,
  '--> 4c5b6a',
];
const warm = [
  'STEP 1/3: FROM scratch',
  'STEP 2/3: COPY app /app',
  `--> Cache pulled from remote ${cache}:aaa111`,
  '--> Using cache 1f2e3d',
  'STEP 3/3: COPY minimist.json /srv/node_modules/minimist/package.json',
  `--> Cache pulled from remote ${cache}:bbb222`,
  '--> Using cache 4c5b6a',
];
const run = (output: string[]): ActRun => ({
  code: 0,
  output: output.join('\n'),
  result: undefined,
  ms: 0,
  timeline: [],
});

describe("a buildah build's registry cache, read from act's job output", () => {
  const output = run([
    `[${job}] ⭐ Run Main build and push`,
    ...relayed(`${job}   `, cold),
    // Another job's lines, and a look-alike cache of another repository, are not this build's.
    ...relayed('pipeline/slipway pipeline/gate (lint-scan)', ['STEP 9/9: COPY other /other', '--> Pushing cache x:y']),
    `[${job}]   ✅  Success - Main build and push [12.3s]`,
  ]);

  it("jobLog gives the job's step output as the program printed it, act's prefix removed", () => {
    expect(jobLog(output, 'build (build-push)')).toBe(cold.join('\n'));
    expect(jobLog(output, 'image gate (lint-scan grype)')).toBe('');
  });

  it('copySteps names each COPY step built (pushed) or pulled, cacheTags the step keys', () => {
    const log = jobLog(output, 'build (build-push)');
    expect(copySteps(log, cache)).toEqual({ app: 'built', 'minimist.json': 'built' });
    expect(cacheTags(log, cache, 'pushed')).toEqual(['aaa111', 'bbb222']);
    expect(cacheTags(log, cache, 'pulled')).toEqual([]);
    expect(copySteps(warm.join('\n'), cache)).toEqual({ app: 'pulled', 'minimist.json': 'pulled' });
    expect(cacheTags(warm.join('\n'), cache, 'pulled')).toEqual(['aaa111', 'bbb222']);
    // The ref is matched literally (its dots are dots): another registry's lines are not counted.
    expect(cacheTags(warm.join('\n').replaceAll('127.0.0.1', '127x0x0x1'), cache, 'pulled')).toEqual([]);
  });

  it('a COPY step that says neither pulled nor pushed is an error, not a guess', () => {
    expect(() => copySteps('STEP 1/1: COPY app /app\n--> 1f2e3d', cache)).toThrow(/step COPY app: neither/);
  });
});
