import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@slipway/kit';
import { GitHubClient } from '@slipway/github';
import { fleetDeliveries, readGitHubRecords } from '@slipway/records';
import { loadSandboxEnv, setRefuseReady } from '@slipway/sandbox';
import { registryDigest } from '../integration/sandbox/sandbox-helpers';
import { jobSpans, jobSummaries, stepOutputs, type ActRun } from './support/act';
import { FleetDelivery, SERVICES, STAGES, THREE_WAVES, type FleetCluster } from './support/fleet-delivery';

/**
 * fleet.yml run by act on the sandbox: two services through three stages, dev and staging (one
 * cluster each, both on the sandbox's cluster 1; staging soaks) and production (three clusters in
 * two waves: p-1, then p-2 and p-3; three waves for the halt cases), and rollback.yml rolling
 * production back, whole and in one named cluster. Each cluster is a real cluster of the sandbox
 * (`up --clusters 4`, see FleetDelivery).
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
  const clustersOf = (stage: string) => fleet.clusters.filter((c) => c.stage === stage);
  /** The GitHub deployments the fake holds from index `since` on, as they stand now. */
  const recorded = (since: number) =>
    fleet.github.deployments.slice(since).map((d) => {
      const payload = d.payload as Record<string, unknown>;
      return {
        environment: d.environment,
        kind: payload['kind'],
        release: payload['release'],
        service: payload['service'],
        cluster: payload['cluster'],
        namespace: payload['namespace'],
        // inactive: superseded by a later deployment of the environment, as GitHub marks them.
        states: d.statuses.map((status) => status.state).filter((state) => state !== 'inactive'),
      };
    });
  const byCluster = (a: { namespace?: unknown; release?: unknown }, b: { namespace?: unknown; release?: unknown }) =>
    `${String(a.namespace)}/${String(a.release)}`.localeCompare(`${String(b.namespace)}/${String(b.release)}`);
  /**
   * The deployments `recorded` gives for each service in these clusters, each of one job that
   * succeeded. A rollback's payload (helm-deploy's mode: rollback) names its fleet service and
   * cluster (fleet-service, fleet-cluster) as a deploy's does.
   */
  const recordsOf = (kind: 'deploy' | 'rollback', clusters: FleetCluster[]) =>
    clusters
      .flatMap((c) =>
        SERVICES.map((service) => ({
          environment: c.stage,
          kind,
          release: service,
          service,
          cluster: c.name,
          namespace: c.namespace,
          states: ['in_progress', 'success'],
        })),
      )
      .sort(byCluster);
  /** What delivery-metrics reads of a stage's GitHub deployments created since `sinceMs`: its deliveries. */
  const deliveriesIn = async (environment: string, sinceMs: number) => {
    const token = `ghs_e2e_reader_${fleet.id}`;
    fleet.github.readOnlyTokens.add(token);
    const client = new GitHubClient({ token, apiUrl: fleet.github.url, logger: memoryLogger() });
    const repository = fleet.github.deployments[0]?.repository ?? '';
    const records = await readGitHubRecords({ client, repository, environment, sinceMs, logger: memoryLogger() });
    return fleetDeliveries(records);
  };
  const historiesOf = (clusters: FleetCluster[]) =>
    Promise.all(clusters.map((c) => Promise.all(SERVICES.map((s) => fleet.history(c, s)))));
  /** rollback.yml of both services in production: the run, the deployments and the Slack messages it made. */
  const rollBackProduction = async (inputs: Record<string, string>) => {
    const mark = fleet.github.deployments.length;
    const messages = fleet.slack.messages.length;
    const run = await fleet.rollback({ environment: 'production', services: SERVICES.join(','), ...inputs });
    expect(explain(run)).toBe('');
    // When the run's first deployment was created: delivery-metrics' window of this run alone.
    const since = Date.parse(fleet.github.deployments[mark]?.created_at ?? '');
    return { run, made: recorded(mark), sent: fleet.slack.messages.slice(messages), since };
  };
  /** What a cluster's row of the run's Slack message says, as the message's blocks carry it. */
  const slackRow = (c: FleetCluster, wave: number, runs: (service: string) => string) =>
    `${c.name} · ${c.stage} wave ${wave}*\\n${SERVICES.map((s) => `${s}: ${runs(s)}`).join(' · ')}`;
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
    expect(good.result?.outputs).toMatchObject({ jobs: '10', environments: JSON.stringify(STAGES) });
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

  it('in order: dev, staging, its soak, production wave 1 (p-1), then wave 2 (p-2 and p-3); smoke checks passed in every cluster', () => {
    // By line position in act's output: the lines of one chunk share a millisecond, not their order.
    const lines = (service: string, name: string) => linesOf(good, deployPattern(service, name));
    const end = (service: string, name: string) => lines(service, name).at(-1) ?? Infinity;
    const start = (service: string, name: string) => lines(service, name)[0] ?? -1;
    const soak = good.timeline.findIndex(({ line }) => line.includes('Soaking staging for 2s before the next stage'));
    expect(soak).toBeGreaterThan(-1);
    for (const service of SERVICES) {
      for (const c of fleet.clusters) expect(deployJob(good, service, c.name)?.result).toBe('succeeded');
      expect(end(service, 'stg')).toBeLessThan(soak);
      expect(start(service, 'p-1')).toBeGreaterThan(soak);
      for (const other of SERVICES) {
        expect(end(service, 'dev')).toBeLessThan(start(other, 'stg'));
        expect(end(service, 'stg')).toBeLessThan(start(other, 'p-1'));
        for (const wave2 of ['p-2', 'p-3']) expect(end(service, 'p-1')).toBeLessThan(start(other, wave2));
      }
    }
    const smoke = good.output.match(/\S+ to (dev|stg|p-\d)(-\d+)?\s*\]\s+✅ {2}Success - Main deliver/g) ?? [];
    expect(smoke).toHaveLength(10);
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
      const wave = c.name === 'p-2' || c.name === 'p-3' ? 2 : 1;
      expect(text).toContain(slackRow(c, wave, (s) => built[s] as string));
      for (const service of SERVICES)
        expect(summary).toContain(
          `| ${stage} | ${wave} | wave ${wave} succeeded | ${c.name} |  | ${service} | ${built[service]} |`,
        );
    }
    for (const stage of [
      'dev: wave 1 succeeded',
      'staging: wave 1 succeeded',
      'production: wave 1 succeeded, wave 2 succeeded',
    ])
      expect(text).toContain(stage);
  });

  it("a GitHub deployment per service and cluster, and delivery records per service and stage (a stage's clusters are one delivery)", async () => {
    const made = recorded(0);
    expect(made.sort(byCluster)).toEqual(recordsOf('deploy', fleet.clusters));
    expect(fleet.github.violations).toEqual([]);
    // What delivery-metrics reads of them: one delivery per service and stage, of each stage's clusters.
    const built = JSON.parse(stepOutputs(good, '/digests')['digests'] ?? '{}') as Record<string, string>;
    for (const stage of STAGES) {
      const deliveries = (await deliveriesIn(stage, 0)).map((d) => ({
        service: d.service,
        records: d.records,
        result: d.result,
        image: d.image,
        commit: d.commit,
      }));
      expect(deliveries.sort((a, b) => a.service.localeCompare(b.service))).toEqual(
        SERVICES.map((service) => ({
          service,
          records: clustersOf(stage).length,
          result: 'success',
          image: built[service],
          commit,
        })),
      );
    }
  });

  it('rollback.yml rolls production back wave by wave: every cluster of the stage on its previous revision, recorded as rollbacks', async () => {
    const earlier = [await imagesOf(cluster('dev')), await imagesOf(cluster('stg'))];
    const { run, made, sent, since } = await rollBackProduction({ reason: 'e2e: 1.0.0 misbehaves' });
    const rollbackJob = (service: string, name: string) => new RegExp(`/roll back ${service} in ${name}(-\\d+)?$`);
    for (const c of fleet.clusters.filter((c) => c.stage === 'production')) {
      expect(await imagesOf(c)).toEqual(SERVICES.map((s) => fleet.baselineImage[s]));
      for (const service of SERVICES)
        expect((await fleet.history(c, service)).at(-1)?.description).toBe('Rollback to 1');
    }
    expect([await imagesOf(cluster('dev')), await imagesOf(cluster('stg'))]).toEqual(earlier);
    // Wave 1 (p-1) before wave 2 (p-2 and p-3).
    for (const service of SERVICES)
      for (const other of SERVICES)
        for (const wave2 of ['p-2', 'p-3'])
          expect(linesOf(run, rollbackJob(service, 'p-1')).at(-1)).toBeLessThan(
            linesOf(run, rollbackJob(other, wave2))[0] ?? -1,
          );
    // Each rollback a GitHub deployment of kind rollback in production, of its service and cluster.
    expect(made.sort(byCluster)).toEqual(recordsOf('rollback', clustersOf('production')));
    expect(fleet.github.violations).toEqual([]);
    // What delivery-metrics reads of this run: one rollback (one restore) per service of the stage, of its 3 clusters.
    const restores = (await deliveriesIn('production', since)).map((d) => [d.service, d.kind, d.records, d.result]);
    expect(restores.sort()).toEqual(
      SERVICES.map((s) => [s, 'rollback', clustersOf('production').length, 'success']).sort(),
    );
    expect(sent.map((m) => m.text)).toEqual([expect.stringContaining('Deploy rolled back')]);
  });

  /** A good release that never becomes Ready in p-2 (its new pods crash-loop): production alone, wave 2 fails. */
  const failWave2 = async (onFailure: 'halt' | 'rollback-stage', version: string) => {
    const [p1, p2, p3] = [cluster('p-1'), cluster('p-2'), cluster('p-3')];
    const before = { p1: await imagesOf(p1), p2: await imagesOf(p2), p3: await imagesOf(p3) };
    const p3History = await Promise.all(SERVICES.map((s) => fleet.history(p3, s)));
    const messages = fleet.slack.messages.length;
    const mark = fleet.github.deployments.length;
    fleet.useConfig(fleet.slipwayYml(onFailure, THREE_WAVES));
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
    expect(run.output).not.toMatch(/ to (dev|stg)(-\d+)?\s*\]/);
    const built = JSON.parse(stepOutputs(run, '/digests')['digests'] ?? '{}') as Record<string, string>;
    // The run's one Slack message, from the failed wave's report job (act runs no job of fleet.yml
    // after a called workflow failed): failed, p-2 rolled back, p-3 not delivered.
    const sent = fleet.slack.messages.slice(messages);
    expect(sent).toHaveLength(1);
    const text = slackText(sent[0] as (typeof sent)[number]);
    expect(text).toContain('Deploy failed');
    expect(text).toContain(slackRow(p2, 2, () => 'previous revision (rolled back)'));
    expect(text).toContain(slackRow(p3, 3, () => 'unchanged (not delivered)'));
    const summary = jobSummaries(run).find((s) => /wave 2\/.*\/report$/.test(s.job))?.summary ?? '';
    expect(summary).toContain('Slipway fleet: failed');
    // p-2's GitHub deployments of this run end in failure (its rollout rolled itself back).
    const made = recorded(mark);
    // (A rollback's deployment names its cluster too: only the deploys here.)
    const p2Deploys = made.filter((d) => d.cluster === 'p-2' && d.kind === 'deploy');
    expect(p2Deploys.length).toBeGreaterThan(0);
    for (const d of p2Deploys)
      expect({ kind: d.kind, ended: d.states.at(-1) }).toEqual({ kind: 'deploy', ended: 'failure' });
    return { run, before, built, p1, text, made };
  };

  it('halt: a cluster of wave 2 never becoming Ready rolls wave 2 back, wave 3 never starts, wave 1 keeps the new build; one Slack message names p-2', async () => {
    const { before, built, p1, text } = await failWave2('halt', '1.0.1');
    expect(Object.keys(built).sort()).toEqual([...SERVICES].sort());
    expect(await imagesOf(p1)).toEqual(SERVICES.map((s) => built[s]));
    expect(await imagesOf(p1)).not.toEqual(before.p1);
    for (const service of SERVICES)
      expect((await fleet.history(p1, service)).at(-1)?.description).not.toMatch(/^Rollback/);
    expect(text).toContain(slackRow(p1, 1, (s) => built[s] as string));
    expect(text).toContain('production: wave 1 succeeded, wave 2 failed, rolled back, wave 3 not started');
  });

  // After the halt case: p-1 runs 1.0.1 (wave 1 kept it). helm-deploy never rolls "back" onto a
  // revision a rollback left (1.0.0 after the stage rollback), so the named cluster is one a
  // delivery moved on.
  it('rollback.yml with clusters: p-1 puts p-1 alone on the revision before its live one; every other cluster untouched', async () => {
    const others = fleet.clusters.filter((c) => c.name !== 'p-1');
    const before = await Promise.all(others.map((c) => imagesOf(c)));
    const histories = await historiesOf(others);
    const p1 = cluster('p-1');
    const p1History = await Promise.all(SERVICES.map((s) => fleet.history(p1, s)));
    const { run, made, sent } = await rollBackProduction({ clusters: 'p-1', reason: 'e2e: p-1 alone' });
    // The revision before 1.0.1's is the stage rollback's: 0.9.0 again.
    expect(await imagesOf(p1)).toEqual(SERVICES.map((s) => fleet.baselineImage[s]));
    for (const [i, service] of SERVICES.entries()) {
      const live = p1History[i]?.at(-1)?.revision ?? 0;
      expect((await fleet.history(p1, service)).at(-1)?.description).toBe(`Rollback to ${live - 1}`);
    }
    expect(await Promise.all(others.map((c) => imagesOf(c)))).toEqual(before);
    expect(await historiesOf(others)).toEqual(histories);
    expect(run.output).not.toMatch(/\/roll back (api|web) in (p-2|p-3)(-\d+)?\s*\]/);
    expect(made.sort(byCluster)).toEqual(recordsOf('rollback', [p1]));
    expect(sent).toHaveLength(1);
    expect(slackText(sent[0] as (typeof sent)[number])).toContain('clusters: p-1');
  });

  it('rollback-stage: the same failure in wave 2 rolls wave 1 back to its previous revision too', async () => {
    const { run, before, p1, text, made } = await failWave2('rollback-stage', '1.0.2');
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
    // Wave 1's rollbacks are GitHub deployments of kind rollback, of p-1.
    expect(made.filter((d) => d.kind === 'rollback' && d.namespace === p1.namespace).sort(byCluster)).toEqual(
      recordsOf('rollback', [p1]),
    );
    expect(text).toContain(slackRow(p1, 1, () => 'previous revision (rolled back)'));
    expect(text).toContain(
      'production: wave 1 succeeded, then rolled back (rollback-stage), wave 2 failed, rolled back, wave 3 not started',
    );
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
