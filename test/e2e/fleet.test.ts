import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxEnv } from '@slipway/sandbox';
import { registryDigest } from '../integration/sandbox/sandbox-helpers';
import { jobSpans, type ActRun } from './support/act';
import { FleetDelivery, SERVICES, type FleetCluster } from './support/fleet-delivery';

/**
 * fleet.yml run by act on the sandbox: two services through staging (one cluster, a soak) and
 * production (two clusters in two waves). The sandbox has one API server: its "clusters" are
 * kubeconfigs of their own with namespaces of their own (see FleetDelivery).
 */
describe('fleet.yml under act on the sandbox', () => {
  const sandbox = loadSandboxEnv();
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
  const deployJob = (run: ActRun, service: string, name: string) =>
    jobSpans(run).find((span) => new RegExp(`/${service} to ${name}(-\\d+)?$`).test(span.job));

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

  it('a good release: planned, each service built once, and every cluster runs both services at that build', async () => {
    expect(explain(good)).toBe('');
    expect(good.result?.result).toBe('success');
    expect(good.result?.outputs).toMatchObject({ jobs: '6', environments: '["staging","production"]' });
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    for (const service of SERVICES) {
      // act labels a matrix leg "build api-1": its digest output, as the build step set it.
      const digests = [
        ...good.output.matchAll(
          new RegExp(`/build ${service}(?:-\\d+)?\\s*\\]\\s+⚙\\s+::set-output:: digest=(\\S+)`, 'g'),
        ),
      ];
      expect(digests.map((m) => m[1])).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
      const [host, ...path] = `${fleet.registry}/${service}`.split('/');
      expect(await registryDigest(host as string, path.join('/'), `slipway-${commit}`)).toBe(digests[0]?.[1]);
    }
    for (const c of fleet.clusters)
      expect(await imagesOf(c)).toEqual(SERVICES.map((s) => `${fleet.registry}/${s}:slipway-${commit}`));
  });

  it('in order: staging, its soak, production wave 1, then wave 2; smoke checks passed in every cluster', () => {
    const end = (service: string, name: string) => deployJob(good, service, name)?.endMs ?? Infinity;
    const start = (service: string, name: string) => deployJob(good, service, name)?.startMs ?? -1;
    for (const service of SERVICES) {
      expect(deployJob(good, service, 'p-2')?.result).toBe('succeeded');
      for (const other of SERVICES) {
        expect(end(service, 'stg')).toBeLessThan(start(other, 'p-1'));
        expect(end(service, 'p-1')).toBeLessThan(start(other, 'p-2'));
      }
    }
    expect(good.output).toContain('Soaking staging for 2s before the next stage');
    const smoke = good.output.match(/\S+ to (stg|p-1|p-2)(-\d+)?\s*\]\s+✅ {2}Success - Main deliver/g) ?? [];
    expect(smoke).toHaveLength(6);
  });

  it('a broken release in wave 1 rolls wave 1 back to the previous revision, and wave 2 never starts', async () => {
    const [p1, p2] = [cluster('p-1'), cluster('p-2')];
    const before = { p1: await imagesOf(p1), p2: await imagesOf(p2) };
    const p2History = await Promise.all(SERVICES.map((s) => fleet.history(p2, s)));
    const run = await fleet.deliver({ version: '1.0.1', status: 'failing' }, { FLEET_ENVIRONMENTS: 'production' });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/smoke checks failed: (api|web)/);
    expect(await imagesOf(p1)).toEqual(before.p1);
    for (const service of SERVICES)
      expect((await fleet.history(p1, service)).at(-1)?.description).toMatch(/^Rollback to \d+/);
    expect(await imagesOf(p2)).toEqual(before.p2);
    expect(await Promise.all(SERVICES.map((s) => fleet.history(p2, s)))).toEqual(p2History);
    for (const service of SERVICES) expect(deployJob(run, service, 'p-2')).toBeUndefined();
    expect(run.output).not.toMatch(/ to stg(-\d+)?\s*\]/);
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
