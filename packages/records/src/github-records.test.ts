import { describe, expect, it } from '@jest/globals';
import type { Deployment, DeploymentStatus } from '@slipway/github';
import { recordOfDeployment } from './github-records';

const deployment = (payload: unknown): Deployment => ({
  id: 1,
  ref: 'main',
  sha: 'a'.repeat(40),
  environment: 'production',
  payload,
  description: null,
  created_at: '2026-11-02T10:00:00Z',
});
const status = (state: DeploymentStatus['state'], description: string, created_at: string): DeploymentStatus => ({
  id: 2,
  state,
  description,
  created_at,
});

describe('recordOfDeployment', () => {
  it('ends at the newest final status, past the inactive that only marks it superseded', () => {
    const r = recordOfDeployment(
      deployment({ release: 'web', image: `r/web@sha256:${'1'.repeat(64)}`, commit_time: '2026-11-02T09:00:00Z' }),
      [
        status('inactive', '', '2026-11-03T00:00:00Z'),
        status('success', 'Deployed web revision 7', '2026-11-02T10:02:00Z'),
        status('in_progress', 'web', '2026-11-02T10:00:00Z'),
      ],
    );
    expect(r).toMatchObject({
      kind: 'deploy',
      result: 'success',
      revision: 7,
      imageDigest: `sha256:${'1'.repeat(64)}`,
      commitTime: '2026-11-02T09:00:00Z',
      finishedAt: '2026-11-02T10:02:00Z',
    });
  });
  it("rolled-back from helm-deploy's words, aborted for a canary, failure for error; none without a final status", () => {
    const rolled = recordOfDeployment(deployment({}), [
      status('failure', 'Rolled back web from 5 to revision 4: crash', '2026-11-02T10:05:00Z'),
    ]);
    expect(rolled).toMatchObject({ result: 'rolled-back', revision: null, restored: { revision: 4, image: null } });
    expect(
      recordOfDeployment(deployment('{"kind":"canary"}'), [status('failure', 'x', '2026-11-02T11:00:00Z')]).result,
    ).toBe('aborted');
    expect(recordOfDeployment(deployment(null), [status('error', 'boom', '2026-11-02T11:00:00Z')]).result).toBe(
      'failure',
    );
    const open = recordOfDeployment(deployment({}), [status('in_progress', '', '2026-11-02T10:00:00Z')]);
    expect(open).toMatchObject({ result: null, finishedAt: null });
  });
});
