import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runAction } from '../../support/run-action';
import { need } from '../sandbox/sandbox-helpers';
import { chart, installStable } from './canary-suite';

/** The release web through the nginx provider, for the issue-25 cases (gates, the web metric provider). */
const helm = need('HELM3');
export const kubectl = need('KUBECTL');
const kubeconfig = need('SLIPWAY_KUBECONFIG_ADMIN');
export const stableImage = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
export const canaryImage = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
};

/** A namespace (named after the branch) with stable web at 1.0.0 behind an nginx Ingress. */
export async function stableWeb(prefix = 'issue-25-gates'): Promise<string> {
  const ns = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await installStable(helm, ns, {}, { metric: false });
  return ns;
}

/** The canary action over it through nginx: steps 20, 50, 100, no Prometheus unless the inputs say so. */
export const nginxCanary = (ns: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
  runAction(
    'canary',
    {
      release: 'web',
      namespace: ns,
      chart,
      set: '{}',
      'canary-values': '{ track: canary, replicaCount: 1, ingress: { enabled: false } }',
      image: canaryImage,
      provider: 'nginx',
      steps: '20:1s, 50:1s, 100',
      'check-image': 'false',
      timeout: '2m',
      // Read per run: a sandbox `up` may write a new one (new CA) while the suite runs.
      kubeconfig: readFileSync(kubeconfig, 'utf8'),
      ...inputs,
    },
    { env: { ...env, ...extraEnv } },
  );
