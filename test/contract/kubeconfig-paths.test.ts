import { describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../support/run-action';
import { closedPort } from '../support/test-server';

/**
 * KUBECONFIG with two paths, the current context named by the first and defined by the second
 * (whose cluster listens nowhere): the bundles read the second file's server, so the merge took
 * place. The sandbox integration tests (test/integration/kube) deploy through such a merge.
 */
async function twoPaths(): Promise<{ KUBECONFIG: string; server: string }> {
  const root = mkdtempSync(join(tmpdir(), 'slipway-kubeconfigs-'));
  const [first, second] = [join(root, 'a', 'config'), join(root, 'b', 'config')];
  for (const path of [first, second]) mkdirSync(dirname(path));
  const server = `https://127.0.0.1:${await closedPort()}`;
  writeFileSync(first, 'apiVersion: v1\nkind: Config\ncurrent-context: prod\n');
  writeFileSync(
    second,
    `apiVersion: v1
kind: Config
clusters: [{ name: prod, cluster: { server: "${server}", insecure-skip-tls-verify: true } }]
users: [{ name: u, user: { token: tok-paths-1234 } }]
contexts: [{ name: prod, context: { cluster: prod, user: u } }]
current-context: other
`,
  );
  return { KUBECONFIG: `${first}:${second}`, server };
}

describe('a KUBECONFIG of two paths (bundles, Node 24)', () => {
  it('helm-deploy reads the context from the second file; the merged file is 0600 under RUNNER_TEMP, deleted by post', async () => {
    const { KUBECONFIG, server } = await twoPaths();
    const inputs = { release: 'web', chart: './chart' };
    // A helm that only says its version: the pre-flight fails on the cluster first.
    const bin = mkdtempSync(join(tmpdir(), 'slipway-helm-'));
    writeFileSync(join(bin, 'helm'), "#!/bin/sh\nprintf 'v3.14.2'\n");
    chmodSync(join(bin, 'helm'), 0o755);
    const env = { KUBECONFIG, PATH: `${bin}:/usr/bin:/bin` };
    const run = await runAction('helm-deploy', inputs, { env });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain(`Cannot reach the Kubernetes API at ${server}: ECONNREFUSED`);
    const path = run.state['kubeconfig-path'] as string;
    expect(path.startsWith(run.runnerTemp)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const post = await runAction('helm-deploy', inputs, { env, state: run.state });
    expect(post.exitCode).toBe(0);
    expect(existsSync(path)).toBe(false);
  });

  it('delivery-metrics reads the context from the second file', async () => {
    const { KUBECONFIG, server } = await twoPaths();
    const run = await runAction('delivery-metrics', { environment: 'production' }, { env: { KUBECONFIG } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain(`Cannot reach the Kubernetes API at ${server}: ECONNREFUSED`);
  });

  it('a KUBECONFIG that names no file that exists is one clear line', async () => {
    const run = await runAction(
      'delivery-metrics',
      { environment: 'production' },
      { env: { KUBECONFIG: '/nope/a:/nope/b' } },
    );
    expect(run.errors).toEqual([
      '::error title=Configuration error::KUBECONFIG names no file that exists (/nope/a, /nope/b)',
    ]);
  });
});
