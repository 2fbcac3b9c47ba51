import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@slipway/kit';
import { KubeClient, parseKubeconfig } from '@slipway/kube';
import { json, selfSignedCert, TestServer } from '../../../support/test-server';
import { HelmCli } from '../../../../packages/helm/src/helm-cli';
import { runRelease } from '../../../../packages/helm/src/deploy/deploy-release';
import type { DeployRequest } from '../../../../packages/helm/src/deploy/deploy-types';
import { sampleRequest } from '../../../../packages/helm/src/deploy/sample-request';

/**
 * helm says deployed (its --wait counts 1 replica with maxUnavailable 1 ready at 0 available),
 * the Deployment's only new pod crash-loops: the judge fails the deploy and it is rolled back;
 * once helm's rollback has run (a marker file), the API shows the old pod healthy again.
 */
const tls = selfSignedCert();
const server = new TestServer();
const dir = mkdtempSync(join(tmpdir(), 'slipway-judged-'));
const rolledBack = join(dir, 'rolled-back');
const empty = (_q: unknown, res: Parameters<typeof json>[0]) => json(res, 200, { items: [] });
beforeAll(async () => {
  await server
    .route('/version', (_q, res) => json(res, 200, { gitVersion: 'v1.36.3' }))
    .route('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', (_q, res) =>
      json(res, 201, { status: { allowed: true } }),
    )
    .route('/api/v1/namespaces/prod', (_q, res) => json(res, 200, { metadata: { name: 'prod' } }))
    .route('/apis/apps/v1/namespaces/prod/deployments', (_q, res) => {
      const healthy = existsSync(rolledBack);
      json(res, 200, {
        items: [
          {
            metadata: {
              name: 'web',
              generation: 2,
              annotations: { 'meta.helm.sh/release-name': 'web', 'deployment.kubernetes.io/revision': '2' },
            },
            spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } },
            status: {
              observedGeneration: 2,
              replicas: 1,
              updatedReplicas: 1,
              readyReplicas: healthy ? 1 : 0,
              availableReplicas: healthy ? 1 : 0,
            },
          },
        ],
      });
    })
    .route('/apis/apps/v1/namespaces/prod/deployments/web', (_q, res) =>
      json(res, 200, { spec: { selector: { matchLabels: { app: 'web' } } } }),
    )
    .route('/apis/apps/v1/namespaces/prod/statefulsets', empty)
    .route('/apis/apps/v1/namespaces/prod/daemonsets', empty)
    .route('/api/v1/namespaces/prod/events', empty)
    .route('/apis/apps/v1/namespaces/prod/replicasets', (_q, res) =>
      json(res, 200, {
        items: [
          {
            metadata: {
              annotations: { 'deployment.kubernetes.io/revision': '2' },
              labels: { 'pod-template-hash': 'new' },
            },
          },
        ],
      }),
    )
    .route('/api/v1/namespaces/prod/pods', (_q, res) =>
      json(res, 200, {
        items: existsSync(rolledBack)
          ? []
          : [
              {
                metadata: { name: 'web-new-1' },
                status: {
                  phase: 'Running',
                  conditions: [{ type: 'Ready', status: 'False' }],
                  containerStatuses: [
                    { name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } },
                  ],
                },
              },
            ],
      }),
    )
    .start(tls);
});
afterAll(() => server.stop());

function fakeHelm(): string {
  const script = join(dir, 'helm');
  writeFileSync(
    script,
    `#!/usr/bin/env node
const fs = require('node:fs');
const [command] = process.argv.slice(2);
const upgraded = fs.existsSync(${JSON.stringify(join(dir, 'upgraded'))});
const back = fs.existsSync(${JSON.stringify(rolledBack)});
const history = [{ revision: 1, status: upgraded ? 'superseded' : 'deployed' }];
if (upgraded) history.push({ revision: 2, status: back ? 'superseded' : 'deployed' });
if (back) history.push({ revision: 3, status: 'deployed', description: 'Rollback to 1' });
if (command === 'history') process.stdout.write(JSON.stringify(history));
if (command === 'upgrade') {
  fs.writeFileSync(${JSON.stringify(join(dir, 'upgraded'))}, '');
  process.stdout.write(JSON.stringify({ version: 2, info: { status: 'deployed', description: 'Upgrade complete' }, manifest: '' }));
}
if (command === 'rollback') fs.writeFileSync(${JSON.stringify(rolledBack)}, '');
if (command === 'get') process.stdout.write('kind: Deployment\\n');
`,
  );
  chmodSync(script, 0o755);
  return script;
}

const request: DeployRequest = { ...sampleRequest, failFastMs: 0 };

describe('runRelease when helm calls a broken release deployed', () => {
  it('fails it by the judge, names the pod reason, and rolls back to the previous revision', async () => {
    const access = await parseKubeconfig(
      `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
    );
    const logger = memoryLogger();
    const report = await runRelease(request, {
      helm: new HelmCli({ path: fakeHelm(), major: 3, namespace: 'prod' }, logger),
      kube: new KubeClient(access),
      logger,
      workDir: dir,
      watchIntervalMs: 1,
    });
    expect(report.status).toBe('rolled-back');
    expect(report.failedRevision).toBe(2);
    expect(report.revision).toBe(3);
    expect(report.failure?.reason).toBe(
      'not healthy: Deployment/web: 0 of 1 updated replicas are available; pod web-new-1: container app waiting: CrashLoopBackOff (restarts: 2) (every new pod failing for 0.0 s)',
    );
    expect(report.failure?.rollback).toBe('rolled back to revision 1 (now revision 3), healthy');
    expect(logger.lines.join('\n')).toMatch(/Rollout watch: \d+ API reads in/);
  }, 30_000);
});
