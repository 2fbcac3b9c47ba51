import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action';

// BuildKit exports a registry cache only from a docker-container builder: the pipeline's build job
// sets one up before build-push when a cache is asked for and buildx may build, and not otherwise.
interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const pipeline = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'pipeline.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { default?: string }> } };
  jobs: { build: { steps: Step[] } };
};
const steps = pipeline.jobs.build.steps;
const setupAt = steps.findIndex((s) => s.run?.includes('docker buildx create'));
const removeAt = steps.findIndex((s) => s.run?.includes('docker buildx rm'));
const buildAt = steps.findIndex((s) => s.uses?.startsWith('slipway-dev/slipway/actions/build-push@'));

/** The step's `if`, evaluated for these inputs (it compares inputs to string literals with ==, !=, && and ||). */
function runsWith(inputs: Record<string, string>, at = setupAt): boolean {
  const expression = (steps[at]?.if ?? '')
    .replace(/^\$\{\{|\}\}$/g, '')
    .replace(/always\(\) && /, '')
    .replace(/inputs\.([\w-]+)/g, (_m, name: string) => JSON.stringify(inputs[name] ?? ''))
    .replace(/'([^']*)'/g, (_m, text: string) => JSON.stringify(text));
  if (!/^[\s"\w/.:-]*(?:(?:==|!=|&&|\|\||\(|\))[\s"\w/.:-]*)*$/.test(expression))
    throw new Error(`unexpected expression: ${expression}`);
  return Function(`return (${expression.replace(/==/g, '===').replace(/!=/g, '!==')});`)() as boolean;
}

describe("pipeline.yml's build job and the registry cache", () => {
  it('sets up a docker-container buildx builder before build-push, and removes it after, whatever happened', () => {
    expect(setupAt).toBeGreaterThanOrEqual(0);
    expect(setupAt).toBeLessThan(buildAt);
    expect(removeAt).toBeGreaterThan(buildAt);
    expect(steps[setupAt]?.uses).toBeUndefined();
    expect(steps[setupAt]?.run).toMatch(/docker buildx create --use --driver docker-container /);
    expect(steps[removeAt]?.if).toMatch(/^\$\{\{ always\(\) && /);
    expect(steps[buildAt]?.with?.['builder']).toBe('${{ inputs.builder }}');
    expect(pipeline.on.workflow_call.inputs['builder']?.default).toBe('auto');
  });

  it('only when a cache is asked for and buildx may build', () => {
    expect(runsWith({ 'cache-ref': 'ghcr.io/acme/shop-cache', builder: 'auto' })).toBe(true);
    expect(runsWith({ 'cache-ref': 'ghcr.io/acme/shop-cache', builder: 'buildx' })).toBe(true);
    expect(runsWith({ 'cache-ref': 'ghcr.io/acme/shop-cache', builder: 'buildah' })).toBe(false);
    expect(runsWith({ 'cache-ref': 'ghcr.io/acme/shop-cache', builder: 'docker' })).toBe(false);
    expect(runsWith({ 'cache-ref': '', builder: 'auto' })).toBe(false);
    for (const builder of ['auto', 'buildx', 'buildah', 'docker'])
      for (const cacheRef of ['', 'ghcr.io/acme/shop-cache'])
        expect(runsWith({ 'cache-ref': cacheRef, builder }, removeAt)).toBe(
          runsWith({ 'cache-ref': cacheRef, builder }),
        );
  });
});
