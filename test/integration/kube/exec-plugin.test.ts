import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { execPluginKubeconfig } from '../../support/exec-plugin';
import { runAction, type ActionRun } from '../../support/run-action';
import { chart } from '../helm-deploy/helm-deploy-suite';
import { execOk, need } from '../sandbox/sandbox-helpers';

/**
 * A kubeconfig whose user is an exec credential plugin (as EKS's `aws eks get-token`), handing
 * out tokens the sandbox API server takes (its static token file) that say they expire after
 * one second. helm-deploy and canary run many times longer than that on the real cluster: our
 * client runs the plugin again as each token nears its end, and both succeed. helm runs the
 * plugin itself for its own requests (counted apart, by the plugin's parent program).
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
const execKubeconfig = (lifetimeSeconds = LIFETIME_SECONDS) =>
  execPluginKubeconfig({
    server: need('SLIPWAY_KUBE_API'),
    ca: readFileSync(need('SLIPWAY_CA_CERT')),
    tokens: need('SLIPWAY_KUBE_TOKENS'),
    lifetimeSeconds,
  });

const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
};

describe('exec credential plugins with short-lived tokens on the sandbox cluster', () => {
  it(
    'helm-deploy: the rollout watch outlives many tokens; the plugin is run again and the deploy succeeds',
    async () => {
      // helm --wait returns as soon as the pods are Ready (a few seconds under kwok): tokens of a
      // quarter second make that many lifetimes. minReadySeconds keeps a judge that waits for
      // availability (as kubectl rollout status) watching for 8 s more.
      const { yaml, runs } = execKubeconfig(0.25);
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
      // Fetched once and kept, as before, there would be one run per client: two here.
      expect(ours.length).toBeGreaterThanOrEqual(3);
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
      // One run per client, as before, would be three (session, traffic objects, records).
      expect(ours.length).toBeGreaterThanOrEqual(5);
    },
    TIMEOUT,
  );
});
