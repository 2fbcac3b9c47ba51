import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { computeMeasures, HISTORY_ANNOTATION, parseRecord, type DeliveryRecord } from '@slipway/records';
import { runAction, type ActionRun } from '../../support/run-action';
import { execOk, need } from '../sandbox/sandbox-helpers';
import { chart } from '../helm-deploy/helm-deploy-suite';

/**
 * Without a GitHub token, helm-deploy keeps the release's delivery history in the cluster
 * (ConfigMap web-slipway-deliveries): two deploys, a :broken one rolled back automatically, a
 * manual rollback to revision 1; then delivery-metrics reads that history back and computes the
 * measures the records say. Once per helm major (helm v4 words a rollback's description too).
 */
const admin = need('SLIPWAY_KUBECONFIG_ADMIN');
const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
const good2 = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const broken = `${need('SLIPWAY_REGISTRY')}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`;
const HOUR = 3_600_000;
const started = Date.now();
const commits = [
  { sha: 'a'.repeat(40), time: new Date(started - 2 * HOUR).toISOString() },
  { sha: 'b'.repeat(40), time: new Date(started - HOUR).toISOString() },
  { sha: 'c'.repeat(40), time: new Date(started - HOUR / 2).toISOString() },
];

describe.each(['3', '4'] as const)('delivery records in the cluster (helm v%s, no GitHub token)', (major) => {
  const helm = need(major === '3' ? 'HELM3' : 'HELM4');
  const ns = `dm${major}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  /** The runner's view of a push of `commit`: GITHUB_SHA and the event's head_commit. */
  function runnerEnv(commit: { sha: string; time: string }): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ head_commit: { id: commit.sha, timestamp: commit.time } }));
    return {
      PATH: `${dirname(helm)}:/usr/bin:/bin`,
      HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
      HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
      HELM_DATA_HOME: need('HELM_DATA_HOME'),
      GITHUB_SHA: commit.sha,
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '77',
    };
  }
  const deploy = (inputs: Record<string, string>, commit = commits[0] as { sha: string; time: string }) =>
    runAction(
      'helm-deploy',
      {
        release: 'web',
        namespace: ns,
        chart,
        kubeconfig: readFileSync(admin, 'utf8'),
        'create-namespace': 'true',
        'check-image': 'false',
        timeout: '2m',
        ...inputs,
      },
      { env: runnerEnv(commit) },
    );
  const metrics = (inputs: Record<string, string> = {}) =>
    runAction('delivery-metrics', {
      environment: ns,
      namespace: ns,
      kubeconfig: readFileSync(admin, 'utf8'),
      ...inputs,
    });
  const ok = (run: ActionRun) => {
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  };

  async function storedRecords(): Promise<DeliveryRecord[]> {
    const { stdout } = await execOk(need('KUBECTL'), [
      'get',
      'configmap',
      'web-slipway-deliveries',
      '-n',
      ns,
      '-o',
      'json',
      '--kubeconfig',
      admin,
    ]);
    const cm = JSON.parse(stdout) as {
      metadata: { annotations: Record<string, string>; labels: Record<string, string> };
    };
    expect(cm.metadata.labels).toEqual({
      'slipway.dev/delivery-history-of': 'web',
      'app.kubernetes.io/managed-by': 'slipway',
    });
    return (JSON.parse(cm.metadata.annotations[HISTORY_ANNOTATION] as string) as unknown[]).map(
      (r) => parseRecord(r) as DeliveryRecord,
    );
  }

  afterAll(async () => {
    await execOk(need('KUBECTL'), [
      'delete',
      'namespace',
      ns,
      '--wait=false',
      '--ignore-not-found',
      '--kubeconfig',
      admin,
    ]).catch(() => undefined);
  });

  it('deploys, an automatic rollback and a manual rollback are recorded; delivery-metrics computes their measures', async () => {
    ok(await deploy({ image: good }, commits[0]));
    ok(await deploy({ image: good2 }, commits[1]));
    const failed = await deploy({ image: broken, timeout: '20s' }, commits[2]);
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['status']).toBe('rolled-back');
    // A fleet workflow's rollback names its service and cluster (the service is the release's name here).
    ok(await deploy({ mode: 'rollback', revision: '1', 'fleet-service': 'web', 'fleet-cluster': 'eu-1' }));

    const records = await storedRecords();
    expect(records.map((r) => [r.kind, r.result, r.revision, r.image, r.commit, r.commitTime])).toEqual([
      ['deploy', 'success', 1, good, commits[0]?.sha, commits[0]?.time],
      ['deploy', 'success', 2, good2, commits[1]?.sha, commits[1]?.time],
      ['deploy', 'rolled-back', 4, broken, commits[2]?.sha, commits[2]?.time],
      ['rollback', 'success', 5, good, null, null],
    ]);
    expect(records[2]?.restored).toEqual({ revision: 2, image: good2 });
    expect(records[3]?.restored).toEqual({ revision: 1, image: good });
    // Only the rollback given fleet-service and fleet-cluster names them; every record names its run.
    expect(records.map((r) => [r.service ?? null, r.cluster ?? null, r.run])).toEqual([
      [null, null, '77/1'],
      [null, null, '77/1'],
      [null, null, '77/1'],
      ['web', 'eu-1', '77/1'],
    ]);
    for (const r of records) {
      expect(r.environment).toBe(ns);
      expect(r.runUrl).toBe('https://github.com/acme/shop/actions/runs/77');
      expect(Date.parse(r.finishedAt as string)).toBeGreaterThan(Date.parse(r.startedAt));
    }

    const run = await metrics();
    ok(run);
    const measured = JSON.parse(run.outputs['metrics'] as string);
    // By hand from the stored records: changes = the 3 deploys, 2 successful, 1 failed (the
    // :broken one, restored by its own rollback); lead time = end − commit of the 2 successes
    // (median = their mean, nearest-rank p90 = the larger); restore = the :broken deploy's own
    // start → end; durations from each record's start → end.
    const [d1, d2, d3, r1] = records as [DeliveryRecord, DeliveryRecord, DeliveryRecord, DeliveryRecord];
    // In milliseconds, as the records hold them, then to seconds: the same float arithmetic.
    const ms = (from: string | null, to: string | null) => Date.parse(to as string) - Date.parse(from as string);
    const leads = [ms(d1.commitTime, d1.finishedAt), ms(d2.commitTime, d2.finishedAt)] as [number, number];
    const deploys = [d1, d2, d3].map((d) => ms(d.startedAt, d.finishedAt));
    expect(measured).toMatchObject({
      environment: ns,
      records: 4,
      unfinished: 0,
      changes: 3,
      deployments: 2,
      failedChanges: 1,
      rollbacks: 1,
      changeFailureRate: 1 / 3,
      leadTime: { samples: 2, medianSeconds: (leads[0] + leads[1]) / 2 / 1000, p90Seconds: Math.max(...leads) / 1000 },
      timeToRestore: { samples: 1, medianSeconds: ms(d3.startedAt, d3.finishedAt) / 1000, unrestored: 0 },
      deployDuration: { samples: 3, meanSeconds: deploys.reduce((a, b) => a + b, 0) / 3 / 1000 },
      rollbackDuration: { samples: 1, meanSeconds: ms(r1.startedAt, r1.finishedAt) / 1000 },
    });
    // Not a timing: the :broken deploy waits out its 20 s timeout before its rollback, so its
    // restore time is at least that however loaded the machine is (0 would mean no restore measured).
    expect(measured.timeToRestore.medianSeconds).toBeGreaterThan(20);
    // The same measures as the package computes from the same records.
    const { bands: _bands, services, ...rest } = measured;
    // One service, the release (helm-deploy records none): its measures are the environment's.
    expect(services.map((s: { service: string }) => s.service)).toEqual(['web']);
    expect(rest).toEqual(
      computeMeasures(records, ns, { sinceMs: Date.parse(measured.since), untilMs: Date.parse(measured.until) }),
    );
    expect(run.summary).toContain(`from the cluster histories in namespace ${ns}`);
    expect(run.summary).toContain('| Change failure rate | 33.3% (1 of 3) | low |');

    const unknown = await metrics({ environment: 'production' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.errors).toEqual([
      `::error title=Configuration error::Input 'environment': expected an environment with records in the release histories of namespace ${ns} (${ns}), got "production"`,
    ]);
  });
});
