import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { execPluginKubeconfig } from '../../support/exec-plugin';
import { runAction, type ActionRun } from '../../support/run-action';
import { chart } from '../helm-deploy/helm-deploy-suite';
import { execOk, need } from '../sandbox/sandbox-helpers';

/**
 * A kubeconfig whose user is an exec credential plugin (as EKS's `aws eks get-token`), handing
 * out tokens the sandbox API server takes (its static token file) that say they expire within a
 * second. helm-deploy and canary run many times longer than that on the real cluster: our client
 * runs the plugin again as each token nears its end (and on a 401), and both succeed. helm runs
 * the plugin itself for its own requests (counted apart, by the plugin's parent program).
 */
const LIFETIME_SECONDS = 1;
const helm = need('HELM3');
const TIMEOUT = 300_000;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
};
const ns = `ex-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

afterAll(async () => {
  await execOk(need('KUBECTL'), ['delete', 'namespace', ns, '--wait=false', '--ignore-not-found']).catch(
    () => undefined,
  );
});

/** The exec kubeconfig for the sandbox, and the plugin's runs. */
const execKubeconfig = (lifetimeSeconds = LIFETIME_SECONDS, firstToken?: string) =>
  execPluginKubeconfig({
    server: need('SLIPWAY_KUBE_API'),
    ca: readFileSync(need('SLIPWAY_CA_CERT')),
    tokens: [firstToken, need('SLIPWAY_KUBE_TOKENS')].filter(Boolean).join(','),
    lifetimeSeconds,
  });

const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};

describe('exec credential plugins with short-lived tokens on the sandbox cluster', () => {
  it(
    'helm-deploy: a revoked token and short-lived ones; the plugin is run again and the deploy succeeds',
    async () => {
      // The plugin's first token is one the API server does not know (revoked, say): the 401 makes
      // the action run the plugin again. helm --wait returns as soon as the pods are Ready (a few
      // seconds under kwok), so tokens of a quarter second; minReadySeconds keeps a judge that
      // waits for availability (as kubectl rollout status) watching for 8 s more.
      const { yaml, runs } = execKubeconfig(0.25, 'slipway-revoked-token');
      const started = Date.now();
      const run = await runAction(
        'helm-deploy',
        {
          release: 'web',
          namespace: ns,
          chart,
          image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`,
          kubeconfig: yaml,
          'create-namespace': 'true',
          'check-image': 'false',
          // Available only 8 s after Ready: the watch lasts many token lifetimes.
          set: 'minReadySeconds: 8',
          timeout: '2m',
        },
        { env },
      );
      ok(run);
      expect(run.outputs['status']).toBe('deployed');
      const ours = runs().filter((r) => r.parent === 'node');
      process.stdout.write(
        `helm-deploy: ${((Date.now() - started) / 1000).toFixed(1)} s, plugin runs: ${ours.length} by the action, ${runs().length - ours.length} by helm\n`,
      );
      // Fetched once and kept, as before, the revoked token would have failed the deploy (401).
      expect(runs()[0]).toMatchObject({ parent: 'node', tokenIndex: 0 });
      expect(ours.length).toBeGreaterThanOrEqual(2);
    },
    TIMEOUT,
  );

  it(
    'canary: its steps outlive many tokens; the plugin is run again and the canary is promoted',
    async () => {
      const { yaml, runs } = execKubeconfig();
      const started = Date.now();
      const run = await runAction(
        'canary',
        {
          release: 'web',
          namespace: ns,
          chart,
          'canary-values': '{ track: canary, replicaCount: 1, ingress: { enabled: false } }',
          image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`,
          provider: 'replicas',
          steps: '20:3s, 50:3s, 100',
          'check-image': 'false',
          timeout: '2m',
          kubeconfig: yaml,
        },
        { env },
      );
      ok(run);
      expect(run.outputs['result']).toBe('promoted');
      const ours = runs().filter((r) => r.parent === 'node');
      process.stdout.write(
        `canary: ${((Date.now() - started) / 1000).toFixed(1)} s, plugin runs: ${ours.length} by the action, ${runs().length - ours.length} by helm\n`,
      );
      // One run per client, as before, would be three (session, traffic objects, records); 5 to 7 seen.
      expect(ours.length).toBeGreaterThanOrEqual(4);
    },
    TIMEOUT,
  );
});
