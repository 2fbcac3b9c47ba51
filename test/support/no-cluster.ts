import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** helm-deploy without a cluster: what its GitHub Deployments tests need to get to the pre-flight. */

/** A PATH whose `helm` only prints a version. */
export function fakeHelmPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-helm-'));
  writeFileSync(join(dir, 'helm'), `#!/bin/sh\nprintf 'v3.14.2'\n`);
  chmodSync(join(dir, 'helm'), 0o755);
  return `${dir}:/usr/bin:/bin`;
}

/** A kubeconfig whose API server is `https://127.0.0.1:<port>` (a closed port: the pre-flight fails). */
export const kubeconfigAt = (port: number) => `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]
users: [{name: u, user: {token: kube-token-abc123}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
`;
