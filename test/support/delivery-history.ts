import type { FakeDeployment, FakeDeploymentStatus, GitHubFake } from './github-fake';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
export const REPOSITORY = 'acme/shop';

/**
 * A known production history for delivery-metrics, T0 = 20 days before `now` (offsets from T0;
 * lead = commit → end of a successful change; dur = start → end).
 *
 * | #  | kind     | start      | end          | result      | commit      | lead    | dur  |
 * | D1 | deploy   | 0          | +2m          | success     | −60m        | 3720 s  | 120  |
 * | D2 | deploy   | 1d         | 1d+3m        | success     | 1d−30m      | 1980 s  | 180  |
 * | D3 | deploy   | 2d         | 2d+4m        | rolled-back | 2d−20m      |         | 240  |
 * | D4 | deploy   | 3d         | 3d+2m        | success     | 3d−4h       | 14520 s | 120  |
 * | R1 | rollback | 3d+1h      | 3d+1h+1m     | success     |             |         | 60   |
 * | C1 | canary   | 5d         | 5d+30m       | aborted     | 5d−1h       |         |      |
 * | D5 | deploy   | 6d         | 6d+5m        | failure     | 6d−2h       |         | 300  |
 * | D6 | deploy   | 7d         | 7d+2m        | success     | 6d          | 86520 s | 120  |
 * | C2 | canary   | 8d         | 8d+40m       | success     | 8d−3h       | 13200 s |      |
 * | D7 | deploy   | 9d         | (in_progress only: no final status)                     |
 * | D8 | deploy   | 10d        | 10d+3m       | success     | (none)      |         | 180  |
 * and, outside the measures: a staging deploy at 4d, a production deploy 40 days before now.
 * Successful deploys carry the inactive statuses GitHub adds when a later one succeeds; D2 has
 * three progress statuses more (six in all).
 */
export function seedHistory(fake: GitHubFake, now: number): void {
  const t0 = now - 20 * DAY;
  let id = 9000;
  const add = (
    environment: string,
    kind: 'deploy' | 'rollback' | 'canary',
    start: number,
    end: number | undefined,
    final: 'success' | 'failure' | undefined,
    description: string,
    commitAt: number | undefined,
  ) => {
    const at = (t: number) => new Date(t).toISOString();
    const status = (state: string, time: number, text: string): FakeDeploymentStatus => ({
      id: id++,
      state,
      description: text,
      environment,
      environment_url: 'https://shop.example.com',
      log_url: `https://github.com/${REPOSITORY}/actions/runs/${id}`,
      created_at: at(time),
    });
    const deployment: FakeDeployment = {
      id: id++,
      repository: REPOSITORY,
      sha: (id % 16).toString(16).repeat(40),
      ref: 'main',
      task: 'deploy',
      environment,
      payload: {
        release: 'web',
        image: `registry.example/web@sha256:${String(id).padStart(64, '0')}`,
        kind,
        ...(commitAt === undefined ? {} : { commit_time: at(commitAt) }),
      },
      description: `web (${kind})`,
      transient_environment: false,
      production_environment: environment === 'production',
      auto_merge: false,
      required_contexts: [],
      created_at: at(start),
      statuses: [status('in_progress', start, `web (${kind})`)],
    };
    if (final && end !== undefined) deployment.statuses.push(status(final, end, description));
    fake.deployments.push(deployment);
    return deployment;
  };
  const inactive = (d: FakeDeployment, time: number) =>
    d.statuses.push({
      ...(d.statuses.at(-1) as FakeDeploymentStatus),
      id: id++,
      state: 'inactive',
      description: '',
      created_at: new Date(time).toISOString(),
    });

  add(
    'production',
    'deploy',
    now - 40 * DAY,
    now - 40 * DAY + MIN,
    'success',
    'Deployed web revision 1',
    now - 41 * DAY,
  );
  const d1 = add('production', 'deploy', t0, t0 + 2 * MIN, 'success', 'Deployed web revision 2', t0 - 60 * MIN);
  const d2 = add(
    'production',
    'deploy',
    t0 + DAY,
    t0 + DAY + 3 * MIN,
    'success',
    'Deployed web revision 3',
    t0 + DAY - 30 * MIN,
  );
  inactive(d1, t0 + DAY + 3 * MIN);
  // A long rollout reports progress: D2's statuses take more than one page of a small page size.
  const progress = d2.statuses[0] as FakeDeploymentStatus;
  for (const minute of [1, 2, 2.5])
    d2.statuses.splice(1, 0, { ...progress, id: id++, created_at: new Date(t0 + DAY + minute * MIN).toISOString() });
  add(
    'production',
    'deploy',
    t0 + 2 * DAY,
    t0 + 2 * DAY + 4 * MIN,
    'failure',
    'Rolled back web from 4 to revision 3: pods crash-looping',
    t0 + 2 * DAY - 20 * MIN,
  );
  const d4 = add(
    'production',
    'deploy',
    t0 + 3 * DAY,
    t0 + 3 * DAY + 2 * MIN,
    'success',
    'Deployed web revision 6',
    t0 + 3 * DAY - 4 * HOUR,
  );
  inactive(d2, t0 + 3 * DAY + 2 * MIN);
  add(
    'production',
    'rollback',
    t0 + 3 * DAY + HOUR,
    t0 + 3 * DAY + HOUR + MIN,
    'success',
    'Rolled back web to revision 3',
    undefined,
  );
  add('staging', 'deploy', t0 + 4 * DAY, t0 + 4 * DAY + MIN, 'success', 'Deployed web revision 9', t0 + 4 * DAY - HOUR);
  add(
    'production',
    'canary',
    t0 + 5 * DAY,
    t0 + 5 * DAY + 30 * MIN,
    'failure',
    'Canary aborted at step 2: success-rate 0.91 < 0.99',
    t0 + 5 * DAY - HOUR,
  );
  add(
    'production',
    'deploy',
    t0 + 6 * DAY,
    t0 + 6 * DAY + 5 * MIN,
    'failure',
    'Deploy of web failed: timed out',
    t0 + 6 * DAY - 2 * HOUR,
  );
  const d6 = add(
    'production',
    'deploy',
    t0 + 7 * DAY,
    t0 + 7 * DAY + 2 * MIN,
    'success',
    'Deployed web revision 9',
    t0 + 6 * DAY,
  );
  inactive(d4, t0 + 7 * DAY + 2 * MIN);
  const c2 = add(
    'production',
    'canary',
    t0 + 8 * DAY,
    t0 + 8 * DAY + 40 * MIN,
    'success',
    'Canary promoted',
    t0 + 8 * DAY - 3 * HOUR,
  );
  inactive(d6, t0 + 8 * DAY + 40 * MIN);
  add('production', 'deploy', t0 + 9 * DAY, undefined, undefined, '', t0 + 9 * DAY - HOUR);
  add('production', 'deploy', t0 + 10 * DAY, t0 + 10 * DAY + 3 * MIN, 'success', 'Deployed web revision 11', undefined);
  inactive(c2, t0 + 10 * DAY + 3 * MIN);
}

/** The measures of that history over the last 30 days, worked by hand from the table above. */
export const EXPECTED = {
  environment: 'production',
  days: 30,
  records: 11, // D1–D8, R1, C1, C2
  unfinished: 1, // D7
  changes: 9, // D1 D2 D3 D4 C1 D5 D6 C2 D8
  deployments: 6, // D1 D2 D4 D6 C2 D8
  failedChanges: 4, // D3 rolled back, D4 followed by R1, C1 aborted, D5 failure
  rollbacks: 1,
  deploymentFrequency: { perDay: 6 / 30, perWeek: (6 / 30) * 7 },
  // lead times 1980 3720 13200 14520 86520: median the 3rd, p90 rank ceil(0.9×5) = 5th
  leadTime: { samples: 5, medianSeconds: 13200, p90Seconds: 86520 },
  changeFailureRate: 4 / 9,
  // D3 start→own end 240; D4 end (3d+2m) → R1 end (3d+1h+1m) 3540; C1 own 1800;
  // D5 start (6d) → D6 end (7d+2m) 86520; sorted 240 1800 3540 86520: median (1800+3540)/2
  timeToRestore: { samples: 4, medianSeconds: 2670, unrestored: 0 },
  // deploys 120 180 240 120 300 120 180 = 1260 / 7
  deployDuration: { samples: 7, meanSeconds: 180 },
  rollbackDuration: { samples: 1, meanSeconds: 60 },
  // 6/30 a day ≥ 1/7: high; 13200 s < 1 day: elite; 44% > 15%: low; 2670 s < 1 h: elite
  bands: { deploymentFrequency: 'high', leadTime: 'elite', changeFailureRate: 'low', timeToRestore: 'elite' },
};
