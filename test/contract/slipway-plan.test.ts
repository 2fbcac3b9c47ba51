import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/run-action';

/** The root action's bundle (dist/slipway) in mode plan, as the runner runs it: no cluster, no request. */
const fleet = `chart: ./chart
services:
  - name: api
    context: ./api
  - name: web
    context: ./web
environments:
  dev:
    namespace: dev
  staging:
    namespace: staging
    url: https://staging.example.com
    soak: 10m
  production:
    namespace: shop
    url: https://shop.example.com
    on-failure: rollback-stage
    clusters:
      - { name: eu-1, region: eu-west-1 }
      - { name: eu-2, region: eu-west-1 }
      - { name: us-1, region: us-east-1, kubeconfig-secret: KC_US }
    waves: [[eu-1], [eu-2, us-1]]
`;

function workspace(config: string, folder = '.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-plan-contract-'));
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'slipway.yml'), config);
  return dir;
}

// PATH leads nowhere: the plan step runs no process (helm, kubectl, git) to find.
const plan = (dir: string, inputs: Record<string, string> = {}) =>
  runAction('slipway', { mode: 'plan', ...inputs }, { env: { GITHUB_WORKSPACE: dir, PATH: '/nonexistent' }, cwd: dir });

interface Job {
  service: string;
  cluster: string;
  kubeconfigSecret: string;
  wave: number;
}
interface Plan {
  stages: Array<{ name: string; onFailure: string; waves: Array<{ clusters: string[]; matrix: { include: Job[] } }> }>;
}

describe('dist/slipway mode plan under Node 24', () => {
  it('two services, three stages, production on three clusters in two waves', async () => {
    const run = await plan(workspace(fleet, 'deploy'), { config: 'deploy/slipway.yml' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['environments'] as string)).toEqual(['dev', 'staging', 'production']);
    expect(run.outputs['jobs']).toBe('10');
    expect(JSON.parse(run.outputs['build-matrix'] as string)).toEqual({
      include: [
        { service: 'api', context: 'deploy/api', dockerfile: 'deploy/api/Dockerfile' },
        { service: 'web', context: 'deploy/web', dockerfile: 'deploy/web/Dockerfile' },
      ],
    });
    const parsed = JSON.parse(run.outputs['plan'] as string) as Plan;
    const production = parsed.stages[2];
    expect(production?.onFailure).toBe('rollback-stage');
    expect(production?.waves.map((w) => w.clusters)).toEqual([['eu-1'], ['eu-2', 'us-1']]);
    expect(production?.waves[1]?.matrix.include.map((j) => [j.service, j.cluster, j.kubeconfigSecret, j.wave])).toEqual(
      [
        ['api', 'eu-2', 'KUBECONFIG_EU_2', 2],
        ['api', 'us-1', 'KC_US', 2],
        ['web', 'eu-2', 'KUBECONFIG_EU_2', 2],
        ['web', 'us-1', 'KC_US', 2],
      ],
    );
    expect(parsed.stages[0]?.waves[0]?.matrix.include).toEqual([
      expect.objectContaining({ service: 'api', cluster: 'dev', kubeconfigSecret: 'KUBECONFIG_DEV', namespace: 'dev' }),
      expect.objectContaining({ service: 'web', cluster: 'dev', kubeconfigSecret: 'KUBECONFIG_DEV', namespace: 'dev' }),
    ]);
    expect(run.summary).toContain('## Slipway plan: 10 deploy jobs, 2 services, 3 stages');
    expect(run.summary).toContain('| Stage | Wave | Clusters | Deploy jobs | After the stage (soak / on-failure) |');
    expect(run.summary).toContain('| staging | 1 | staging | 2 | soak 10m / halt |');
    expect(run.summary).toContain('| production | 1 | eu-1 | 2 |  |');
    expect(run.summary).toContain('|  | 2 | eu-2, us-1 | 4 | no soak / rollback-stage |');
    expect(run.stdout).toContain('Planned 10 deploy jobs: 2 services, 3 stages, 4 waves; 2 builds');
  });

  it("each stage slot's output holds its waves as strategy.matrix takes them; the slots past the plan are empty", async () => {
    const run = await plan(workspace(fleet));
    expect(run.errors).toEqual([]);
    const slot = (n: number) => run.outputs[`stage-${n}`] as string;
    const production = JSON.parse(slot(3)) as {
      name: string;
      onFailure: string;
      waves: Array<{ include: Array<{ service: string; release: string; cluster: string; kubeconfigSecret: string }> }>;
    };
    expect(production).toMatchObject({
      name: 'production',
      githubEnvironment: 'production',
      soakSeconds: 0,
      waveCount: 2,
    });
    expect(production.onFailure).toBe('rollback-stage');
    expect(
      production.waves.map((w) => w.include.map((j) => `${j.release}@${j.cluster}:${j.kubeconfigSecret}`)),
    ).toEqual([
      ['api@eu-1:KUBECONFIG_EU_1', 'web@eu-1:KUBECONFIG_EU_1'],
      ['api@eu-2:KUBECONFIG_EU_2', 'api@us-1:KC_US', 'web@eu-2:KUBECONFIG_EU_2', 'web@us-1:KC_US'],
    ]);
    expect(JSON.parse(slot(2))).toMatchObject({ name: 'staging', soakSeconds: 600 });
    expect([slot(4), slot(5), slot(6)]).toEqual(['', '', '']);
  });

  it('a stage of more waves than the workflow has wave slots is refused with one line at the key', async () => {
    const clusters = Array.from({ length: 9 }, (_, i) => `      - name: c-${i + 1}`).join('\n');
    const config = `chart: ./chart\nservices:\n  - name: api\nenvironments:\n  production:\n    namespace: shop\n    max-parallel: 1\n    clusters:\n${clusters}\n`;
    const run = await plan(workspace(config));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "::error title=Configuration error::slipway.yml:7:19: environments.production.max-parallel: expected at most 8 waves in a stage (the fleet workflow's wave slots); group the clusters in fewer, larger waves, got 9 waves (max-parallel)",
    ]);
    expect(run.outputs).toEqual({});
  });

  it('a subset of environments and services', async () => {
    const run = await plan(workspace(fleet), { environments: 'production, dev', services: 'web' });
    expect(run.errors).toEqual([]);
    expect(JSON.parse(run.outputs['environments'] as string)).toEqual(['dev', 'production']);
    expect(run.outputs['jobs']).toBe('4');
    expect(JSON.parse(run.outputs['build-matrix'] as string)).toEqual({
      include: [{ service: 'web', context: 'web', dockerfile: 'web/Dockerfile' }],
    });
  });

  it('a fleet over 256 jobs in a wave is refused with one line naming the limit and the place', async () => {
    const clusters = Array.from({ length: 200 }, (_, i) => `      - name: c-${i + 1}`).join('\n');
    const config = `chart: ./chart\nservices:\n  - name: api\n  - name: web\nenvironments:\n  production:\n    namespace: shop\n    clusters:\n${clusters}\n`;
    const run = await plan(workspace(config));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "::error title=Configuration error::slipway.yml:9:7: environments.production.clusters: expected at most 256 deploy jobs in a wave (GitHub's limit of jobs per matrix); group the clusters in smaller waves (waves, max-parallel or wave-percent) or deliver fewer services per run, got 400 in wave 1 (2 services × 200 clusters)",
    ]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it.each([
    [
      { mode: 'deliver', environments: 'staging' },
      `Input 'environments': expected no value in mode "deliver" (a subset of a fleet's plan, with mode: plan; environment picks the one environment delivered)`,
    ],
    [
      { mode: 'deliver', services: 'api' },
      `Input 'services': expected no value in mode "deliver" (a subset of a fleet's plan, with mode: plan; environment picks the one environment delivered)`,
    ],
    [
      { environment: 'staging' },
      `Input 'environment': expected no value in mode "plan" (environments and services choose the stages and services planned)`,
    ],
    [
      { mode: 'deliver' },
      `Input 'environment': expected an environment named in slipway.yml, such as "staging" (the input is required)`,
    ],
    [
      { cluster: 'eu-1' },
      `Input 'cluster': expected no value in mode "plan" (environments and services choose the stages and services planned)`,
    ],
    [{ mode: 'dry-run' }, `Input 'mode': expected one of deliver, plan, digests, report, got "dry-run"`],
    [
      { registry: 'ghcr.io/acme' },
      `Input 'registry': expected no value in mode "plan" (environments and services choose the stages and services planned)`,
    ],
    [
      { mode: 'digests', tag: 'slipway-1' },
      `Input 'registry': expected where the fleet pushed its builds, such as "ghcr.io/acme" (the image of a service is <registry>/<service>) (the input is required)`,
    ],
    [
      { mode: 'digests', registry: 'ghcr.io/acme', tag: 'slipway-1', environments: 'staging' },
      `Input 'environments': expected no value in mode "digests" (services, registry and tag name the images a fleet built)`,
    ],
    [
      { mode: 'digests', registry: 'ghcr.io/acme', tag: 'slipway-1', 'registry-username': 'me' },
      `Input 'registry-username': expected both registry-username and registry-password, or neither`,
    ],
    [
      { mode: 'report', results: 'stage-1 success' },
      `Input 'results': expected job=result lines such as "stage-1=success", got "stage-1 success"`,
    ],
    [
      { mode: 'report', digests: 'api' },
      `Input 'digests': expected a JSON object of service to image (the digests job's output), got "api"`,
    ],
    [
      { mode: 'report', clusters: 'eu-1' },
      `Input 'clusters': expected no value in mode "report" (environments, services, digests and results describe the fleet run reported)`,
    ],
    [
      { environments: 'staging', clusters: 'eu-1' },
      `Input 'clusters': expected clusters of staging in slipway.yml (staging), got "eu-1"`,
    ],
  ])('inputs %j are refused with one line', async (inputs, message) => {
    const run = await plan(workspace(fleet), inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([`::error title=Configuration error::${message}`]);
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
    expect(run.outputs).toEqual({});
  });

  it('clusters: only those named, in their waves (rollback.yml)', async () => {
    const run = await plan(workspace(fleet), { environments: 'production', services: 'web', clusters: 'us-1' });
    expect(run.errors).toEqual([]);
    const slot = JSON.parse(run.outputs['stage-1'] as string) as {
      waveCount: number;
      waves: Array<{ include: Job[] }>;
    };
    expect(slot.waveCount).toBe(1);
    expect(slot.waves[0]?.include.map((j) => [j.service, j.cluster, j.kubeconfigSecret])).toEqual([
      ['web', 'us-1', 'KC_US'],
    ]);
  });
});

describe('dist/slipway mode report under Node 24', () => {
  it("the fleet's state after a run whose production wave 2 failed: outputs for slack-notify and the summary", async () => {
    const run = await plan(workspace(fleet), {
      mode: 'report',
      environments: 'staging, production',
      digests: JSON.stringify({ api: 'ghcr.io/acme/api@sha256:aa', web: 'ghcr.io/acme/web@sha256:bb' }),
      results:
        'plan=success\nbuild=success\nstage-1=success\nstage-1-waves=success,skipped\nstage-2=failure\nstage-2-waves=success,failure,skipped\n',
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['status']).toBe('failed');
    expect(run.outputs['environments']).toBe('staging, production');
    expect((run.outputs['fields'] as string).split('\n')).toEqual([
      'staging · staging wave 1=api: ghcr.io/acme/api@sha256:aa · web: ghcr.io/acme/web@sha256:bb',
      'eu-1 · production wave 1 · eu-west-1=api: previous revision (rolled back) · web: previous revision (rolled back)',
      'eu-2 · production wave 2 · eu-west-1=api: previous revision (rolled back) · web: previous revision (rolled back)',
      'us-1 · production wave 2 · us-east-1=api: previous revision (rolled back) · web: previous revision (rolled back)',
    ]);
    expect(run.outputs['text']).toBe(
      'staging: wave 1 succeeded\nproduction: wave 1 succeeded, then rolled back (rollback-stage), wave 2 failed, rolled back',
    );
    expect(run.summary).toContain('## Slipway fleet: failed');
    expect(run.summary).toContain(
      '| production | 2 | wave 2 failed, rolled back | us-1 | us-east-1 | web | previous revision (rolled back) |',
    );
  });
});
