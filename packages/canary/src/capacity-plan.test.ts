import { describe, expect, it } from '@jest/globals';
import { capacityAt, type HpaBounds } from './capacity-plan';

const hpa = (minReplicas: number, maxReplicas: number, currentReplicas?: number): HpaBounds => ({
  name: 'web',
  minReplicas,
  maxReplicas,
  currentReplicas,
});

describe('capacityAt: the replicas of each side at a weight', () => {
  it.each([
    // stable, weight, canary, stable kept without and with scale-down-stable
    [4, 0, 1, 4, 4],
    [4, 1, 1, 4, 4],
    [4, 25, 1, 4, 3],
    [4, 50, 2, 4, 2],
    [4, 99, 4, 4, 1],
    [4, 100, 4, 4, 0],
    [10, 1, 1, 10, 10],
    [10, 50, 5, 10, 5],
    [10, 99, 10, 10, 1],
    [3, 33, 1, 3, 3],
    [3, 34, 2, 3, 2],
    [1, 50, 1, 1, 1],
    [1, 100, 1, 1, 0],
    [0, 50, 1, 0, 0],
  ])('stable %i at %i%%: canary %i, stable %i (%i scaling down)', (stable, weight, canary, kept, down) => {
    expect(capacityAt({ stableReplicas: stable, weight })).toEqual({ canary, stable: kept });
    expect(capacityAt({ stableReplicas: stable, weight, scaleDownStable: true })).toEqual({ canary, stable: down });
  });

  it.each([
    // HPA min, max, observed; weight → canary (stable is what the HPA observes, never scaled down)
    [2, 10, 8, 0, 2, 8],
    [2, 10, 8, 1, 2, 8],
    [2, 10, 8, 50, 4, 8],
    [2, 10, 8, 99, 8, 8],
    [2, 10, 8, 100, 8, 8],
    [1, 3, 8, 100, 3, 8],
    [1, 3, 8, 50, 3, 8],
    [5, 6, 4, 25, 5, 4],
  ])('HPA min %i max %i observing %i, at %i%%: canary %i, stable %i', (min, max, current, weight, canary, stable) => {
    const at = { stableReplicas: 4, weight, hpa: hpa(min, max, current) };
    expect(capacityAt(at)).toEqual({ canary, stable });
    expect(capacityAt({ ...at, scaleDownStable: true })).toEqual({ canary, stable });
  });

  it('an HPA that has not observed yet: the Deployment’s replicas count', () => {
    expect(capacityAt({ stableReplicas: 6, weight: 50, hpa: hpa(1, 10) })).toEqual({ canary: 3, stable: 6 });
  });
});
