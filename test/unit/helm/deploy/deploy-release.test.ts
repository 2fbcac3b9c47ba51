import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@slipway/kit';
import { KubeClient, parseKubeconfig } from '@slipway/kube';
import { json, selfSignedCert, TestServer } from '../../../support/test-server';
import { HelmCli } from '../../../../packages/helm/src/helm-cli';
import { isConcurrentOperation, runRelease } from '../../../../packages/helm/src/deploy/deploy-release';
import type { DeployRequest } from '../../../../packages/helm/src/deploy/deploy-types';
import { sampleRequest } from '../../../../packages/helm/src/deploy/sample-request';

/**
 * An API server that passes the pre-flight checks, then drops every connection the rollout
 * watcher opens (as a stopped kube-apiserver does), and a helm whose upgrade and rollback both
 * time out.
 */
const tls = selfSignedCert();
const server = new TestServer();
const drop = (req: { socket: { destroy(): void } }) => req.socket.destroy();
beforeAll(async () => {
  await server
    .route('/version', (_q, res) => json(res, 200, { gitVersion: 'v1.36.3' }))
    .route('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', (_q, res) =>
      json(res, 201, { status: { allowed: true } }),
    )
    .route('/api/v1/namespaces/prod', (_q, res) => json(res, 200, { metadata: { name: 'prod' } }))
    .route('/apis/apps/v1/namespaces/prod/deployments', drop)
    .route('/apis/apps/v1/namespaces/prod/statefulsets', drop)
    .route('/apis/apps/v1/namespaces/prod/daemonsets', drop)
    .start(tls);
});
afterAll(() => server.stop());

function fakeHelm(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-helm-'));
  const script = join(dir, 'helm');
  writeFileSync(
    script,
    `#!/usr/bin/env node
const fs = require('node:fs');
const command = process.argv[2];
const upgraded = __filename + '.upgraded';
const history = [{ revision: 1, status: 'deployed' }];
if (fs.existsSync(upgraded)) history.push({ revision: 2, status: 'failed' });
if (command === 'history') process.stdout.write(JSON.stringify(history));
if (command === 'upgrade') { fs.writeFileSync(upgraded, ''); process.stderr.write('Error: UPGRADE FAILED: context deadline exceeded\\n'); process.exit(1); }
if (command === 'rollback') { process.stderr.write('Error: release web failed: context deadline exceeded\\n'); process.exit(1); }
`,
  );
  chmodSync(script, 0o755);
  return script;
}

const request: DeployRequest = sampleRequest;

describe('runRelease when the API server goes away mid-watch', () => {
  it('says the API was unreachable, and a failed rollback keeps the upgrade failure instead of replacing it', async () => {
    const access = await parseKubeconfig(
      `clusters: [{name: c, cluster: {server: "${server.url}", certificate-authority-data: ${Buffer.from(tls.cert).toString('base64')}}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x`,
    );
    const logger = memoryLogger();
    const report = await runRelease(request, {
      helm: new HelmCli({ path: fakeHelm(), major: 3, namespace: 'prod' }, logger),
      kube: new KubeClient(access),
      logger,
      workDir: mkdtempSync(join(tmpdir(), 'slipway-deploy-')),
      watchIntervalMs: 1,
    });
    expect(report.status).toBe('failed');
    expect(report.rolledBack).toBe(false);
    expect(report.revision).toBe(2);
    expect(report.failure?.reason).toMatch(
      /^helm upgrade failed: UPGRADE FAILED: context deadline exceeded \(the Kubernetes API was unreachable during the watch \(\d+ reads failed; last: Cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:\d+: ECONNRESET\)\)$/,
    );
    expect(report.failure?.rollback).toMatch(
      /^rollback to revision 1 failed: helm rollback failed: release web failed: context deadline exceeded \(the Kubernetes API was unreachable during the watch/,
    );
    expect(logger.lines.join('\n')).toContain('Rolling web back to revision 1 failed');
    // Five helm processes (node scripts) on a busy 2-core machine.
  }, 30_000);
});

describe('isConcurrentOperation', () => {
  it("knows helm's refusals to start while another run holds the release, in v3's and v4's words", () => {
    expect(isConcurrentOperation(new Error('UPGRADE FAILED: release: already exists'))).toBe(true);
    expect(isConcurrentOperation(new Error('release: already exists'))).toBe(true);
    expect(
      isConcurrentOperation(new Error('UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress')),
    ).toBe(true);
    expect(isConcurrentOperation(new Error('UPGRADE FAILED: context deadline exceeded'))).toBe(false);
    expect(isConcurrentOperation(new Error('resource Deployment/prod/web not ready'))).toBe(false);
  });
});
