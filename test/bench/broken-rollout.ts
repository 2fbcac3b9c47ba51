import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SandboxEnv } from '@slipway/sandbox';
import { repoRoot, runAction } from '../support/run-action';

export interface BrokenRolloutFigures {
  helm: string;
  shape: string;
  timeoutS: number;
  failFastS: number;
  /** From the broken upgrade's start to the action's exit with the failure (its rollback included). */
  reportedMs: number;
  /** "12 API reads in 30.0 s (0.4/s)" as the action logged it for the watch of the broken upgrade. */
  watchLoad: string;
}

/**
 * Fail-fast: a broken rollout (every new pod in CrashLoopBackOff) from start to the failure being
 * reported, against the timeout it would otherwise wait out; and what the watch costs the API
 * server (reads per second), on helm v3 and v4.
 */
export async function measureBrokenRollout(sandbox: SandboxEnv): Promise<BrokenRolloutFigures[]> {
  const chart = join(repoRoot, 'test', 'fixtures', 'chart');
  const kubeconfig = readFileSync(sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string, 'utf8');
  const registry = sandbox['SLIPWAY_REGISTRY'] as string;
  const stamp = Date.now().toString(36);
  const shapes = [
    { shape: '1 replica, maxUnavailable 1', set: 'replicaCount: 1\nstrategy: {rollingUpdate: {maxUnavailable: 1}}' },
    { shape: '3 replicas, default strategy', set: 'replicaCount: 3' },
  ];
  const figures: BrokenRolloutFigures[] = [];
  for (const key of ['HELM3', 'HELM4']) {
    const helm = sandbox[key] as string;
    const env = {
      PATH: `${dirname(helm)}:/usr/bin:/bin`,
      HELM_CONFIG_HOME: sandbox['HELM_CONFIG_HOME'] ?? '',
      HELM_CACHE_HOME: sandbox['HELM_CACHE_HOME'] ?? '',
      HELM_DATA_HOME: sandbox['HELM_DATA_HOME'] ?? '',
    };
    for (const [i, { shape, set }] of shapes.entries()) {
      const namespace = `bench-broken-${key.toLowerCase()}-${i}-${stamp}`;
      const inputs = {
        release: 'web',
        namespace,
        chart,
        set,
        kubeconfig,
        'create-namespace': 'true',
        'check-image': 'false',
        timeout: '5m',
        'fail-fast': '30s',
      };
      const first = await runAction('helm-deploy', { ...inputs, image: `${registry}/hello:1.0.0` }, { env });
      if (first.exitCode !== 0) throw new Error(`bench install failed:\n${first.stdout}`);
      const started = performance.now();
      const run = await runAction('helm-deploy', { ...inputs, image: `${registry}/hello:broken` }, { env });
      const reportedMs = performance.now() - started;
      if (run.exitCode !== 1) throw new Error(`bench: the broken upgrade did not fail:\n${run.stdout}`);
      const load = /Rollout watch: (.*)/.exec(run.stdout)?.[1] ?? '?';
      figures.push({
        helm: key === 'HELM3' ? 'v3' : 'v4',
        shape,
        timeoutS: 300,
        failFastS: 30,
        reportedMs,
        watchLoad: load,
      });
    }
  }
  return figures;
}
