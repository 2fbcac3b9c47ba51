import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const repoRoot = new URL('../../', import.meta.url).pathname;

interface Job {
  if?: string;
  uses?: string;
  needs?: string[];
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  with?: Record<string, unknown>;
  steps?: Array<{ name?: string; if?: string; uses?: string; with?: Record<string, unknown> }>;
}
const jobsOf = (workflow: string) =>
  (parse(readFileSync(`${repoRoot}.github/workflows/${workflow}`, 'utf8')) as { jobs: Record<string, Job> }).jobs;

const fleet = jobsOf('fleet.yml');
const stage = jobsOf('fleet-stage.yml');
const wave = jobsOf('fleet-wave.yml');
const slots = [1, 2, 3, 4, 5, 6];

/**
 * A group's key for a repository and a stage, its expressions replaced as GitHub would evaluate
 * them for that stage (fleet.yml: the plan's stage-<n> output; rollback.yml: its environment input).
 */
function groupFor(group: string, repository: string, stageName: string): string {
  return group
    .replaceAll('${{ github.repository }}', repository)
    .replace(/\$\{\{ fromJSON\(needs\.plan\.outputs\.stage-\d \|\| '\{"name":"-"\}'\)\.name \}\}/, stageName)
    .replace('${{ inputs.environment }}', stageName);
}

/**
 * act implements no `concurrency:` (it runs every run it is given), so the end-to-end tests cannot
 * show a second delivery waiting: the groups are checked here, as GitHub keys them.
 */
describe('a delivery of a stage waits for a running one of the same stage; it never interleaves', () => {
  it.each(slots)('fleet.yml stage-%i: one group per repository and stage, never cancelled in progress', (n) => {
    const { concurrency } = fleet[`stage-${n}`] as Job;
    expect(concurrency?.['cancel-in-progress']).toBe(false);
    const group = concurrency?.group ?? '';
    // Keyed by the stage this slot runs (its name in the plan), not the slot: stage 1 of a run
    // of production alone and stage 3 of a whole run are the same group.
    expect(group).toContain(`needs.plan.outputs.stage-${n} `);
    expect(groupFor(group, 'acme/shop', 'production')).toBe('slipway-fleet-acme/shop-production');
    expect(groupFor(group, 'acme/shop', 'staging')).not.toBe(groupFor(group, 'acme/shop', 'production'));
    expect(groupFor(group, 'acme/other', 'production')).not.toBe(groupFor(group, 'acme/shop', 'production'));
  });

  it('keyed by stage, not by the services delivered: every service of the stage is in the one group', () => {
    // Two runs of the same stage, one of `api,web` and one of `api`, must not run api at once: a
    // group keyed by the services input would let them. So the group holds the whole stage.
    for (const n of slots) expect(fleet[`stage-${n}`]?.concurrency?.group).not.toMatch(/services/);
  });

  it("rollback.yml's fleet rollback takes the stage's group: it never overlaps a delivery of that stage", () => {
    const { concurrency } = jobsOf('rollback.yml')['fleet'] as Job;
    expect(concurrency?.['cancel-in-progress']).toBe(false);
    expect(groupFor(concurrency?.group ?? '', 'acme/shop', 'production')).toBe(
      groupFor(fleet['stage-1']?.concurrency?.group ?? '', 'acme/shop', 'production'),
    );
  });
});

/**
 * act runs no later job of a caller once a called workflow failed, so after a failed wave the run
 * is reported by that wave (fleet-wave.yml's report job), and fleet.yml's report sends no second
 * message. The results the wave reports are wired here, slot by slot.
 */
describe("a failed wave reports the run: the fleet's results as fleet.yml's report would give them", () => {
  it.each(slots)('fleet.yml stage-%i: its slot number and the earlier stages, which succeeded', (n) => {
    const inputs = fleet[`stage-${n}`]?.with ?? {};
    expect(inputs['slot']).toBe(n);
    const earlier = slots.slice(0, n - 1).map((e) => `stage-${e}=success`);
    expect(String(inputs['results']).split('\n').filter(Boolean)).toEqual(earlier);
    for (const input of ['environments', 'services', 'slack-channel', 'slack-api-url'])
      expect(inputs[input]).toBe(`\${{ inputs.${input} }}`);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'fleet-stage.yml wave-%i: the stage failed at this wave, the ones before it succeeded',
    (n) => {
      const results = String(stage[`wave-${n}`]?.with?.['results'] ?? '').split('\n');
      expect(results.filter(Boolean)).toEqual([
        '${{ inputs.results }}',
        'stage-${{ inputs.slot }}=failure',
        `stage-\${{ inputs.slot }}-waves=${[...Array<string>(n - 1).fill('success'), 'failure'].join(',')}`,
      ]);
    },
  );

  it("fleet-wave.yml's report: after the wave's rollbacks, only when its deploy failed, never for rollback.yml", () => {
    const report = wave['report'] as Job;
    expect(report.needs).toEqual(['deploy', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `rollback-wave-${n}`)]);
    expect(report.if).toBe(
      "${{ !cancelled() && needs.deploy.result == 'failure' && inputs.action != 'rollback' && inputs.results != '' }}",
    );
    const state = report.steps?.find((s) => s.with?.['mode'] === 'report');
    expect(state?.with?.['results']).toBe('${{ inputs.results }}');
    expect(report.steps?.some((s) => s.uses?.includes('/actions/slack-notify@'))).toBe(true);
  });

  it("fleet.yml's report sends its message only when no wave failed (the failed wave sent it)", () => {
    const slack = fleet['report']?.steps?.find((s) => s.uses?.includes('/actions/slack-notify@'));
    for (const n of slots) expect(slack?.if).toContain(`needs.stage-${n}.outputs.waves`);
    expect(slack?.if).toMatch(/!contains\(format\('\{0\},\{1\},\{2\},\{3\},\{4\},\{5\}', .*\), 'failure'\) \}\}$/);
  });
});

/**
 * A blue-green release has no release named <release> to roll back: helm-deploy must be told the
 * strategy (and the route) to switch back to the other colour. The plan's jobs carry both ("" when
 * rolling: helm-deploy's defaults).
 */
describe("fleet-wave.yml's rollbacks switch a blue-green release back to its other colour", () => {
  const rollbacks = Object.entries(wave).flatMap(([job, { steps = [] }]) =>
    steps
      .filter((s) => s.uses?.includes('/actions/helm-deploy@') && s.with?.['mode'] === 'rollback')
      .map((s) => [job, s] as const),
  );

  it.each(rollbacks.map(([job, step]) => [`${job}: ${step.name ?? ''}`, step] as const))('%s', (_, step) => {
    expect([step.with?.['strategy'], step.with?.['route']]).toEqual(['${{ matrix.strategy }}', '${{ matrix.route }}']);
  });
});
