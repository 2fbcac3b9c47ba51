import { describe, expect, it } from '@jest/globals';
import { runAction } from '../support/run-action';

/**
 * The actions with a post step run their bundle twice, as the runner does: main, then post with
 * the state main saved. A main that fails before doing anything (here: a bad input) must not be
 * run again as its own post step — before, the post step saw no state, ran main again and
 * printed the error twice; a main that failed after its inputs (a refused image, a helm that
 * could not be had) would have run a whole delivery as its post step.
 */
const cases: Array<{ action: string; inputs: Record<string, string>; refused: RegExp }> = [
  { action: 'build-push', inputs: { tags: 'type=nonsense' }, refused: /Input 'tags'/ },
  { action: 'helm-deploy', inputs: { release: 'web', chart: './chart', timeout: 'soon' }, refused: /Input 'timeout'/ },
  { action: 'canary', inputs: { release: 'web', steps: 'lots' }, refused: /Input '/ },
  { action: 'slipway', inputs: { mode: 'sideways' }, refused: /Input 'mode'/ },
];

describe('a main that failed early is never run again as its post step', () => {
  it.each(cases)('$action', async ({ action, inputs, refused }) => {
    const main = await runAction(action, inputs);
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(refused);
    expect(main.state).toMatchObject({ phase: 'post' });
    const post = await runAction(action, inputs, { state: main.state });
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).not.toMatch(refused);
  });
});
