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
