import type { FakeDeployment, FakeDeploymentStatus, GitHubFake } from './github-fake';
import type { DeliveryRecord } from '@slipway/records';

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

type FleetRow = {
  environment: 'production' | 'staging';
  service: string | undefined;
  release: string;
  kind: 'deploy' | 'rollback';
  cluster: string | undefined;
  /** "101/1"; undefined: a record from before runs were recorded. */
  run: string | undefined;
  start: number;
  end: number | undefined;
  result: 'success' | 'failure' | 'rolled-back' | undefined;
  commitAt: number | undefined;
};

/**
 * A fleet's history (offsets from t0, a window of 14 days from t0): services api (release api)
 * and web (release web-frontend); production on clusters eu-1, then eu-2 and us-1; staging one
 * cluster of its own. Each fleet run writes one record per service and cluster.
 *
 * | run   | env        | service  | clusters: start → end, result            | commit  | one delivery                          |
 * | —     | production | (web-frontend) | —: 0 → 6m success                 | −2h54m  | web, lead 10800 s, 360 s (no service: its release's) |
 * | 101/1 | staging    | api, web | —: 1d → 1d+2m success                     | 1d−1h   | each: lead 3720 s                     |
 * | 101/1 | production | api      | eu-1 1d+10m→14m, eu-2 20m→25m, us-1 20m→30m | 1d−1h | success, lead 5400 s, 1200 s          |
 * | 101/1 | production | web      | eu-1 1d+10m→13m, eu-2 20m→24m, us-1 20m→26m | 1d−1h | success, lead 5160 s, 960 s           |
 * | —     | staging    | (legacy-cron) | —: 2d → 2d+1m success                | —       | legacy-cron                           |
 * | 102/1 | production | api      | eu-1 3d→5m ok, eu-2 3d+10m→16m rolled-back, us-1 3d+10m→12m failure | 3d−2h | failure, 960 s |
 * | 103/1 | production | api      | eu-1 4d→4m, eu-2 4d+10m→14m, us-1 4d+10m→15m | 4d−30m | success, lead 2700 s, 900 s; restores 102: 87300 s |
 * | 104/1 | production | web      | eu-1 6d→6d+3m failure                     | 6d−1h   | failure, 180 s                        |
 * | 104/2 | production | web      | eu-1 6d+1h→+3m, eu-2 +10m→+14m, us-1 +10m→+15m | 6d−1h | success, lead 8100 s, 900 s; restores 104/1: 4500 s |
 * | 105/1 | production | api      | eu-1 8d→8d+3m ok, eu-2 8d+10m (no final status) | 8d−1h | unfinished                 |
 * | 106/1 | production | web      | rollback eu-1 12d→1m, eu-2 12d+2m→3m, us-1 12d+2m→4m | — | rollback, 240 s: 104/2 failed, restored 514140 s after its end |
 */
export function fleetRows(): FleetRow[] {
  const rows: FleetRow[] = [];
  const add = (
    environment: FleetRow['environment'],
    service: string | undefined,
    kind: FleetRow['kind'],
    run: string | undefined,
    commitAt: number | undefined,
    clusters: Array<[string | undefined, number, number | undefined, FleetRow['result']]>,
    release = service === 'web' ? 'web-frontend' : (service as string),
  ) => {
    for (const [cluster, start, end, result] of clusters)
      rows.push({ environment, service, release, kind, cluster, run, start, end, result, commitAt });
  };
  const d = (days: number, minutes = 0) => days * DAY + minutes * MIN;
  add('production', undefined, 'deploy', undefined, -174 * MIN, [[undefined, 0, d(0, 6), 'success']], 'web-frontend');
  for (const service of ['api', 'web'])
    add('staging', service, 'deploy', '101/1', d(1, -60), [[undefined, d(1), d(1, 2), 'success']]);
  add('production', 'api', 'deploy', '101/1', d(1, -60), [
    ['eu-1', d(1, 10), d(1, 14), 'success'],
    ['eu-2', d(1, 20), d(1, 25), 'success'],
    ['us-1', d(1, 20), d(1, 30), 'success'],
  ]);
  add('production', 'web', 'deploy', '101/1', d(1, -60), [
    ['eu-1', d(1, 10), d(1, 13), 'success'],
    ['eu-2', d(1, 20), d(1, 24), 'success'],
    ['us-1', d(1, 20), d(1, 26), 'success'],
  ]);
  add('staging', undefined, 'deploy', undefined, undefined, [[undefined, d(2), d(2, 1), 'success']], 'legacy-cron');
  add('production', 'api', 'deploy', '102/1', d(3, -120), [
    ['eu-1', d(3), d(3, 5), 'success'],
    ['eu-2', d(3, 10), d(3, 16), 'rolled-back'],
    ['us-1', d(3, 10), d(3, 12), 'failure'],
  ]);
  add('production', 'api', 'deploy', '103/1', d(4, -30), [
    ['eu-1', d(4), d(4, 4), 'success'],
    ['eu-2', d(4, 10), d(4, 14), 'success'],
    ['us-1', d(4, 10), d(4, 15), 'success'],
  ]);
  add('production', 'web', 'deploy', '104/1', d(6, -60), [['eu-1', d(6), d(6, 3), 'failure']]);
  add('production', 'web', 'deploy', '104/2', d(6, -60), [
    ['eu-1', d(6, 60), d(6, 63), 'success'],
    ['eu-2', d(6, 70), d(6, 74), 'success'],
    ['us-1', d(6, 70), d(6, 75), 'success'],
  ]);
  add('production', 'api', 'deploy', '105/1', d(8, -60), [
    ['eu-1', d(8), d(8, 3), 'success'],
    ['eu-2', d(8, 10), undefined, undefined],
  ]);
  add('production', 'web', 'rollback', '106/1', undefined, [
    ['eu-1', d(12), d(12, 1), 'success'],
    ['eu-2', d(12, 2), d(12, 3), 'success'],
    ['us-1', d(12, 2), d(12, 4), 'success'],
  ]);
  return rows;
}

/** The fleet history as the cluster records (and recordOfDeployment) give it. */
export function fleetRecords(t0: number): DeliveryRecord[] {
  const at = (offset: number) => new Date(t0 + offset).toISOString();
  return fleetRows().map((row) => ({
    kind: row.kind,
    environment: row.environment,
    release: row.release,
    revision: null,
    image: null,
    imageDigest: null,
    commit: null,
    commitTime: row.commitAt === undefined ? null : at(row.commitAt),
    startedAt: at(row.start),
    finishedAt: row.end === undefined ? null : at(row.end),
    result: row.result ?? null,
    ...(row.service ? { service: row.service } : {}),
    ...(row.cluster ? { cluster: row.cluster } : {}),
    ...(row.run ? { run: row.run } : {}),
  }));
}

/** The fleet history as GitHub Deployments, with the payload fields deploymentPayload writes. */
export function seedFleetHistory(fake: GitHubFake, t0: number): void {
  let id = 20_000;
  const at = (offset: number) => new Date(t0 + offset).toISOString();
  for (const row of fleetRows()) {
    const [runId, attempt] = row.run?.split('/') ?? [];
    const status = (state: string, offset: number, description: string): FakeDeploymentStatus => ({
      id: id++,
      state,
      description,
      environment: row.environment,
      environment_url: '',
      log_url: `https://github.com/${REPOSITORY}/actions/runs/${runId ?? id}`,
      created_at: at(offset),
    });
    const final =
      row.result === undefined || row.end === undefined
        ? []
        : [
            row.result === 'success'
              ? status('success', row.end, `Delivered deploy`)
              : status(
                  'failure',
                  row.end,
                  row.result === 'rolled-back' ? `Rolled back ${row.release} to revision 4` : 'Smoke checks failed',
                ),
          ];
    fake.deployments.push({
      id: id++,
      repository: REPOSITORY,
      sha: 'f'.repeat(40),
      ref: 'main',
      task: 'deploy',
      environment: row.environment,
      payload: {
        release: row.release,
        namespace: 'shop',
        kind: row.kind,
        ...(row.commitAt === undefined ? {} : { commit_time: at(row.commitAt) }),
        ...(row.service ? { service: row.service } : {}),
        ...(row.cluster ? { cluster: row.cluster } : {}),
        ...(runId ? { run_id: runId, run_attempt: attempt } : {}),
      },
      description: `${row.release} (${row.kind})`,
      transient_environment: false,
      production_environment: row.environment === 'production',
      auto_merge: false,
      required_contexts: [],
      created_at: at(row.start),
      statuses: [status('in_progress', row.start, `${row.release} (${row.kind})`), ...final],
    });
  }
}

/**
 * The fleet history's measures over 14 days from t0, worked by hand from the table above: 22
 * production records are 9 deliveries (7 changes, 1 unfinished, 1 rollback).
 */
export const FLEET_EXPECTED = {
  production: {
    service: null,
    days: 14,
    records: 9,
    clusterRecords: 22,
    unfinished: 1, // 105/1
    changes: 7,
    deployments: 5, // web legacy, api 101, web 101, api 103, web 104/2
    failedChanges: 3, // api 102, web 104/1, web 104/2 (rolled back by 106)
    rollbacks: 1,
    deploymentFrequency: { perDay: 5 / 14, perWeek: (5 / 14) * 7 },
    // 2700 5160 5400 8100 10800: median the 3rd, p90 rank ceil(4.5) = 5th
    leadTime: { samples: 5, medianSeconds: 5400, p90Seconds: 10800 },
    changeFailureRate: 3 / 7,
    // 4500 87300 514140
    timeToRestore: { samples: 3, medianSeconds: 87300, unrestored: 0 },
    // 360 1200 960 960 900 180 900 = 5460 / 7
    deployDuration: { samples: 7, meanSeconds: 780 },
    rollbackDuration: { samples: 1, meanSeconds: 240 },
  },
  api: {
    service: 'api',
    records: 4,
    clusterRecords: 11,
    unfinished: 1,
    changes: 3,
    deployments: 2,
    failedChanges: 1,
    rollbacks: 0,
    // (2700 + 5400) / 2; p90 rank ceil(1.8) = 2nd
    leadTime: { samples: 2, medianSeconds: 4050, p90Seconds: 5400 },
    changeFailureRate: 1 / 3,
    timeToRestore: { samples: 1, medianSeconds: 87300, unrestored: 0 },
    // 1200 960 900
    deployDuration: { samples: 3, meanSeconds: 1020 },
  },
  web: {
    service: 'web',
    records: 5,
    clusterRecords: 11,
    unfinished: 0,
    changes: 4,
    deployments: 3,
    failedChanges: 2,
    rollbacks: 1,
    // 5160 8100 10800
    leadTime: { samples: 3, medianSeconds: 8100, p90Seconds: 10800 },
    changeFailureRate: 0.5,
    // (4500 + 514140) / 2
    timeToRestore: { samples: 2, medianSeconds: 259_320, unrestored: 0 },
    // 360 960 180 900
    deployDuration: { samples: 4, meanSeconds: 600 },
    rollbackDuration: { samples: 1, meanSeconds: 240 },
  },
  staging: { records: 3, deployments: 3, leadTime: { samples: 2, medianSeconds: 3720 } },
  stagingServices: ['api', 'legacy-cron', 'web'],
};
