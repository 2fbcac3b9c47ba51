import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { parseConfig } from '../load-config';
import { fleetOutputs, stageSlot } from './fleet-outputs';
import { planFleet, type FleetRequest, type FleetStage } from './plan-fleet';

const fleetYaml = `chart: ./chart
services:
  - name: api
    context: ./api
  - name: web
    context: ./web
    dockerfile: ./web/Containerfile
    environments:
      production: { set: { replicas: 4 } }
  - name: edge
    image: ghcr.io/acme/edge:1.4
environments:
  dev:
    namespace: dev
  staging:
    namespace: staging
    url: https://staging.example.com
    soak: 10m
  production:
    namespace: shop
    github-environment: prod
    url: https://shop.example.com
    on-failure: rollback-stage
    soak: 30m
    clusters:
      - { name: eu-canary, region: eu-west-1, kubeconfig-secret: KC_EU_CANARY }
      - { name: eu-1, region: eu-west-1, url: https://eu-1.shop.example.com }
      - { name: us-1, region: us-east-1, context: us }
    waves: [[eu-canary], [eu-1, us-1]]
`;

const plan = async (text: string, request: FleetRequest = {}) =>
  planFleet(await parseConfig(text, 'slipway.yml', '/repo'), request);

async function refusal(text: string, request: FleetRequest = {}): Promise<string> {
  const error = await plan(text, request).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

/** A fleet of one production stage on n clusters, waves set by `waves` (a line under production). */
function generated(clusters: number, waves: string, services = 1): string {
  const list = Array.from({ length: clusters }, (_, i) => `      - { name: c-${i + 1}, region: r-${i % 3} }`);
  const svc = Array.from({ length: services }, (_, i) => `  - name: s-${i + 1}`);
  return `chart: ./chart\nservices:\n${svc.join('\n')}\nenvironments:\n  staging:\n    namespace: staging\n  production:\n    namespace: prod\n${waves ? `    ${waves}\n` : ''}    clusters:\n${list.join('\n')}\n`;
}

describe('planFleet', () => {
  it('stages in file order, waves as written, services × clusters per wave', async () => {
    const p = await plan(fleetYaml);
    expect(p.stages.map((s) => [s.name, s.waves.map((w) => w.clusters)])).toEqual([
      ['dev', [['dev']]],
      ['staging', [['staging']]],
      ['production', [['eu-canary'], ['eu-1', 'us-1']]],
    ]);
    expect(p.jobs).toBe(3 + 3 + 9);
    const production = p.stages[2];
    expect(production).toMatchObject({
      githubEnvironment: 'prod',
      namespace: 'shop',
      soak: '30m',
      soakMs: 1_800_000,
      onFailure: 'rollback-stage',
      waveRule: 'waves',
    });
    expect(production?.waves[1]?.matrix.include).toEqual(
      expect.arrayContaining([
        {
          service: 'web',
          release: 'web',
          image: '',
          stage: 'production',
          cluster: 'eu-1',
          region: 'eu-west-1',
          kubeconfigSecret: 'KUBECONFIG_EU_1',
          kubeContext: '',
          namespace: 'shop',
          strategy: '',
          route: '',
          stages: 'deploy',
          url: 'https://eu-1.shop.example.com',
          wave: 2,
        },
        expect.objectContaining({
          service: 'edge',
          image: 'ghcr.io/acme/edge:1.4',
          cluster: 'us-1',
          kubeContext: 'us',
          url: 'https://shop.example.com',
        }),
      ]),
    );
    expect(production?.waves[0]?.matrix.include.map((j) => j.kubeconfigSecret)).toEqual([
      'KC_EU_CANARY',
      'KC_EU_CANARY',
      'KC_EU_CANARY',
    ]);
  });

  it("a rollback's strategy in each job: blue-green (and its route) as layered for the service and stage, else empty", async () => {
    const text = fleetYaml
      .replace(
        '    dockerfile: ./web/Containerfile\n',
        '    dockerfile: ./web/Containerfile\n    strategy: blue-green\n    route: web-route\n',
      )
      .replace(
        '      production: { set: { replicas: 4 } }',
        '      production: { set: { replicas: 4 }, route: web-prod }\n      dev: { strategy: rolling }',
      );
    const jobs = (await plan(text)).stages.flatMap((s) => s.waves.flatMap((w) => w.matrix.include));
    const of = (service: string, stage: string) =>
      jobs.filter((j) => j.service === service && j.stage === stage).map((j) => [j.strategy, j.route]);
    expect(of('web', 'dev')).toEqual([['', '']]);
    expect(of('web', 'staging')).toEqual([['blue-green', 'web-route']]);
    expect(of('web', 'production')).toEqual([
      ['blue-green', 'web-prod'],
      ['blue-green', 'web-prod'],
      ['blue-green', 'web-prod'],
    ]);
    expect(new Set(jobs.filter((j) => j.service !== 'web').map((j) => j.strategy + j.route))).toEqual(new Set(['']));
  });

  it('an environment without clusters is one cluster named after it, its secret KUBECONFIG_<ENV>', async () => {
    const p = await plan(fleetYaml.replace('  dev:\n', '  dev.eu:\n'));
    expect(p.stages[0]?.waves[0]?.matrix.include[0]).toEqual({
      service: 'api',
      release: 'api',
      image: '',
      stage: 'dev.eu',
      cluster: 'dev.eu',
      region: '',
      kubeconfigSecret: 'KUBECONFIG_DEV_EU',
      kubeContext: '',
      namespace: 'dev',
      strategy: '',
      route: '',
      stages: 'deploy',
      url: '',
      wave: 1,
    });
    expect(p.stages[0]).toMatchObject({ githubEnvironment: 'dev.eu', soak: '', soakMs: 0, onFailure: 'halt' });
  });

  it('builds only the services without an image, paths from the workspace', async () => {
    const p = await plan(fleetYaml, { base: 'deploy' });
    expect(JSON.parse(fleetOutputs(p)['build-matrix'])).toEqual({
      include: [
        { service: 'api', context: 'deploy/api', dockerfile: 'deploy/api/Dockerfile' },
        { service: 'web', context: 'deploy/web', dockerfile: 'deploy/web/Containerfile' },
      ],
    });
    expect(p.services).toEqual([
      { name: 'api', release: 'api', image: '' },
      { name: 'web', release: 'web', image: '' },
      { name: 'edge', release: 'edge', image: 'ghcr.io/acme/edge:1.4' },
    ]);
  });

  it('subsets keep the file order and refuse unknown names with the input', async () => {
    const p = await plan(fleetYaml, { environments: ['production', 'dev'], services: ['web'] });
    expect(p.stages.map((s) => s.name)).toEqual(['dev', 'production']);
    expect(p.jobs).toBe(1 + 3);
    expect(p.builds.map((b) => b.service)).toEqual(['web']);
    expect(await refusal(fleetYaml, { environments: ['prod'] })).toBe(
      `Input 'environments': expected environments that slipway.yml names (dev, staging, production), got "prod"`,
    );
    expect(await refusal(fleetYaml, { services: ['api', 'constructor'] })).toBe(
      `Input 'services': expected services that slipway.yml names (api, web, edge), got "constructor"`,
    );
  });

  it('named clusters keep their waves in order, drop the waves left empty, and refuse a cluster of no stage planned', async () => {
    const p = await plan(fleetYaml, {
      environments: ['production'],
      services: ['api'],
      clusters: ['us-1', 'eu-canary'],
    });
    expect(p.stages[0]?.waves.map((w) => [w.wave, w.clusters])).toEqual([
      [1, ['eu-canary']],
      [2, ['us-1']],
    ]);
    const only = await plan(fleetYaml, { environments: ['production'], clusters: ['eu-1'] });
    expect(
      only.stages[0]?.waves.map((w) => [w.wave, w.matrix.include.map((j) => `${j.service}@${j.cluster}`)]),
    ).toEqual([[1, ['api@eu-1', 'web@eu-1', 'edge@eu-1']]]);
    expect(await refusal(fleetYaml, { environments: ['staging'], clusters: ['eu-1'] })).toBe(
      `Input 'clusters': expected clusters of staging in slipway.yml (staging), got "eu-1"`,
    );
  });

  it('a single-service file plans one service named after its release, built from the folder', async () => {
    const p = await plan('release: web\nchart: ./chart\nenvironments:\n  staging: { namespace: staging }\n');
    expect(p.jobs).toBe(1);
    expect(p.builds).toEqual([{ service: 'web', context: '.', dockerfile: 'Dockerfile' }]);
  });

  it.each([
    [10, '', 10, [10]],
    [100, 'max-parallel: 25', 100, [25, 25, 25, 25]],
    [100, 'wave-percent: 20', 100, Array(5).fill(20)],
    [1000, 'max-parallel: 256', 1000, [256, 256, 256, 232]],
    [1000, 'wave-percent: 13', 1000, [...Array(7).fill(130), 90]],
  ])('%i clusters with "%s": %i production jobs in waves %j', async (clusters, waves, jobs, sizes) => {
    const p = await plan(generated(clusters, waves));
    const production = p.stages[1];
    expect(production?.waves.map((w) => w.matrix.include.length)).toEqual(sizes);
    // One service: each wave's strategy.max-parallel is its clusters, within GitHub's 256.
    expect(production?.waves.map((w) => w.maxParallel)).toEqual(sizes);
    expect(p.jobs).toBe(1 + jobs);
    const outputs = fleetOutputs(p);
    expect(JSON.parse(outputs.plan).stages[1].waves.length).toBe(sizes.length);
    expect(outputs.jobs).toBe(String(1 + jobs));
  });

  it("max-parallel and wave-percent set each wave's strategy.max-parallel: every service to that many clusters at once", async () => {
    for (const [form, clusters, expected] of [
      ['max-parallel: 3', [3, 3, 1], [6, 6, 2]],
      ['wave-percent: 50', [4, 3], [8, 6]],
      ['', [7], [14]],
      ['waves: [[c-1], [c-2, c-3, c-4, c-5, c-6, c-7]]', [1, 6], [2, 12]],
    ] as const) {
      const production = (await plan(generated(7, form, 2))).stages[1] as FleetStage;
      expect({ form, clusters: production.waves.map((w) => w.clusters.length) }).toEqual({ form, clusters });
      expect({ form, maxParallel: production.waves.map((w) => w.maxParallel) }).toEqual({
        form,
        maxParallel: expected,
      });
      expect(stageSlot(production).maxParallel).toEqual(expected);
    }
  });

  it('refuses 1000 clusters in one wave, naming 256 and the clusters line', async () => {
    expect(await refusal(generated(1000, ''))).toBe(
      `slipway.yml:10:7: environments.production.clusters: expected at most 256 deploy jobs in a wave (GitHub's limit of jobs per matrix); group the clusters in smaller waves (waves, max-parallel or wave-percent) or deliver fewer services per run, got 1000 in wave 1 (1 service × 1000 clusters)`,
    );
  });

  it('refuses a max-parallel whose wave of two services passes 256, at the max-parallel line', async () => {
    expect(await refusal(generated(300, 'max-parallel: 200', 2))).toMatch(
      /^slipway\.yml:10:19: environments\.production\.max-parallel: expected at most 256 deploy jobs in a wave .*, got 400 in wave 1 \(2 services × 200 clusters\)$/,
    );
  });

  it('refuses a plan whose outputs pass 1 MB, naming the limit', async () => {
    const message = await refusal(generated(1000, 'max-parallel: 125', 2));
    expect(message).toMatch(
      /^slipway\.yml:9:5: environments\.production: expected a plan within GitHub's 1 MB of outputs per job \(counted as UTF-16\); .*, got \d\.\d\d MB for 2002 deploy jobs$/,
    );
  });

  it('refuses more waves than a stage slot has, at the key that made them', async () => {
    expect(await refusal(generated(100, 'wave-percent: 10'))).toBe(
      `slipway.yml:9:19: environments.production.wave-percent: expected at most 8 waves in a stage (the fleet workflow's wave slots); group the clusters in fewer, larger waves, got 10 waves (wave-percent)`,
    );
    const nine = Array.from({ length: 9 }, (_, i) => `[c-${i + 1}]`).join(', ');
    expect(await refusal(generated(9, `waves: [${nine}]`))).toMatch(
      /^slipway\.yml:9:69: environments\.production\.waves\[8\]: expected at most 8 waves in a stage .*, got 9 waves \(waves\)$/,
    );
  });

  it('each stage slot output holds the stage and its waves as strategy.matrix takes them; slots past the plan are empty', async () => {
    const outputs = fleetOutputs(await plan(fleetYaml));
    const production = JSON.parse(outputs['stage-3'] as string);
    expect(production).toMatchObject({
      name: 'production',
      githubEnvironment: 'prod',
      soakSeconds: 1800,
      waveCount: 2,
    });
    expect(production.onFailure).toBe('rollback-stage');
    expect(production.waves.map((w: { include: unknown[] }) => w.include.length)).toEqual([3, 6]);
    expect(production.waves[0].include[0]).toMatchObject({ service: 'api', cluster: 'eu-canary', wave: 1 });
    expect(JSON.parse(outputs['stage-1'] as string).waves).toHaveLength(1);
    expect([outputs['stage-4'], outputs['stage-5'], outputs['stage-6']]).toEqual(['', '', '']);
  });

  it('a cluster namespace overrides the environment one; smoke checks add the smoke stage', async () => {
    const text = fleetYaml
      .replace('url: https://eu-1.shop.example.com }', 'url: https://eu-1.shop.example.com, namespace: shop-eu }')
      .replace('    soak: 30m\n', '    soak: 30m\n    smoke: { checks: [{ name: health, path: /health }] }\n');
    const production = (await plan(text)).stages[2];
    const eu1 = production?.waves[1]?.matrix.include.find((j) => j.cluster === 'eu-1');
    expect(eu1).toMatchObject({ namespace: 'shop-eu', stages: 'deploy,smoke' });
    expect(production?.waves[1]?.matrix.include.find((j) => j.cluster === 'us-1')?.namespace).toBe('shop');
  });

  it('refuses more stages than the workflow has slots', async () => {
    const envs = Array.from({ length: 7 }, (_, i) => `  e${i}: { namespace: e${i} }`).join('\n');
    expect(await refusal(`release: web\nchart: ./c\nenvironments:\n${envs}\n`)).toBe(
      `slipway.yml:4:3: environments: expected at most 6 stages in one run (the fleet workflow's stage slots); deliver fewer with the environments input, got 7 (e0, e1, e2, e3, e4, e5, e6)`,
    );
    const p = await plan(`release: web\nchart: ./c\nenvironments:\n${envs}\n`, { environments: ['e0', 'e6'] });
    expect(p.stages.map((s) => s.name)).toEqual(['e0', 'e6']);
  });
});
