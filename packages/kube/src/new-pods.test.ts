import { describe, expect, it } from '@jest/globals';
import { allNewPodsFailing, createFailureMends } from './new-pods';

const quota =
  'FailedCreate: pods "web-5f-" is forbidden: exceeded quota: tight, requested: requests.cpu=100m, used: requests.cpu=200m, limited: requests.cpu=200m';
const noDefaultAccount =
  'FailedCreate: pods "web-545c6467f5-" is forbidden: error looking up service account ns-1/default: serviceaccount "default" not found';
const noChartAccount =
  'FailedCreate: pods "web-5f-" is forbidden: error looking up service account ns-1/web: serviceaccount "web" not found';

describe('whether every new pod is failing for good', () => {
  it('a ReplicaSet that cannot create pods (quota, admission, a missing chart ServiceAccount) is failing', () => {
    expect(allNewPodsFailing({ count: 0, problems: [], createFailure: quota })).toBe(true);
    expect(allNewPodsFailing({ count: 0, problems: [], createFailure: noChartAccount })).toBe(true);
  });

  it("a fresh namespace's default ServiceAccount not made yet mends by itself: not failing", () => {
    expect(createFailureMends(noDefaultAccount)).toBe(true);
    expect(createFailureMends(noChartAccount)).toBe(false);
    expect(createFailureMends(quota)).toBe(false);
    expect(allNewPodsFailing({ count: 0, problems: [], createFailure: noDefaultAccount })).toBe(false);
  });

  it('pods all terminal fail; one still starting does not', () => {
    const crash = { pod: 'a', why: 'CrashLoopBackOff', terminal: true };
    expect(allNewPodsFailing({ count: 2, problems: [crash, { ...crash, pod: 'b' }] })).toBe(true);
    expect(allNewPodsFailing({ count: 2, problems: [crash] })).toBe(false);
    expect(allNewPodsFailing({ count: 1, problems: [{ ...crash, terminal: false }] })).toBe(false);
  });
});
