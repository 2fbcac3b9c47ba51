import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { json, selfSignedCert, TestServer } from '../../support/test-server';
import { KubeClient } from '../../../packages/kube/src/kube-client';
import { parseKubeconfig } from '../../../packages/kube/src/kubeconfig';
import { RolloutWatcher } from '../../../packages/kube/src/rollout-watcher';

/**
 * The judge over a real HTTPS API: a Deployment of 1 replica whose new ReplicaSet (revision 2)
 * has one pod, crashing or ready as the test says; a fake clock (each pause is 5 s).
 */
const tls = selfSignedCert();
const server = new TestServer();
let pod: 'crashing' | 'ready' | 'pulling' = 'crashing';
let available = 0;
let quota = false;
const release = { 'meta.helm.sh/release-name': 'web' };
const empty = (_q: unknown, res: Parameters<typeof json>[0]) => json(res, 200, { items: [] });
beforeAll(async () => {
  await server
    .route('/apis/apps/v1/namespaces/prod/deployments', (_q, res) =>
      json(res, 200, {
        items: [
          {
            metadata: {
              name: 'web',
              generation: 2,
              annotations: { ...release, 'deployment.kubernetes.io/revision': '2' },
            },
            spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } },
            status: {
              observedGeneration: 2,
              replicas: 1,
              updatedReplicas: quota ? 0 : 1,
              readyReplicas: available,
              availableReplicas: available,
            },
          },
        ],
      }),
    )
    .route('/apis/apps/v1/namespaces/prod/statefulsets', empty)
    .route('/apis/apps/v1/namespaces/prod/daemonsets', empty)
    .route('/apis/batch/v1/namespaces/prod/jobs', empty)
    .route('/apis/apps/v1/namespaces/prod/replicasets', (_q, res) =>
      json(res, 200, {
        items: [
          {
            metadata: {
              annotations: { 'deployment.kubernetes.io/revision': '1' },
              labels: { 'pod-template-hash': 'old' },
            },
          },
          {
            metadata: {
              annotations: { 'deployment.kubernetes.io/revision': '2' },
              labels: { 'pod-template-hash': 'new' },
            },
            status: quota
              ? {
                  conditions: [
                    {
                      type: 'ReplicaFailure',
                      status: 'True',
                      reason: 'FailedCreate',
                      message:
                        'pods "web-new-x" is forbidden: exceeded quota: tight, requested: cpu=1, used: cpu=1, limited: cpu=1',
                    },
                  ],
                }
              : {},
          },
        ],
      }),
    )
    .route('/api/v1/namespaces/prod/pods', (q, res) => {
      // Only the new ReplicaSet's pods are asked for.
      if (!decodeURIComponent(q.url ?? '').includes('pod-template-hash=new') || quota)
        return json(res, 200, { items: [] });
      const waiting =
        pod === 'crashing'
          ? { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=app' }
          : { reason: 'ErrImagePull', message: 'rpc error: not found' };
      json(res, 200, {
        items: [
          {
            metadata: { name: 'web-new-abcde' },
            status:
              pod === 'ready'
                ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }
                : {
                    phase: 'Running',
                    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
                    containerStatuses: [{ name: 'app', ready: false, restartCount: 3, state: { waiting } }],
                  },
          },
        ],
      });
    })
    .start(tls);
});
afterAll(() => server.stop());

async function judge(options: {
  failFastMs?: number;
  timeoutMs: number;
  onPause?: (at: number) => void;
  whileOperation?: number;
}) {
  const access = await parseKubeconfig(
    `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
  );
  let clock = 1_000_000;
  const logger = memoryLogger();
  const watcher = new RolloutWatcher({
    client: new KubeClient(access),
    namespace: 'prod',
    release: 'web',
    logger,
    intervalMs: 5000,
    failFastMs: options.failFastMs,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
      options.onPause?.(clock - 1_000_000);
    },
  });
  let stopped: string | undefined;
  if (options.whileOperation) {
    const operation = new Promise<void>((resolve) => {
      const check = () => (clock - 1_000_000 >= (options.whileOperation ?? 0) ? resolve() : setTimeout(check, 1));
      check();
    });
    await watcher.watchWhile(operation, (v) => (stopped = v.reason));
  }
  const verdict = await watcher.judge({ timeoutMs: options.timeoutMs });
  return { verdict, elapsed: clock - 1_000_000, logger, watcher, stopped };
}

describe('RolloutWatcher.judge', () => {
  it('fails fast, naming the reason, when every new pod crash-loops for the grace period', async () => {
    pod = 'crashing';
    available = 0;
    quota = false;
    const { verdict, elapsed, logger } = await judge({ failFastMs: 10_000, timeoutMs: 300_000 });
    expect(verdict).toEqual({
      state: 'failed',
      reason:
        'Deployment/web: 0 of 1 updated replicas are available; pod web-new-abcde: container app waiting: CrashLoopBackOff: back-off 10s restarting failed container=app (restarts: 3) (every new pod failing for 10.0 s)',
      fastMs: 10_000,
    });
    expect(elapsed).toBe(10_000);
    // Named once while watching, not at every read.
    expect(logger.lines.filter((l) => l.includes('CrashLoopBackOff'))).toHaveLength(1);
  });

  it('names image pull failures, and a ReplicaSet that cannot create pods (quota)', async () => {
    pod = 'pulling';
    available = 0;
    quota = false;
    expect((await judge({ failFastMs: 5000, timeoutMs: 60_000 })).verdict).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('pod web-new-abcde: container app waiting: ErrImagePull: rpc error: not found'),
    });
    quota = true;
    const { verdict } = await judge({ failFastMs: 5000, timeoutMs: 60_000 });
    expect(verdict).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining(
        'cannot create pods: FailedCreate: pods "web-new-x" is forbidden: exceeded quota: tight',
      ),
    });
    quota = false;
  });

  it('waits for a pod that recovers within the grace period, and calls it healthy once available', async () => {
    pod = 'crashing';
    available = 0;
    const { verdict, elapsed } = await judge({
      failFastMs: 30_000,
      timeoutMs: 300_000,
      onPause: (at) => {
        if (at >= 15_000) {
          pod = 'ready';
          available = 1;
        }
      },
    });
    expect(verdict).toEqual({ state: 'healthy' });
    expect(elapsed).toBe(15_000);
  });

  it('fails at the timeout, with what it waited for, when pods are neither healthy nor terminal', async () => {
    pod = 'ready';
    available = 0;
    const { verdict, elapsed } = await judge({ failFastMs: 5000, timeoutMs: 20_000 });
    expect(verdict).toEqual({
      state: 'failed',
      reason: 'not healthy within 20.0 s: Deployment/web: 0 of 1 updated replicas are available',
    });
    expect(elapsed).toBe(20_000);
  });

  it('while helm applies, does not stop it for pods of a spec it has not replaced yet', async () => {
    pod = 'crashing';
    available = 0;
    quota = false;
    const { stopped, verdict } = await judge({ failFastMs: 0, timeoutMs: 60_000, whileOperation: 20_000 });
    // The Deployment's generation never changed during the operation: the crash loop is not its.
    expect(stopped).toBeUndefined();
    // Once the operation is done, the release's state is judged as it is.
    expect(verdict.state).toBe('failed');
  });
});
