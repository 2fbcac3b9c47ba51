// The registry build cache with buildah (issue 22): a first build pushes each step to a cache
// repository, a second build from an empty storage (another machine, a fresh runner) pulls every
// unchanged step from there instead of building it, and a changed file misses from its step on.
// buildah because BuildKit's registry cache needs a buildkitd (the docker-container driver's
// image), which cannot be pulled here; buildx gets the same cache lines unchanged.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copySteps as copyStepsOf, freshBuildahStorage, imageLayers } from '../../support/buildah-cache';
import { runAction, type ActionRun } from '../../support/run-action';
import { actionEnv, sandbox } from './fixture';

jest.setTimeout(300_000);
const registry = sandbox['SLIPWAY_REGISTRY'] as string;
const cache = `${registry}/issue-22-cache/cache`;
const image = `${registry}/issue-22-cache/app`;
const files = ['one.txt', 'two.txt', 'three.txt'];
const scratch: string[] = [];
let context = '';

beforeAll(() => {
  context = mkdtempSync(join(tmpdir(), 'slipway-cache-ctx-'));
  scratch.push(context);
  // FROM scratch and COPY only: nothing to pull and no RUN (which needs a runtime). A nonce in
  // every file makes the first build's step keys new, so it is cold whatever ran before.
  const nonce = randomBytes(8).toString('hex');
  for (const file of files) writeFileSync(join(context, file), `${file} ${nonce}\n`);
  writeFileSync(join(context, 'Dockerfile'), ['FROM scratch', ...files.map((f) => `COPY ${f} /${f}`), ''].join('\n'));
});

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/**
 * The action's environment with a containers-storage of its own: every build starts empty, as on
 * a fresh runner. DOCKER_CONFIG names an empty folder (no config.json, the registry is
 * anonymous): no credentials, as docker reads it, where buildah alone would refuse to push.
 */
function buildahEnv(): Record<string, string> {
  const storage = freshBuildahStorage(tmpdir());
  scratch.push(dirname(storage));
  return actionEnv({ GITHUB_SHA: 'c'.repeat(40), CONTAINERS_STORAGE_CONF: storage });
}

async function build(tag: string): Promise<ActionRun> {
  const run = await runAction(
    'build-push',
    {
      images: image,
      tags: `type=raw,value=${tag}`,
      flavor: 'latest=false',
      context,
      builder: 'buildah',
      // docker/build-push-action's form, as a workflow written for buildx passes it.
      'cache-from': `type=registry,ref=${cache}`,
      'cache-to': `type=registry,ref=${cache},mode=max`,
    },
    { env: buildahEnv() },
  );
  if (run.exitCode !== 0) console.log(run.stdout, run.stderr);
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

const copySteps = (log: string) => copyStepsOf(log, cache);
const layersOf = (tag: string) => imageLayers(registry, 'issue-22-cache/app', tag);

describe('build-push with buildah: registry build cache (cache-from / cache-to)', () => {
  it('cold build pushes every step to the cache; a rebuild from empty storage pulls them all; a changed file misses from its step on', async () => {
    const cold = await build('cold');
    expect(copySteps(cold.stdout)).toEqual({ 'one.txt': 'built', 'two.txt': 'built', 'three.txt': 'built' });
    // buildah got the bare repository, not buildx's spec.
    expect(cold.stdout).toContain(`Pushing cache ${cache}:`);

    const warm = await build('warm');
    expect(copySteps(warm.stdout)).toEqual({ 'one.txt': 'pulled', 'two.txt': 'pulled', 'three.txt': 'pulled' });
    const coldLayers = await layersOf('cold');
    expect(coldLayers.layers).toHaveLength(3);
    // The same layers: the cached ones, not rebuilt. The image config differs only by the
    // generated labels' last step (org.opencontainers.image.created is this run's time).
    expect(await layersOf('warm')).toEqual(coldLayers);
    expect(warm.outputs['digest']).toMatch(/^sha256:[a-f0-9]{64}$/);

    writeFileSync(join(context, 'two.txt'), `two.txt changed ${randomBytes(8).toString('hex')}\n`);
    const changed = await build('changed');
    expect(copySteps(changed.stdout)).toEqual({ 'one.txt': 'pulled', 'two.txt': 'built', 'three.txt': 'built' });
    const changedLayers = await layersOf('changed');
    expect(changedLayers.diffIds[0]).toBe(coldLayers.diffIds[0]);
    expect(changedLayers.diffIds[1]).not.toBe(coldLayers.diffIds[1]);
  });

  it('a tagged cache ref is refused before buildah runs, naming the input', async () => {
    const run = await runAction(
      'build-push',
      { images: image, context, builder: 'buildah', 'cache-to': `type=registry,ref=${cache}:buildcache` },
      { env: buildahEnv() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /::Input 'cache-to': expected with builder buildah a registry cache repository without a tag/,
      ),
    ]);
    expect(run.stdout).not.toContain('Builder:');
  });
});
