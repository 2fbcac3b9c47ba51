import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import { json, selfSignedCert, TestServer } from '../../support/test-server';
import { KubeClient } from '../../../packages/kube/src/kube-client';
import { parseKubeconfig } from '../../../packages/kube/src/kubeconfig';
import { podProblem } from '../../../packages/kube/src/pod-problem';
import { RolloutWatcher } from '../../../packages/kube/src/rollout-watcher';

const tls = selfSignedCert();
const server = new TestServer();
let ready = 0;
const deployment = () => ({
  metadata: { name: 'web', generation: 2, annotations: { 'meta.helm.sh/release-name': 'web' } },
  spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } },
  status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, readyReplicas: ready, availableReplicas: ready },
});
const stranger = { metadata: { name: 'other', annotations: { 'meta.helm.sh/release-name': 'other' } } };
beforeAll(async () => {
  await server
    .route('/apis/apps/v1/namespaces/prod/deployments', (_q, res) =>
      json(res, 200, { items: [deployment(), stranger] }),
    )
    // An API server whose etcd is gone: it takes the request and says nothing.
    .route('/apis/apps/v1/namespaces/stalled/deployments', () => undefined)
    .route('/apis/apps/v1/namespaces/stalled/statefulsets', () => undefined)
    .route('/apis/apps/v1/namespaces/stalled/daemonsets', () => undefined)
    .route('/apis/apps/v1/namespaces/prod/deployments/web', (_q, res) => json(res, 200, deployment()))
    .route('/apis/apps/v1/namespaces/prod/statefulsets', (_q, res) => json(res, 200, { items: [] }))
    .route('/apis/apps/v1/namespaces/prod/daemonsets', (_q, res) => json(res, 200, { items: [] }))
    .route('/api/v1/namespaces/prod/pods', (_q, res) =>
      json(res, 200, {
        items: [
          {
            metadata: { name: 'web-7d9-abcde' },
            status: {
              phase: 'Pending',
              conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
              containerStatuses: [
                {
                  name: 'app',
                  ready: false,
                  state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x:broken"' } },
                },
              ],
            },
          },
          { metadata: { name: 'web-7d9-ready' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } },
        ],
      }),
    )
    .route('/api/v1/namespaces/prod/events', (_q, res) =>
      json(res, 200, {
        items: [
          {
            involvedObject: { kind: 'Pod', name: 'web-7d9-abcde' },
            type: 'Warning',
            reason: 'Failed',
            message: 'Error: ErrImagePull',
            count: 4,
            lastTimestamp: '2026-11-22T03:40:00Z',
          },
          {
            involvedObject: { kind: 'Pod', name: 'database-0' },
            type: 'Warning',
            reason: 'Unrelated',
            message: 'not ours',
            lastTimestamp: '2026-11-22T03:41:00Z',
          },
        ],
      }),
    )
    .start(tls);
});
afterAll(() => server.stop());

const serverAccess = () =>
  parseKubeconfig(
    `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
  );

async function watcher(logger = memoryLogger()) {
  const access = await serverAccess();
  let ticks = 0;
  const w = new RolloutWatcher({
    client: new KubeClient(access),
    namespace: 'prod',
    release: 'web',
    logger,
    intervalMs: 5000,
    sleep: async () => {
      ticks++;
      ready = Math.min(3, ready + 1);
    },
  });
  return { w, logger, ticks: () => ticks };
}

describe('RolloutWatcher', () => {
  it('logs updated / ready / available of the release workloads every interval until the operation settles', async () => {
    ready = 0;
    const { w, logger, ticks } = await watcher();
    let finish!: () => void;
    const operation = new Promise<string>((resolve) => (finish = () => resolve('done')));
    const watching = w.watchWhile(operation);
    while (ticks() < 3) await new Promise((r) => setTimeout(r, 5));
    finish();
    expect(await watching).toBe('done');
    const progress = logger.lines.filter((l) => l.startsWith('Deployment/'));
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toBe('Deployment/web: 3/3 updated, 0/3 ready, 0/3 available');
    expect(progress.at(-1)).toBe('Deployment/web: 3/3 updated, 3/3 ready, 3/3 available ✓');
    expect(logger.lines.join('\n')).not.toContain('Deployment/other');
  });

  it('leaves no pending timer once the operation settles (the process may exit as soon as helm does)', async () => {
    ready = 3;
    const access = await parseKubeconfig(
      `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
    );
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    // The real sleep, with an interval far longer than the test may run.
    const w = new RolloutWatcher({
      client: new KubeClient(access),
      namespace: 'prod',
      release: 'web',
      logger: memoryLogger(),
      intervalMs: 3_600_000,
    });
    let finish!: () => void;
    const watching = w.watchWhile(new Promise<void>((resolve) => (finish = resolve)));
    while (!w.last.length) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(timers()).toBe(before + 1);
    finish();
    await watching;
    expect(timers()).toBe(before);
  });

  it('explains a failed rollout with the failing pods and the workload events', async () => {
    ready = 1;
    const { w } = await watcher();
    await w.tick();
    const lines = await w.explain();
    expect(lines).toEqual([
      'pod web-7d9-abcde: container app waiting: ImagePullBackOff: Back-off pulling image "x:broken"',
      'event Warning Failed on Pod/web-7d9-abcde: Error: ErrImagePull (×4)',
    ]);
  });

  it('logs, and does not throw, when the API server goes away mid-watch', async () => {
    const logger = memoryLogger();
    const access = await parseKubeconfig(
      `clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]\nusers: [{name: u, user: {}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
    );
    const w = new RolloutWatcher({ client: new KubeClient(access), namespace: 'prod', release: 'web', logger });
    expect(w.outage()).toBeUndefined();
    await w.tick();
    await w.tick();
    expect(w.failedReads).toBe(2);
    expect(logger.lines[0]).toMatch(/^warning: Cannot read the rollout \(1\): Cannot reach the Kubernetes API/);
    expect(w.outage()).toMatch(
      /^the Kubernetes API was unreachable during the watch \(2 reads failed; last: Cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:1: ECONNREFUSED\)$/,
    );
  });
});

describe('RolloutWatcher and an API server that stops answering', () => {
  it('fails a read left unanswered, and says the API stalled rather than waiting on it', async () => {
    const logger = memoryLogger();
    const w = new RolloutWatcher({
      client: new KubeClient(await serverAccess()),
      namespace: 'stalled',
      release: 'web',
      logger,
      readTimeoutMs: 300,
      stallMs: 100,
    });
    await w.tick();
    expect(w.failedReads).toBe(1);
    expect(logger.lines[0]).toMatch(
      /^warning: Cannot read the rollout \(1\): The Kubernetes API at https:\/\/127\.0\.0\.1:\d+ did not answer GET \/apis\/apps\/v1\/namespaces\/stalled\/\w+ within 0\.3 s$/,
    );
    expect(w.outage()).toMatch(
      /^the Kubernetes API was unreachable during the watch \(1 read failed; last: .* did not answer .* within 0\.3 s\); the Kubernetes API stalled during the watch \(1 read waited over 0\.1 s, the longest 0\.\d s\): the API server or its etcd was not answering$/,
    );
  });

  it('says so when reads answered, but only after a stall', async () => {
    ready = 3;
    const logger = memoryLogger();
    let clock = 0;
    const w = new RolloutWatcher({
      client: new KubeClient(await serverAccess()),
      namespace: 'prod',
      release: 'web',
      logger,
      // Each read of the clock is 4 s later: a tick (two reads) takes 4 s, over a 3 s stall.
      now: () => (clock += 4000),
      stallMs: 3000,
    });
    await w.tick();
    expect(w.failedReads).toBe(0);
    expect(logger.lines).toContain('warning: The Kubernetes API took 4.0 s to answer a rollout read');
    expect(w.outage()).toBe(
      'the Kubernetes API stalled during the watch (1 read waited over 3.0 s, the longest 4.0 s): the API server or its etcd was not answering',
    );
  });
});

describe('podProblem', () => {
  it('says why a pod is not ready, and nothing for a ready one', () => {
    expect(podProblem({ status: { conditions: [{ type: 'Ready', status: 'True' }] } })).toBeUndefined();
    expect(
      podProblem({
        status: { conditions: [{ type: 'PodScheduled', status: 'False', message: '0/3 nodes are available' }] },
      }),
    ).toBe('not scheduled: 0/3 nodes are available');
    expect(podProblem({ status: { containerStatuses: [{ name: 'app', ready: false, state: { running: {} } }] } })).toBe(
      'container app running but not ready (readiness probe failing)',
    );
  });
});
