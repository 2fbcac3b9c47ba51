import { describe, expect, it } from '@jest/globals';
import { formatStatus, workloadsInManifest, workloadStatus, type WorkloadKind } from './workload-status';

const meta = { name: 'web', namespace: 'prod', generation: 4 };
const progressing = (reason: string, message: string) => ({ type: 'Progressing', status: 'False', reason, message });

/**
 * Status objects as the controllers wrote them (read back from the sandbox's kube-controller-manager),
 * and what `kubectl rollout status` says of each.
 */
const cases: Array<{
  what: string;
  kind: WorkloadKind;
  spec: Record<string, unknown>;
  status: Record<string, unknown>;
  done: boolean;
  waiting?: string;
  failure?: string;
}> = [
  {
    what: 'a Deployment with every replica updated and available at the latest generation',
    kind: 'Deployment',
    spec: { replicas: 3 },
    status: { observedGeneration: 4, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 },
    done: true,
  },
  {
    what: '1 replica, maxUnavailable 1, its only new pod crashing (helm --wait accepts it)',
    kind: 'Deployment',
    spec: { replicas: 1 },
    status: { observedGeneration: 4, replicas: 1, updatedReplicas: 1, unavailableReplicas: 1 },
    done: false,
    waiting: '0 of 1 updated replicas are available',
  },
  {
    what: 'maxSurge 0: an old replica still there',
    kind: 'Deployment',
    spec: { replicas: 3 },
    status: { observedGeneration: 4, replicas: 4, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 },
    done: false,
    waiting: '1 old replicas are pending termination',
  },
  {
    what: 'a spec the controller has not seen yet',
    kind: 'Deployment',
    spec: { replicas: 3 },
    status: { observedGeneration: 3, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 },
    done: false,
    waiting: 'waiting for the controller to observe the new spec',
  },
  {
    what: 'ready but not yet available (minReadySeconds counts)',
    kind: 'Deployment',
    spec: { replicas: 2 },
    status: { observedGeneration: 4, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 0 },
    done: false,
    waiting: '0 of 2 updated replicas are available',
  },
  {
    what: 'ProgressDeadlineExceeded',
    kind: 'Deployment',
    spec: { replicas: 3 },
    status: {
      observedGeneration: 4,
      replicas: 3,
      updatedReplicas: 1,
      conditions: [progressing('ProgressDeadlineExceeded', 'ReplicaSet "web-1" has timed out progressing.')],
    },
    done: false,
    failure: 'ReplicaSet "web-1" has timed out progressing.',
  },
  {
    what: 'a StatefulSet rolled out',
    kind: 'StatefulSet',
    spec: { replicas: 2 },
    status: {
      observedGeneration: 4,
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 2,
      currentRevision: 'db-2',
      updateRevision: 'db-2',
    },
    done: true,
  },
  {
    what: 'a StatefulSet with a pod still on the old revision',
    kind: 'StatefulSet',
    spec: { replicas: 3 },
    status: {
      observedGeneration: 4,
      replicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      updatedReplicas: 2,
      currentRevision: 'db-1',
      updateRevision: 'db-2',
    },
    done: false,
    waiting: '2 of 3 pods are at revision db-2',
  },
  {
    what: 'a StatefulSet partitioned at 2: the pods above the partition are updated',
    kind: 'StatefulSet',
    spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
    status: {
      observedGeneration: 4,
      replicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      updatedReplicas: 1,
      currentRevision: 'db-1',
      updateRevision: 'db-2',
    },
    done: true,
  },
  {
    what: 'a StatefulSet partitioned at 1 whose updated pod is not ready',
    kind: 'StatefulSet',
    spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } },
    status: {
      observedGeneration: 4,
      replicas: 3,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 1,
      currentRevision: 'db-1',
      updateRevision: 'db-2',
    },
    done: false,
    waiting: '2 of 3 pods are ready',
  },
  {
    what: 'an OnDelete StatefulSet: old pods serve until deleted, all ready',
    kind: 'StatefulSet',
    spec: { replicas: 2, updateStrategy: { type: 'OnDelete' } },
    status: {
      observedGeneration: 4,
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 0,
      currentRevision: 'db-1',
      updateRevision: 'db-2',
    },
    done: true,
  },
  {
    what: 'a DaemonSet with a node not yet updated',
    kind: 'DaemonSet',
    spec: {},
    status: {
      observedGeneration: 4,
      desiredNumberScheduled: 2,
      currentNumberScheduled: 2,
      updatedNumberScheduled: 1,
      numberReady: 2,
      numberAvailable: 2,
    },
    done: false,
    waiting: '1 of 2 updated pods are scheduled',
  },
  {
    what: 'a DaemonSet updated everywhere but not available on one node',
    kind: 'DaemonSet',
    spec: {},
    status: {
      observedGeneration: 4,
      desiredNumberScheduled: 2,
      updatedNumberScheduled: 2,
      numberReady: 1,
      numberAvailable: 1,
      numberUnavailable: 1,
    },
    done: false,
    waiting: '1 of 2 updated pods are available',
  },
  {
    what: 'a DaemonSet on every node',
    kind: 'DaemonSet',
    spec: {},
    status: {
      observedGeneration: 4,
      desiredNumberScheduled: 2,
      updatedNumberScheduled: 2,
      numberReady: 2,
      numberAvailable: 2,
    },
    done: true,
  },
  {
    what: 'a Job that completed',
    kind: 'Job',
    spec: { completions: 1 },
    status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] },
    done: true,
  },
  {
    what: 'a hook Job that failed',
    kind: 'Job',
    spec: { completions: 1 },
    status: {
      failed: 2,
      conditions: [
        {
          type: 'Failed',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        },
      ],
    },
    done: false,
    failure: 'Job failed: BackoffLimitExceeded: Job has reached the specified backoff limit',
  },
];

describe('workloadStatus, the one judge', () => {
  it.each(cases)('$kind: $what', ({ kind, spec, status, done, waiting, failure }) => {
    const s = workloadStatus(kind, { metadata: meta, spec, status });
    expect(s.done).toBe(done);
    expect(s.failure).toBe(failure);
    if (waiting) expect(s.waiting).toBe(waiting);
    if (done) expect(s.waiting).toBeUndefined();
  });

  it('names a ReplicaSet that cannot create pods', () => {
    const s = workloadStatus('Deployment', {
      metadata: meta,
      spec: { replicas: 2 },
      status: {
        observedGeneration: 4,
        replicas: 1,
        updatedReplicas: 0,
        conditions: [
          {
            type: 'ReplicaFailure',
            status: 'True',
            reason: 'FailedCreate',
            message:
              'pods "web-2" is forbidden: exceeded quota: small, requested: cpu=500m, used: cpu=1, limited: cpu=1',
          },
        ],
      },
    });
    expect(s.replicaFailure).toBe(
      'FailedCreate: pods "web-2" is forbidden: exceeded quota: small, requested: cpu=500m, used: cpu=1, limited: cpu=1',
    );
  });

  it('prints the counts kubectl prints', () => {
    const status = { observedGeneration: 4, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 };
    const s = workloadStatus('Deployment', { metadata: meta, spec: { replicas: 3 }, status });
    expect(formatStatus(s)).toBe('Deployment/web: 3/3 updated, 3/3 ready, 3/3 available ✓');
    const job = workloadStatus('Job', { metadata: { ...meta, name: 'migrate' }, status: { succeeded: 0 } });
    expect(formatStatus(job)).toBe('Job/migrate: 0/1 completed');
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
