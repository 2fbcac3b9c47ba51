import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploymentPayload } from '@slipway/records';
import { loadSandboxEnv } from '@slipway/sandbox';
import { buildGrypeDatabase, serveGrypeDatabase, type GrypeMirror } from '../support/grype-database';
import type { FakeMessage } from '../support/slack-fake';
import { closedPort } from '../support/test-server';
import { registryDigest } from '../integration/sandbox/sandbox-helpers';
import { cacheTags, copySteps, freshBuildahStorage, imageLayers, registryTags } from '../support/buildah-cache';
import { jobLog, stepOutputs, type ActRun } from './support/act';
import { Delivery } from './support/delivery';

/**
 * The reusable workflows run by a real workflow engine (act, host mode) against the sandbox:
 * one service delivered by the consumer workflow in test/fixtures/consumer, which calls
 * pipeline.yml. The cases run in order on the same service, as its releases would.
 */
describe('pipeline.yml and rollback.yml under act on the sandbox', () => {
  const sandbox = loadSandboxEnv();
  const scratch = mkdtempSync(join(tmpdir(), 'slipway-e2e-'));
  let delivery: Delivery;
  let good: ActRun;
  let goodRef = '';
  let goodCommit = { sha: '', time: '' };
  let goodDeployments: Recorded[] = [];
  /**
   * The image gate's database (the grype fixture's advisories) on a 127.0.0.1 mirror, pinned by
   * its SHA-256: the job has no checkout, so a URL is how a user hands it over. Given to the good
   * run and to the vulnerable one; the other runs skip the gate.
   */
  let mirror: GrypeMirror | undefined;
  const withGate = () => ({ GRYPE_DATABASE: mirror?.pinned ?? '' });
  /**
   * The registry build cache (pipeline.yml's cache-ref) of the vulnerable image's two runs, next
   * to the image, with builder buildah: BuildKit's cache export needs a buildkitd image, which the
   * sandbox cannot pull. Each run's build starts from an empty storage, as on a fresh runner.
   */
  const cacheRepository = () => `issue-22-cache/e2e-${delivery.id}-web`;
  const registry = () => delivery.image.split('/')[0] as string;
  const cacheRef = () => `${registry()}/${cacheRepository()}`;
  const withCache = () => ({ BUILDER: 'buildah', CACHE_REF: cacheRef() });
  const freshRunner = () => ({ CONTAINERS_STORAGE_CONF: freshBuildahStorage(scratch) });
  const BUILD_JOB = 'build (build-push)';
  let vulnerable: ActRun | undefined;

  /** The GitHub deployments the fake holds from index `since` on, as they stand now. */
  interface Recorded {
    environment: string;
    ref: string;
    payload: unknown;
    states: string[];
    last: { description: string; environment_url: string } | undefined;
  }
  const recorded = (since: number): Recorded[] =>
    delivery.github.deployments.slice(since).map((d) => ({
      environment: d.environment,
      ref: d.ref,
      payload: d.payload,
      states: d.statuses.map((s) => s.state),
      last: d.statuses.at(-1),
    }));
  /** What packages/records' deploymentPayload, the one writer, makes of a deploy of this commit. */
  const payloadOf = async (namespace: string, image: string, commit: { sha: string; time: string }) => {
    const event = join(scratch, 'push-event.json');
    writeFileSync(event, JSON.stringify({ head_commit: { id: commit.sha, timestamp: commit.time } }));
    const payload = await deploymentPayload(
      { kind: 'deploy', release: 'web', namespace, strategy: 'rolling', chart: 'chart', image },
      { GITHUB_SHA: commit.sha, GITHUB_EVENT_PATH: event },
    );
    // helm-deploy holds a local chart inside the workspace: the path it resolved; the run is act's.
    return {
      ...payload,
      chart: expect.stringMatching(/(^|\/)chart$/),
      run_id: expect.stringMatching(/^\d+$/),
      run_attempt: expect.stringMatching(/^\d+$/),
    };
  };

  const explain = (run: ActRun) => (run.code === 0 ? '' : run.output.split('\n').slice(-80).join('\n'));
  const text = (message: FakeMessage | undefined) => JSON.stringify(message?.blocks ?? []) + (message?.text ?? '');
  const live = async (ns: string) => {
    const history = await delivery.history(ns);
    return { image: await delivery.liveImage(ns), revision: history.at(-1)?.revision, history };
  };

  beforeAll(async () => {
    delivery = new Delivery(sandbox, scratch);
    // The build job signs and attests; staging, production and the canary verify before deploying.
    delivery.useSigning();
    await delivery.setUp({ staging: await closedPort(), production: await closedPort() });
    mirror = await serveGrypeDatabase(buildGrypeDatabase(join(scratch, 'grype-db')), join(scratch, 'grype-db.tar.gz'));
    good = await delivery.deliver({ version: '1.0.0' }, undefined, withGate());
    goodRef = good.result?.outputs['image-ref'] ?? '';
    goodCommit = delivery.lastCommit ?? goodCommit;
    goodDeployments = recorded(0);
  });

  afterAll(async () => {
    await delivery?.tearDown();
    await mirror?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('a good release goes through every job, and the image is in the registry under the digest output', async () => {
    expect(explain(good)).toBe('');
    expect(good.result?.result).toBe('success');
    const digest = good.result?.outputs['image-digest'] ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(goodRef).toBe(`${delivery.image}@${digest}`);
    const [registry, ...path] = delivery.image.split('/');
    const tag = good.output.match(/sha-[0-9a-f]{40}/)?.[0] ?? 'missing';
    expect(await registryDigest(registry as string, path.join('/'), tag)).toBe(digest);
  });

  it('the image gate scanned that digest from the registry and passed it before staging began', () => {
    const lines = good.timeline.map((t) => t.line);
    const passed = lines.findIndex((line) =>
      /\[pipeline\/slipway pipeline\/image gate \(lint-scan grype\)\s*\]\s+✅ {2}Success - Main scan the pushed image/.test(
        line,
      ),
    );
    const staging = lines.findIndex((line) => line.startsWith('[staging/'));
    expect(passed).toBeGreaterThan(-1);
    expect(staging).toBeGreaterThan(passed);
  });

  it('the build job signed and attested that digest, and every deploy job verified it before deploying', () => {
    const digest = good.result?.outputs['image-digest'] ?? 'missing';
    expect(good.output).toContain(`Signing ${delivery.image}@${digest} and attesting its SLSA provenance`);
    const verified = good.output
      .split('\n')
      .filter((line) => line.includes(`Verifying ${goodRef} against key SHA256:`));
    // staging (deploy.yml's helm-deploy) and production (canary)
    expect(verified.some((line) => line.includes('deploy staging'))).toBe(true);
    expect(verified.some((line) => line.includes('production (canary)'))).toBe(true);
    expect(verified.every((line) => line.includes('attestations slsaprovenance1'))).toBe(true);
  });

  it('staging and production run that digest, and the smoke checks passed against the app in both', async () => {
    expect((await live(delivery.staging)).image).toBe(goodRef);
    expect((await live(delivery.production)).image).toBe(goodRef);
    expect(good.output).toMatch(
      /\[staging\/slipway deploy\/deploy staging\s*\]\s+✅ {2}Success - Main verify \(smoke\)/,
    );
    expect(good.output).toMatch(
      /\[pipeline\/slipway pipeline\/production \(canary\)\s*\]\s+✅ {2}Success - Main verify \(smoke\)/,
    );
    expect(delivery.stagingApp.served).toContain(goodRef);
    const health = await (await fetch(`${delivery.productionApp.url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', version: '1.0.0' });
  });

  it('the canary was promoted, and the outputs name both revisions', async () => {
    expect(good.result?.outputs).toMatchObject({ 'canary-result': 'promoted', 'staging-revision': '2' });
    expect(good.result?.outputs['production-revision']).toBe(String((await live(delivery.production)).revision));
  });

  it("staging and the production canary are each recorded as one GitHub deployment of the commit, with the one writer's payload, in_progress then success", async () => {
    expect(delivery.github.violations).toEqual([]);
    expect(goodDeployments.map((d) => d.environment)).toEqual(['staging', 'production']);
    const [staging, production] = goodDeployments;
    expect(staging?.ref).toBe(goodCommit.sha);
    expect(staging?.payload).toEqual(await payloadOf(delivery.staging, goodRef, goodCommit));
    // The push's head_commit time: delivery-metrics' lead time starts there.
    expect(staging?.payload).toMatchObject({ kind: 'deploy', commit_time: new Date(goodCommit.time).toISOString() });
    expect(staging?.states).toEqual(['in_progress', 'success']);
    expect(staging?.last?.environment_url).toBe(new URL(delivery.stagingApp.url).href);
    // The canary job's production: the same writer's payload, kind canary, ending success on promotion.
    const deployed = await payloadOf(delivery.production, goodRef, goodCommit);
    expect(production?.ref).toBe(goodCommit.sha);
    expect(production?.payload).toEqual({ ...deployed, kind: 'canary', strategy: 'canary' });
    expect(production?.states).toEqual(['in_progress', 'success']);
  });

  it('Slack holds one message: posted as started, updated in place to succeeded', () => {
    expect(delivery.slack.messages).toHaveLength(1);
    const [message] = delivery.slack.messages;
    expect(message?.history).toHaveLength(1);
    expect(text(message?.history[0] as FakeMessage)).toContain('Deploy started');
    expect(text(message)).toContain('Deploy succeeded');
    expect(text(message)).toContain('canary promoted');
  });

  it('a broken image: staging rolls back by itself, production is untouched, Slack says failed and rolled back', async () => {
    delivery.slack.reset();
    const productionBefore = await live(delivery.production);
    const mark = delivery.github.deployments.length;
    const run = await delivery.deliver({ version: '1.0.1', status: 'failing' });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('2 of 2 smoke checks failed: health, version');
    // The deploy went live (success), then the smoke rollback is a deployment of its own that supersedes it.
    const [deployed, rolledBack, ...more] = recorded(mark);
    expect(more).toEqual([]);
    expect(deployed).toMatchObject({ environment: 'staging', states: ['in_progress', 'success', 'inactive'] });
    expect(rolledBack).toMatchObject({
      environment: 'staging',
      payload: { kind: 'rollback', release: 'web', namespace: delivery.staging, revision: 2 },
      states: ['in_progress', 'success'],
    });
    expect(delivery.github.violations).toEqual([]);
    const staging = await live(delivery.staging);
    expect(staging.image).toBe(goodRef);
    expect(staging.history.at(-1)?.description).toMatch(/^Rollback to 2/);
    expect(await live(delivery.production)).toEqual(productionBefore);
    expect(delivery.slack.messages).toHaveLength(1);
    expect(text(delivery.slack.messages[0])).toContain('Deploy failed');
    expect(text(delivery.slack.messages[0])).toContain('rolled back to revision');
  });

  it('bad canary metrics: the canary aborts and production stays on the previous image', async () => {
    delivery.slack.reset();
    await delivery.setMetric(0.5);
    const productionBefore = await live(delivery.production);
    const mark = delivery.github.deployments.length;
    const run = await delivery.deliver({ version: '1.0.2' });
    await delivery.setMetric(1);
    expect(recorded(mark).map((d) => [d.environment, d.states.at(-1)])).toEqual([
      ['staging', 'success'],
      ['production', 'failure'],
    ]);
    expect(run.code).not.toBe(0);
    expect(stepOutputs(run, 'production (canary)')).toMatchObject({ result: 'aborted', 'failed-check': 'success' });
    expect(run.output).toMatch(/Canary of web aborted: success = 0\.5 outside ≥ 0\.99/);
    expect(await live(delivery.production)).toEqual(productionBefore);
    expect(text(delivery.slack.messages[0])).toContain('Deploy failed');
  });

  it('rollback.yml by workflow_dispatch restores the previous revision of production and reports it', async () => {
    delivery.slack.reset();
    const before = await live(delivery.production);
    const mark = delivery.github.deployments.length;
    const run = await delivery.rollback({ environment: 'production', reason: 'e2e: 1.0.0 misbehaves' });
    expect(explain(run)).toBe('');
    expect(recorded(mark)).toEqual([
      expect.objectContaining({
        environment: 'production',
        payload: expect.objectContaining({ kind: 'rollback', namespace: delivery.production, revision: null }),
        states: ['in_progress', 'success'],
        last: expect.objectContaining({ environment_url: new URL(delivery.productionApp.url).href }),
      }),
    ]);
    const after = await live(delivery.production);
    expect(after.image).toBe(delivery.baselineImage);
    expect(after.revision).toBe((before.revision ?? 0) + 1);
    expect(after.history.at(-1)?.description).toMatch(/^Rollback to 1/);
    const health = await (await fetch(`${delivery.productionApp.url}/health`)).json();
    expect(health).toMatchObject({ version: '0.9.0' });
    expect(delivery.slack.messages).toHaveLength(1);
    const message = text(delivery.slack.messages[0]);
    expect(message).toContain('Deploy rolled back');
    expect(message).toContain('e2e: 1.0.0 misbehaves');
    expect(message).toContain(`${before.revision} → ${after.revision}`);
  });

  it('canary: false takes production through deploy.yml: helm-deploy and smoke checks, one message succeeded', async () => {
    delivery.slack.reset();
    const before = await live(delivery.production);
    const mark = delivery.github.deployments.length;
    const run = await delivery.deliver({ version: '1.1.0' }, undefined, { CANARY: 'false' });
    expect(explain(run)).toBe('');
    const ref = run.result?.outputs['image-ref'] ?? '';
    const commit = delivery.lastCommit ?? { sha: '', time: '' };
    // One GitHub deployment per environment, both of this commit, both with the one writer's payload.
    const made = recorded(mark);
    expect(made.map((d) => [d.environment, d.ref, d.states])).toEqual([
      ['staging', commit.sha, ['in_progress', 'success']],
      ['production', commit.sha, ['in_progress', 'success']],
    ]);
    expect(made[0]?.payload).toEqual(await payloadOf(delivery.staging, ref, commit));
    expect(made[1]?.payload).toEqual(await payloadOf(delivery.production, ref, commit));
    expect(delivery.github.violations).toEqual([]);
    const after = await live(delivery.production);
    expect(after.image).toBe(ref);
    expect(after.revision).toBe((before.revision ?? 0) + 1);
    expect(run.result?.outputs).toMatchObject({ 'canary-result': '', 'production-revision': String(after.revision) });
    expect(run.output).not.toContain('Main canary');
    expect(run.output).toMatch(
      /\[production\/slipway deploy\/deploy production\s*\]\s+✅ {2}Success - Main verify \(smoke\)/,
    );
    expect(await (await fetch(`${delivery.productionApp.url}/health`)).json()).toMatchObject({ version: '1.1.0' });
    expect(delivery.slack.messages).toHaveLength(1);
    expect(text(delivery.slack.messages[0])).toContain('Deploy succeeded');
    // The field as Block Kit carries it: "*production*\nrevision N", JSON-encoded.
    expect(text(delivery.slack.messages[0])).toContain(`*production*\\nrevision ${after.revision}`);
  });

  it('a deploy whose pods cannot be created: its GitHub deployment ends in failure, production gets none', async () => {
    const mark = delivery.github.deployments.length;
    await delivery.refusePods(delivery.staging);
    let run: ActRun;
    try {
      run = await delivery.deliver({ version: '1.2.0' });
    } finally {
      await delivery.refusePods(delivery.staging, false);
    }
    expect(run.code).not.toBe(0);
    const made = recorded(mark);
    expect(made.map((d) => [d.environment, d.states])).toEqual([['staging', ['in_progress', 'failure']]]);
    expect(made[0]?.payload).toMatchObject({ kind: 'deploy', namespace: delivery.staging });
    expect(made[0]?.last?.description).toMatch(/^Deploy of web failed: .*ResourceQuota e2e-no-pods/);
    expect(delivery.github.violations).toEqual([]);
  });

  it('a vulnerable image: the image gate fails on it, staging and production never run, nothing is deployed', async () => {
    delivery.slack.reset();
    const stagingBefore = await live(delivery.staging);
    const productionBefore = await live(delivery.production);
    const mark = delivery.github.deployments.length;
    const run = await delivery.deliver(
      { version: '1.3.0', vulnerable: true },
      undefined,
      { ...withGate(), ...withCache() },
      freshRunner(),
    );
    vulnerable = run;
    expect(run.code).not.toBe(0);
    // grype's finding on the digest the build pushed, pulled from the registry.
    const scanned = /npm minimist 1\.2\.5 in (\S+@sha256:[0-9a-f]{64}): Prototype Pollution/.exec(run.output)?.[1];
    expect(scanned?.startsWith(`${delivery.image}@`)).toBe(true);
    expect(run.output).toContain('GHSA-xvch-5gv4-984h');
    const jobs = new Set(run.timeline.map((t) => /^\[([^\]]+?)\s*\]/.exec(t.line)?.[1]).filter(Boolean));
    expect([...jobs].filter((job) => /staging|production/.test(job as string))).toEqual([]);
    // No GitHub deployment, no helm revision, the same image live in both environments.
    expect(recorded(mark)).toEqual([]);
    expect(await live(delivery.staging)).toEqual(stagingBefore);
    expect(await live(delivery.production)).toEqual(productionBefore);
    expect(text(delivery.slack.messages[0])).toContain('Deploy failed');
    expect(text(delivery.slack.messages[0])).toContain('*staging*\\nnot deployed');
  });

  it("a re-run of that commit on a fresh runner is served from the first run's registry build cache: every layer step pulled, the same layers pushed", async () => {
    if (!vulnerable) throw new Error('the vulnerable-image case made no run to rebuild');
    const cold = vulnerable;
    const coldLog = jobLog(cold, BUILD_JOB);
    // The first run built every step and pushed each to the cache repository, which lists them.
    expect(copySteps(coldLog, cacheRef())).toEqual({ app: 'built', 'minimist.json': 'built' });
    const pushed = cacheTags(coldLog, cacheRef(), 'pushed');
    expect(pushed.length).toBeGreaterThanOrEqual(2);
    expect(await registryTags(registry(), cacheRepository())).toEqual(expect.arrayContaining(pushed));

    const mark = delivery.github.deployments.length;
    const warm = await delivery.redeliver(undefined, { ...withGate(), ...withCache() }, freshRunner());
    const warmLog = jobLog(warm, BUILD_JOB);
    // Nothing built again: buildah pulled each step from the cache instead, the first run's steps.
    expect(copySteps(warmLog, cacheRef())).toEqual({ app: 'pulled', 'minimist.json': 'pulled' });
    const pulled = cacheTags(warmLog, cacheRef(), 'pulled');
    expect(pulled.length).toBeGreaterThanOrEqual(2);
    expect(pushed).toEqual(expect.arrayContaining(pulled));
    // Both runs pushed an image; the second's layers are the first's, byte for byte. (The digests
    // differ: org.opencontainers.image.created is each build's time.)
    const [coldDigest = '', warmDigest = ''] = [cold, warm].map((run) => stepOutputs(run, BUILD_JOB)['digest'] ?? '');
    expect(warmDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const imageRepository = delivery.image.slice(registry().length + 1);
    const coldLayers = await imageLayers(registry(), imageRepository, coldDigest);
    expect(coldLayers.layers).toHaveLength(2);
    expect(await imageLayers(registry(), imageRepository, warmDigest)).toEqual(coldLayers);
    // The image gate refuses the rebuilt image as it refused the first: still nothing deployed.
    expect(warm.code).not.toBe(0);
    expect(warm.output).toContain('GHSA-xvch-5gv4-984h');
    expect(recorded(mark)).toEqual([]);
  });
});
