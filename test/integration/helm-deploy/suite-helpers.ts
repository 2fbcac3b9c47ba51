import { afterAll } from '@jest/globals';
import { dirname } from 'node:path';
import { execOk, need } from '../sandbox/sandbox-helpers';

/** helm of one major on PATH, with the sandbox's helm homes: the environment the action runs in. */
export function helmEnv(major: '3' | '4'): { helm: string; env: Record<string, string> } {
  const helm = need(major === '3' ? 'HELM3' : 'HELM4');
  return {
    helm,
    env: {
      PATH: `${dirname(helm)}:/usr/bin:/bin`,
      HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
      HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
      HELM_DATA_HOME: need('HELM_DATA_HOME'),
    },
  };
}

/**
 * A fresh namespace name per call, each deleted after the suite: the sandbox's nodes hold a
 * bounded number of pods, shared with everyone's tests.
 */
export function namespaces(prefix: string): () => string {
  const created: string[] = [];
  afterAll(async () => {
    for (const ns of created)
      await execOk(need('KUBECTL'), [
        'delete',
        'namespace',
        ns,
        '--wait=false',
        '--ignore-not-found',
        '--kubeconfig',
        need('SLIPWAY_KUBECONFIG_ADMIN'),
      ]).catch(() => undefined);
  });
  return () => {
    const ns = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    created.push(ns);
    return ns;
  };
}

/** kubectl in namespace `ns` with the sandbox's admin kubeconfig; its standard output. */
export async function kubectlIn(ns: string, ...args: string[]): Promise<string> {
  return (await execOk(need('KUBECTL'), [...args, '-n', ns, '--kubeconfig', need('SLIPWAY_KUBECONFIG_ADMIN')])).stdout;
}

/** The live workload as `kubectl rollout status` judges it (waits for it), and its image. */
export async function servingImage(ns: string, kind = 'deployment', name = 'web'): Promise<string> {
  await kubectlIn(ns, 'rollout', 'status', `${kind}/${name}`, '--timeout=60s');
  return kubectlIn(ns, 'get', kind, name, '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
}

/** A ResourceQuota "tight" in ns (`hard`: "requests.cpu=200m"), once the quota controller has filled in what is used. */
export async function createQuota(ns: string, hard: string): Promise<void> {
  await kubectlIn(ns, 'create', 'quota', 'tight', `--hard=${hard}`);
  for (let i = 0; i < 50; i++) {
    if (await kubectlIn(ns, 'get', 'quota', 'tight', '-o', 'jsonpath={.status.used.requests\\.cpu}')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
