import { describe, expect, it } from '@jest/globals';
import { capacityProblems, podDemand, surgePods, type LimitRange, type ResourceQuota } from './capacity';

const deployment = (replicas: number, resources: Record<string, unknown>, strategy?: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas,
      ...(strategy ? { strategy } : {}),
      template: { spec: { containers: [{ name: 'app', resources }] } },
    },
  });
const quota = (hard: Record<string, string>, used: Record<string, string>): ResourceQuota => ({
  metadata: { name: 'tight' },
  status: { hard, used },
});
const small = { requests: { cpu: '500m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } };

describe('surgePods', () => {
  it.each([
    [{}, 4, 1],
    [{ rollingUpdate: { maxSurge: 0 } }, 3, 0],
    [{ rollingUpdate: { maxSurge: '50%' } }, 3, 2],
    [{ type: 'Recreate' }, 3, 0],
  ])('%j of %i replicas → %i', (strategy, replicas, surge) =>
    expect(surgePods({ spec: { strategy } }, replicas)).toBe(surge),
  );
});

describe('capacity', () => {
  it('refuses a rolling upgrade whose surge pod the quota cannot fit, naming the quota and the shortfall', async () => {
    const demands = await podDemand(deployment(2, small), new Map([['Deployment/web', 2]]), []);
    expect(demands[0]).toMatchObject({ extraPods: 1, why: '1 surge pod' });
    expect(capacityProblems(demands, [quota({ 'requests.cpu': '1' }, { 'requests.cpu': '1' })], [])).toEqual([
      'ResourceQuota tight: requests.cpu needs 500m for Deployment/web: 1 surge pod, but only 0m of 1 is left (short by 500m)',
    ]);
  });
  it('admits the same upgrade with maxSurge 0, and a first install that fits', async () => {
    const noSurge = await podDemand(
      deployment(2, small, { rollingUpdate: { maxSurge: 0 } }),
      new Map([['Deployment/web', 2]]),
      [],
    );
    expect(capacityProblems(noSurge, [quota({ 'requests.cpu': '1' }, { 'requests.cpu': '1' })], [])).toEqual([]);
    const first = await podDemand(deployment(2, small), new Map(), []);
    expect(capacityProblems(first, [quota({ pods: '4', 'limits.memory': '1Gi' }, { pods: '2' })], [])).toEqual([]);
  });
  it('counts a second colour whole, and pods against the pod count', async () => {
    const colour = await podDemand(deployment(3, small), new Map(), []);
    expect(capacityProblems(colour, [quota({ pods: '4' }, { pods: '3' })], [])).toEqual([
      'ResourceQuota tight: pods needs 3 for Deployment/web: 3 new pods, but only 1 of 4 is left (short by 2)',
    ]);
  });
  it('applies LimitRange defaults, and names a container over its maximum', async () => {
    const range: LimitRange = {
      metadata: { name: 'bounds' },
      spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '250m' }, max: { memory: '200Mi' } }] },
    };
    const demands = await podDemand(deployment(1, { limits: { memory: '256Mi' } }), new Map(), [range]);
    expect(demands[0]?.perPod).toMatchObject({ 'requests.cpu': 0.25, 'limits.memory': 256 * 2 ** 20 });
    expect(capacityProblems(demands, [], [range])).toEqual([
      'LimitRange bounds: Deployment/web container app limits.memory 256Mi is over the maximum 200Mi',
    ]);
  });
  it('says so when a quota needs requests the pods do not set', async () => {
    const demands = await podDemand(deployment(1, {}), new Map(), []);
    expect(capacityProblems(demands, [quota({ 'requests.memory': '1Gi' }, {})], [])).toEqual([
      "ResourceQuota tight limits requests.memory, and Deployment/web's pods set no requests.memory: the API server would refuse them",
    ]);
  });
});
