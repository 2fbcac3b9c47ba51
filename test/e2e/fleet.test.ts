import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxEnv, setRefuseReady } from '@slipway/sandbox';
import { registryDigest } from '../integration/sandbox/sandbox-helpers';
import { jobSpans, jobSummaries, stepOutputs, type ActRun } from './support/act';
import { FleetDelivery, SERVICES, type FleetCluster } from './support/fleet-delivery';

/**
 * fleet.yml run by act on the sandbox: two services through staging (one cluster, a soak) and
 * production (three clusters in three waves), and rollback.yml rolling production back. Each
 * cluster is a real cluster of the sandbox (`up --clusters 4`, see FleetDelivery).
 */
const sandbox = loadSandboxEnv();
const clusterCount = Number(sandbox['SLIPWAY_CLUSTERS'] ?? '1');
if (clusterCount < 4)
  console.warn(
    `fleet e2e skipped: it needs 4 sandbox clusters, the sandbox has ${clusterCount} (npm run sandbox -- up --clusters 4)`,
  );

(clusterCount < 4 ? describe.skip : describe)('fleet.yml under act on the sandbox', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'slipway-e2e-fleet-'));
  let fleet: FleetDelivery;
  let good: ActRun;
  let commit = '';

  const explain = (run: ActRun) => (run.code === 0 ? '' : run.output.split('\n').slice(-80).join('\n'));
  const cluster = (name: string) => fleet.clusters.find((c) => c.name === name) as FleetCluster;
  const imagesOf = async (c: FleetCluster) => {
    const live = await fleet.liveImages();
    return SERVICES.map((service) => live.get(`${c.namespace}/${service}`));
  };
  /** act's label of the deploy job of a service to a cluster ("wave 1/slipway fleet wave/api to p-1-1": act adds the leg). */
  const deployPattern = (service: string, name: string) => new RegExp(`/${service} to ${name}(-\\d+)?$`);
  const deployJob = (run: ActRun, service: string, name: string) =>
    jobSpans(run).find((span) => deployPattern(service, name).test(span.job));

  /** The lines of act's output of the job the pattern names, by position (one chunk's lines share a millisecond). */
  const linesOf = (run: ActRun, job: RegExp) => {
    const label = jobSpans(run).find((span) => job.test(span.job))?.job;
    return run.timeline.flatMap(({ line }, i) =>
      label && /^\[([^\]]+)\]/.exec(line)?.[1]?.trim() === label ? [i] : [],
    );
  };
  /** The text of a Slack message: its fallback and every block's text and fields. */
  const slackText = (message: { text?: string; blocks?: Array<Record<string, unknown>> }) =>
    [message.text ?? '', ...(message.blocks ?? []).map((b) => JSON.stringify(b))].join('\n');

  beforeAll(async () => {
    fleet = new FleetDelivery(sandbox, scratch);
    await fleet.setUp();
    good = await fleet.deliver({ version: '1.0.0' });
    commit = /slipway-([0-9a-f]{40})/.exec(good.output)?.[1] ?? '';
  });

  afterAll(async () => {
    await fleet?.tearDown();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('a good release: planned, each service built once, and every cluster runs both services by the digest of that build', async () => {
    expect(explain(good)).toBe('');
    expect(good.result?.result).toBe('success');
    expect(good.result?.outputs).toMatchObject({ jobs: '8', environments: '["staging","production"]' });
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const pinned: string[] = [];
    for (const service of SERVICES) {
      // act labels a matrix leg "build api-1": its digest output, as the build step set it.
      const digests = [
        ...good.output.matchAll(
          new RegExp(`/build ${service}(?:-\\d+)?\\s*\\]\\s+⚙\\s+::set-output:: digest=(\\S+)`, 'g'),
        ),
      ];
      expect(digests.map((m) => m[1])).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
      const [host, ...path] = `${fleet.registry}/${service}`.split('/');
      // Both tags of the build (act's run id is 1) hold the manifest the build step reported.
      for (const tag of [`slipway-${commit}`, `slipway-${commit}-1`])
        expect(await registryDigest(host as string, path.join('/'), tag)).toBe(digests[0]?.[1]);
      pinned.push(`${fleet.registry}/${service}@${digests[0]?.[1]}`);
    }
    expect(JSON.parse(stepOutputs(good, '/digests')['digests'] ?? '{}')).toEqual(
      Object.fromEntries(SERVICES.map((s, i) => [s, pinned[i]])),
    );
    for (const c of fleet.clusters) expect(await imagesOf(c)).toEqual(pinned);
  });

  it('in order: staging, its soak, production waves 1, 2 and 3; smoke checks passed in every cluster', () => {
    // By line position in act's output: the lines of one chunk share a millisecond, not their order.
    const lines = (service: string, name: string) => linesOf(good, deployPattern(service, name));
    const end = (service: string, name: string) => lines(service, name).at(-1) ?? Infinity;
    const start = (service: string, name: string) => lines(service, name)[0] ?? -1;
    for (const service of SERVICES) {
      expect(deployJob(good, service, 'p-3')?.result).toBe('succeeded');
      for (const other of SERVICES) {
        expect(end(service, 'stg')).toBeLessThan(start(other, 'p-1'));
        expect(end(service, 'p-1')).toBeLessThan(start(other, 'p-2'));
        expect(end(service, 'p-2')).toBeLessThan(start(other, 'p-3'));
      }
    }
    expect(good.output).toContain('Soaking staging for 2s before the next stage');
    const smoke = good.output.match(/\S+ to (stg|p-\d)(-\d+)?\s*\]\s+✅ {2}Success - Main deliver/g) ?? [];
    expect(smoke).toHaveLength(8);
  });

  it("the run's one Slack message and its report's summary name every cluster with both services' digests, every wave succeeded", () => {
    const built = JSON.parse(stepOutputs(good, '/digests')['digests'] ?? '{}') as Record<string, string>;
    expect(Object.keys(built).sort()).toEqual([...SERVICES].sort());
    expect(fleet.slack.messages).toHaveLength(1);
    const text = slackText(fleet.slack.messages[0] as (typeof fleet.slack.messages)[number]);
    expect(text).toContain('Deploy succeeded');
    const summary = jobSummaries(good).find((s) => /\/report$/.test(s.job))?.summary ?? '';
    expect(summary).toContain('Slipway fleet: succeeded');
    for (const c of fleet.clusters) {
      const stage = c.stage;
      const wave = { stg: 1, 'p-1': 1, 'p-2': 2, 'p-3': 3 }[c.name];
      expect(text).toContain(
        `${c.name} · ${stage} wave ${wave}*\\n${SERVICES.map((s) => `${s}: ${built[s]}`).join(' · ')}`,
      );
      for (const service of SERVICES)
        expect(summary).toContain(
          `| ${stage} | ${wave} | wave ${wave} succeeded | ${c.name} |  | ${service} | ${built[service]} |`,
        );
    }
    expect(text).toContain('production: wave 1 succeeded, wave 2 succeeded, wave 3 succeeded');
  });

  it('rollback.yml rolls production back wave by wave: every cluster of the stage on its previous revision, recorded as rollbacks', async () => {
    const staging = await imagesOf(cluster('stg'));
    const mark = fleet.github.deployments.length;
    const messages = fleet.slack.messages.length;
    const run = await fleet.rollback({
      environment: 'production',
      services: SERVICES.join(','),
      reason: 'e2e: 1.0.0 misbehaves',
    });
    expect(explain(run)).toBe('');
    const rollbackJob = (service: string, name: string) => new RegExp(`/roll back ${service} in ${name}(-\\d+)?$`);
    for (const c of fleet.clusters.filter((c) => c.stage === 'production')) {
      expect(await imagesOf(c)).toEqual(SERVICES.map((s) => fleet.baselineImage[s]));
      for (const service of SERVICES)
        expect((await fleet.history(c, service)).at(-1)?.description).toBe('Rollback to 1');
    }
    expect(await imagesOf(cluster('stg'))).toEqual(staging);
    for (const service of SERVICES)
      for (const other of SERVICES) {
        expect(linesOf(run, rollbackJob(service, 'p-1')).at(-1)).toBeLessThan(
          linesOf(run, rollbackJob(other, 'p-2'))[0] ?? -1,
        );
        expect(linesOf(run, rollbackJob(service, 'p-2')).at(-1)).toBeLessThan(
          linesOf(run, rollbackJob(other, 'p-3'))[0] ?? -1,
        );
      }
    const recorded = fleet.github.deployments.slice(mark);
    expect(recorded.map((d) => [d.environment, (d.payload as Record<string, unknown>)['kind']])).toEqual(
      Array.from({ length: 6 }, () => ['production', 'rollback']),
    );
    expect(fleet.slack.messages.slice(messages).map((m) => m.text)).toEqual([
      expect.stringContaining('Deploy rolled back'),
    ]);
  });

  /** A good release that never becomes Ready in p-2 (its new pods crash-loop): production alone, wave 2 fails. */
  const failWave2 = async (onFailure: 'halt' | 'rollback-stage', version: string) => {
    const [p1, p2, p3] = [cluster('p-1'), cluster('p-2'), cluster('p-3')];
    const before = { p1: await imagesOf(p1), p2: await imagesOf(p2), p3: await imagesOf(p3) };
    const p3History = await Promise.all(SERVICES.map((s) => fleet.history(p3, s)));
    fleet.useConfig(fleet.slipwayYml(onFailure));
    await setRefuseReady(sandbox, p2.index, true);
    const run = await fleet
      .deliver({ version }, { FLEET_ENVIRONMENTS: 'production' })
      .finally(() => setRefuseReady(sandbox, p2.index, false));
    expect(run.code).not.toBe(0);
    // The failure names the cluster: a deploy job to p-2 failed on its crash-looping pods.
    expect(SERVICES.map((service) => deployJob(run, service, 'p-2')?.result)).toContain('failed');
    expect(run.output).toMatch(/\/(api|web) to p-2(-\d+)?\s*\][^\n]*CrashLoopBackOff/);
    for (const service of SERVICES) expect(deployJob(run, service, 'p-1')?.result).toBe('succeeded');
    // The failed wave is back where it was, rolled back by its own jobs.
    expect(await imagesOf(p2)).toEqual(before.p2);
    for (const service of SERVICES)
      expect((await fleet.history(p2, service)).at(-1)?.description).toMatch(/^Rollback to \d+/);
    // Wave 3 never started.
    expect(await imagesOf(p3)).toEqual(before.p3);
    expect(await Promise.all(SERVICES.map((s) => fleet.history(p3, s)))).toEqual(p3History);
    for (const service of SERVICES) expect(deployJob(run, service, 'p-3')).toBeUndefined();
    expect(run.output).not.toMatch(/ to stg(-\d+)?\s*\]/);
    const built = JSON.parse(stepOutputs(run, '/digests')['digests'] ?? '{}') as Record<string, string>;
    return { run, before, built, p1 };
  };

  it('halt: a cluster of wave 2 never becoming Ready rolls wave 2 back, wave 3 never starts, wave 1 keeps the new build', async () => {
    const { before, built, p1 } = await failWave2('halt', '1.0.1');
    expect(Object.keys(built).sort()).toEqual([...SERVICES].sort());
    expect(await imagesOf(p1)).toEqual(SERVICES.map((s) => built[s]));
    expect(await imagesOf(p1)).not.toEqual(before.p1);
    for (const service of SERVICES)
      expect((await fleet.history(p1, service)).at(-1)?.description).not.toMatch(/^Rollback/);
  });

  it('rollback-stage: the same failure in wave 2 rolls wave 1 back to its previous revision too', async () => {
    const { run, before, p1 } = await failWave2('rollback-stage', '1.0.2');
    const previous = await Promise.all(SERVICES.map((s) => fleet.history(p1, s)));
    expect(await imagesOf(p1)).toEqual(before.p1);
    for (const history of previous) {
      const last = history.at(-1);
      expect(last?.description).toMatch(/^Rollback to \d+/);
      // Back on the revision before this run's upgrade: the one live before it.
      expect(Number(/^Rollback to (\d+)/.exec(last?.description ?? '')?.[1])).toBe((last?.revision ?? 0) - 2);
    }
    for (const service of SERVICES)
      expect(
        jobSpans(run).find((span) => new RegExp(`/roll back ${service} in p-1(-\\d+)?$`).test(span.job))?.result,
      ).toBe('succeeded');
  });

  it('a fleet of more waves than the slots is refused by the plan job, with the line; nothing is built or deployed', async () => {
    const before = await fleet.liveImages();
    const nine = Array.from(
      { length: 9 },
      (_, i) => `      - { name: c-${i + 1}, namespace: ${fleet.prefix}-c-${i + 1} }`,
    );
    fleet.useConfig(
      fleet
        .slipwayYml()
        .replace(
          /(\n {2}production:\n)[\s\S]*$/,
          `$1    namespace: shop\n    max-parallel: 1\n    clusters:\n${nine.join('\n')}\n`,
        ),
    );
    const run = await fleet.deliver({ version: '1.0.2' });
    expect(run.code).not.toBe(0);
    const line = /::error title=Configuration error::(slipway\.yml:\d+:\d+: [^\n]*)/.exec(run.output)?.[1];
    expect(line).toMatch(
      /^slipway\.yml:\d+:19: environments\.production\.max-parallel: expected at most 8 waves in a stage \(the fleet workflow's wave slots\); .*, got 9 waves \(max-parallel\)$/,
    );
    expect(run.output).not.toMatch(/\/build (api|web)/);
    expect(await fleet.liveImages()).toEqual(before);
  });
});
