import { describe, expect, it } from '@jest/globals';
import { describeReleaseFailure } from './helm-releases';

describe("a failed canary or promotion deploy's line", () => {
  const pod = 'pod web-canary-1: container app waiting: CrashLoopBackOff';

  it("names the watch's details once, when the reason does not already carry them", () => {
    expect(
      describeReleaseFailure('The canary release web-canary', {
        reason: `helm upgrade failed: context deadline exceeded (${pod})`,
        details: [pod, 'event Normal SuccessfulCreate on ReplicaSet/web-canary-1'],
        rollback: 'uninstalled the failed first install',
      }),
    ).toBe(
      `The canary release web-canary failed: helm upgrade failed: context deadline exceeded (${pod}) (event Normal SuccessfulCreate on ReplicaSet/web-canary-1); uninstalled the failed first install`,
    );
  });

  it('says what became of the release after a failed promotion', () => {
    expect(
      describeReleaseFailure('The upgrade of web to r/hello:2', {
        reason: 'UPGRADE FAILED: pre-upgrade hooks failed',
        details: [],
        rollback: 'rolled back to revision 1 (now revision 3), healthy',
      }),
    ).toBe(
      'The upgrade of web to r/hello:2 failed: UPGRADE FAILED: pre-upgrade hooks failed; rolled back to revision 1 (now revision 3), healthy',
    );
  });

  it('keeps at most three details, and no rollback clause when there is none', () => {
    expect(
      describeReleaseFailure('X', {
        reason: 'not healthy',
        details: ['pod 1', 'pod 2', 'pod 3', 'pod 4'],
        rollback: undefined,
      }),
    ).toBe('X failed: not healthy (pod 1; pod 2; pod 3)');
  });
});
