import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deployment, DeploymentStatus } from '@slipway/github';
import { deploymentPayload } from './deployment-payload';
import { recordOfDeployment } from './github-records';

const sha = 'a'.repeat(40);
function pushEvent(timestamp: string): NodeJS.ProcessEnv {
  const path = join(mkdtempSync(join(tmpdir(), 'slipway-event-')), 'event.json');
  writeFileSync(path, JSON.stringify({ head_commit: { id: sha, timestamp } }));
  return { GITHUB_SHA: sha, GITHUB_EVENT_PATH: path };
}
const deployment = (payload: Record<string, unknown>): Deployment => ({
  id: 1,
  description: null,
  sha,
  ref: 'main',
  environment: 'production',
  created_at: '2026-12-04T10:05:00Z',
  payload,
});
const success: DeploymentStatus[] = [
  { id: 2, state: 'success', description: 'Delivered', created_at: '2026-12-04T10:09:00Z' },
];

describe('the one GitHub deployment payload, read back by delivery-metrics', () => {
  it('a deploy carries its kind and commit time, so the record has a lead time', async () => {
    const payload = await deploymentPayload(
      { kind: 'deploy', release: 'web', namespace: 'shop', strategy: 'rolling', chart: './chart', image: 'r/web:1' },
      pushEvent('2026-12-04T10:00:00Z'),
    );
    expect(payload).toEqual({
      release: 'web',
      namespace: 'shop',
      chart: './chart',
      image: 'r/web:1',
      strategy: 'rolling',
      kind: 'deploy',
      commit_time: '2026-12-04T10:00:00.000Z',
    });
    const record = recordOfDeployment(deployment(payload), success);
    expect(record).toMatchObject({ kind: 'deploy', commitTime: '2026-12-04T10:00:00.000Z', image: 'r/web:1' });
  });

  it("the root action's canary delivery is read back as a canary, with its stages", async () => {
    const payload = await deploymentPayload(
      { kind: 'canary', release: 'web', namespace: 'shop', strategy: 'canary', stages: ['deploy', 'canary'] },
      pushEvent('2026-12-04T10:00:00Z'),
    );
    expect(payload).toMatchObject({ kind: 'canary', stages: ['deploy', 'canary'], chart: null, image: null });
    const failed: DeploymentStatus[] = [
      { id: 2, state: 'failure', description: 'canary aborted', created_at: '2026-12-04T10:09:00Z' },
    ];
    expect(recordOfDeployment(deployment(payload), failed)).toMatchObject({
      kind: 'canary',
      result: 'aborted',
      commitTime: '2026-12-04T10:00:00.000Z',
    });
  });

  it('a rollback carries the revision asked for and no commit time (its commit is not what it deploys)', async () => {
    const env = pushEvent('2026-12-04T10:00:00Z');
    expect(
      await deploymentPayload(
        { kind: 'rollback', release: 'web', namespace: 'shop', strategy: 'rolling', revision: 3 },
        env,
      ),
    ).toEqual({ release: 'web', namespace: 'shop', kind: 'rollback', revision: 3, strategy: 'rolling' });
    expect(
      await deploymentPayload({ kind: 'rollback', release: 'web', namespace: 'shop', strategy: 'rolling' }, env),
    ).toMatchObject({ revision: null });
  });

  it('a fleet delivery names its service, cluster and run (attempt 1 when unset); the record reads them back', async () => {
    const env = { ...pushEvent('2026-12-04T10:00:00Z'), GITHUB_RUN_ID: '7001', GITHUB_RUN_ATTEMPT: '2' };
    const start = { release: 'web-frontend', namespace: 'shop', strategy: 'rolling', service: 'web', cluster: 'eu-2' };
    const payload = await deploymentPayload({ kind: 'deploy', ...start, stages: ['deploy', 'smoke'] }, env);
    expect(payload).toMatchObject({ service: 'web', cluster: 'eu-2', run_id: '7001', run_attempt: '2' });
    expect(recordOfDeployment(deployment(payload), success)).toMatchObject({
      service: 'web',
      cluster: 'eu-2',
      run: '7001/2',
      commitTime: '2026-12-04T10:00:00.000Z',
    });
    const rollback = await deploymentPayload({ kind: 'rollback', ...start }, { GITHUB_RUN_ID: '7002' });
    expect(rollback).toEqual({
      release: 'web-frontend',
      namespace: 'shop',
      kind: 'rollback',
      revision: null,
      strategy: 'rolling',
      service: 'web',
      cluster: 'eu-2',
      run_id: '7002',
      run_attempt: '1',
    });
  });

  it('a payload from before services and runs were recorded: a record without them (a delivery of its own)', () => {
    const record = recordOfDeployment(deployment({ kind: 'deploy', release: 'web', image: 'r/web:1' }), success);
    expect(record.release).toBe('web');
    expect(['service', 'cluster', 'run'].filter((key) => key in record)).toEqual([]);
  });
});
