import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../load-config';
import { fleetSlack, fleetStateSummary } from './fleet-report';
import { fleetState } from './fleet-state';
import { planFleet } from './plan-fleet';

const yaml = `chart: ./chart
services:
  - name: api
    context: ./api
  - name: edge
    image: ghcr.io/acme/edge:1.4
environments:
  staging:
    namespace: staging
  production:
    namespace: shop
    on-failure: ON_FAILURE
    clusters:
      - { name: eu-1, region: eu-west-1 }
      - { name: eu-2 }
      - { name: us-1 }
    waves: [[eu-1], [eu-2], [us-1]]
`;
const digests = { api: 'ghcr.io/acme/api@sha256:aaa' };
const planOf = async (onFailure = 'halt') =>
  planFleet(await parseConfig(yaml.replace('ON_FAILURE', onFailure), 'slipway.yml', '/repo'));
/** What each cluster runs, as "cluster: api=…, edge=…". */
const runs = (state: ReturnType<typeof fleetState>) =>
  state.waves.flatMap((w) =>
    w.clusters.map(
      (c) => `${c.cluster}: ${c.services.map((s) => `${s.service}=${s.runs === 'new' ? s.image : s.runs}`).join(', ')}`,
    ),
  );

describe('fleetState', () => {
  it('a green run: every cluster on the digest built (or the image given), every wave succeeded', async () => {
    const state = fleetState(await planOf(), digests, {
      plan: 'success',
      build: 'success',
      'stage-1': 'success',
      'stage-2': 'success',
    });
    expect(state.status).toBe('succeeded');
    expect(runs(state)).toEqual([
      'staging: api=ghcr.io/acme/api@sha256:aaa, edge=ghcr.io/acme/edge:1.4',
      'eu-1: api=ghcr.io/acme/api@sha256:aaa, edge=ghcr.io/acme/edge:1.4',
      'eu-2: api=ghcr.io/acme/api@sha256:aaa, edge=ghcr.io/acme/edge:1.4',
      'us-1: api=ghcr.io/acme/api@sha256:aaa, edge=ghcr.io/acme/edge:1.4',
    ]);
    const { fields, text } = fleetSlack(state);
    expect(fields.split('\n')[1]).toBe(
      'eu-1 · production wave 1 · eu-west-1=api: ghcr.io/acme/api@sha256:aaa · edge: ghcr.io/acme/edge:1.4',
    );
    expect(text).toBe('staging: wave 1 succeeded\nproduction: wave 1 succeeded, wave 2 succeeded, wave 3 succeeded');
    expect(fleetStateSummary(state).render()).toContain(
      '| production | 2 | wave 2 succeeded | eu-2 |  | api | ghcr.io/acme/api@sha256:aaa |',
    );
  });

  it('halt: the failed wave rolled back, the later ones untouched, the earlier ones keep the build', async () => {
    const results = { 'stage-1': 'success', 'stage-2': 'failure', 'stage-2-waves': 'success,failure,skipped,skipped' };
    const state = fleetState(await planOf(), digests, results);
    expect(state.status).toBe('failed');
    expect(runs(state).slice(1)).toEqual([
      'eu-1: api=ghcr.io/acme/api@sha256:aaa, edge=ghcr.io/acme/edge:1.4',
      'eu-2: api=previous, edge=previous',
      'us-1: api=unchanged, edge=unchanged',
    ]);
    expect(fleetSlack(state).text.split('\n')[1]).toBe(
      'production: wave 1 succeeded, wave 2 failed, rolled back, wave 3 not started',
    );
  });

  it('rollback-stage: the earlier waves are back on their previous revision too', async () => {
    const results = { 'stage-1': 'success', 'stage-2': 'failure', 'stage-2-waves': 'success,failure,skipped' };
    const state = fleetState(await planOf('rollback-stage'), digests, results);
    expect(runs(state).slice(1, 3)).toEqual(['eu-1: api=previous, edge=previous', 'eu-2: api=previous, edge=previous']);
    expect(fleetSlack(state).text).toContain('wave 1 succeeded, then rolled back (rollback-stage)');
  });

  it('names at most 400 clusters in the message, then how many more, without a comma in any field', async () => {
    const clusters = Array.from({ length: 450 }, (_, i) => `      - { name: c-${i} }`).join('\n');
    const text = `chart: ./chart\nservices:\n  - { name: api, image: ghcr.io/acme/api:1 }\nenvironments:\n  production:\n    namespace: shop\n    max-parallel: 100\n    clusters:\n${clusters}\n`;
    const plan = planFleet(await parseConfig(text, 'slipway.yml', '/repo'));
    const { fields } = fleetSlack(fleetState(plan, {}, { 'stage-1': 'success' }));
    const lines = fields.split('\n');
    expect(lines).toHaveLength(401);
    expect(lines[400]).toBe("more clusters=50 more in the report job's summary");
    expect(fields).not.toContain(',');
  });

  it('a stage after a failed one never started; a failed stage without wave results is unknown, not guessed', async () => {
    const state = fleetState(await planOf(), digests, { 'stage-1': 'failure', 'stage-2': 'skipped' });
    expect(runs(state)).toEqual([
      'staging: api=unknown, edge=unknown',
      'eu-1: api=unchanged, edge=unchanged',
      'eu-2: api=unchanged, edge=unchanged',
      'us-1: api=unchanged, edge=unchanged',
    ]);
    expect(state.status).toBe('failed');
  });

  it("a failed wave's own report (fleet-wave.yml, the results fleet-stage.yml gives it) says what fleet.yml's report would", async () => {
    for (const onFailure of ['halt', 'rollback-stage']) {
      const plan = await planOf(onFailure);
      // What fleet.yml's report gets on GitHub when wave 2 of production (stage slot 2) failed.
      const github = fleetState(plan, digests, {
        plan: 'success',
        build: 'success',
        digests: 'success',
        'stage-1': 'success',
        'stage-1-waves': 'success,skipped,skipped,skipped,skipped,skipped,skipped,skipped',
        'stage-2': 'failure',
        'stage-2-waves': 'success,failure,skipped,skipped,skipped,skipped,skipped,skipped',
        'stage-3': 'skipped',
      });
      // What the failed wave is given: the earlier stages (fleet.yml), then its stage failed at it.
      const wave = fleetState(plan, digests, {
        'stage-1': 'success',
        'stage-2': 'failure',
        'stage-2-waves': 'success,failure',
      });
      expect(wave).toEqual(github);
      expect(fleetSlack(wave)).toEqual(fleetSlack(github));
      expect(wave.status).toBe('failed');
    }
  });
});
