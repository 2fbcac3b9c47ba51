import { describe, expect, it } from '@jest/globals';
import { formatStatus, workloadsInManifest, workloadStatus } from './workload-status';

const meta = { name: 'web', namespace: 'prod', generation: 4 };

describe('workloadStatus', () => {
  it('a Deployment is done when every replica is updated and available at the latest generation', () => {
    const status = { observedGeneration: 4, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 };
    const s = workloadStatus('Deployment', { metadata: meta, spec: { replicas: 3 }, status });
    expect(s).toMatchObject({ desired: 3, updated: 3, ready: 3, available: 3, done: true, failure: undefined });
    expect(formatStatus(s)).toBe('Deployment/web: 3/3 updated, 3/3 ready, 3/3 available ✓');
  });
  it('a Deployment still carrying old replicas, or not yet observed, is not done', () => {
    const surge = { observedGeneration: 4, replicas: 4, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 };
    expect(workloadStatus('Deployment', { metadata: meta, spec: { replicas: 3 }, status: surge }).done).toBe(false);
    const stale = { observedGeneration: 3, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 };
    expect(workloadStatus('Deployment', { metadata: meta, spec: { replicas: 3 }, status: stale }).done).toBe(false);
  });
  it('reports ProgressDeadlineExceeded as a failure', () => {
    const status = {
      observedGeneration: 4,
      updatedReplicas: 1,
      conditions: [
        {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: 'ReplicaSet "web-1" has timed out progressing.',
        },
      ],
    };
    const s = workloadStatus('Deployment', { metadata: meta, spec: { replicas: 3 }, status });
    expect(s.failure).toBe('ReplicaSet "web-1" has timed out progressing.');
    expect(s.done).toBe(false);
  });
  it('StatefulSets and DaemonSets', () => {
    const sts = workloadStatus('StatefulSet', {
      metadata: meta,
      spec: { replicas: 2 },
      status: {
        observedGeneration: 4,
        readyReplicas: 2,
        updatedReplicas: 2,
        currentRevision: 'a',
        updateRevision: 'a',
      },
    });
    expect(sts.done).toBe(true);
    const ds = workloadStatus('DaemonSet', {
      metadata: meta,
      status: {
        observedGeneration: 4,
        desiredNumberScheduled: 5,
        updatedNumberScheduled: 5,
        numberReady: 4,
        numberAvailable: 4,
      },
    });
    expect(ds).toMatchObject({ desired: 5, ready: 4, done: false });
  });
});

describe('workloadsInManifest', () => {
  it('finds the workloads of a rendered chart', async () => {
    const manifest = [
      '---\n# Source: x/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web',
      '---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web',
      '---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  namespace: data',
    ].join('\n');
    expect(await workloadsInManifest(manifest, 'prod')).toEqual([
      { kind: 'Deployment', name: 'web', namespace: 'prod' },
      { kind: 'StatefulSet', name: 'db', namespace: 'data' },
    ]);
  });
});
