import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SandboxEnv } from '@slipway/sandbox';
import { repoRoot, runAction } from '../support/run-action';
import { median } from './measure-startup';

export interface HelmDeployFigures {
  helm: string;
  rawMs: number;
  actionMs: number;
  rollbackMs: number;
}

/**
 * The action against raw `helm upgrade --install --wait` of the same chart on the sandbox,
 * alternated so that cluster noise hits both alike; and `mode: rollback` until healthy.
 */
export async function measureHelmDeployOverhead(sandbox: SandboxEnv, rounds: number): Promise<HelmDeployFigures[]> {
  const chart = join(repoRoot, 'test', 'fixtures', 'chart');
  const kubeconfig = sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string;
  const figures: HelmDeployFigures[] = [];
  for (const key of ['HELM3', 'HELM4']) {
    const helm = sandbox[key] as string;
    const env = {
      PATH: `${dirname(helm)}:/usr/bin:/bin`,
      HELM_CONFIG_HOME: sandbox['HELM_CONFIG_HOME'] ?? '',
      HELM_CACHE_HOME: sandbox['HELM_CACHE_HOME'] ?? '',
      HELM_DATA_HOME: sandbox['HELM_DATA_HOME'] ?? '',
    };
    const stamp = Date.now().toString(36);
    const rawNs = `bench-raw-${stamp}`;
    const actionNs = `bench-action-${stamp}`;
    const raw: number[] = [];
    const action: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const tag = `1.0.${i}`;
      let started = performance.now();
      const result = spawnSync(
        helm,
        [
          'upgrade',
          'web',
          chart,
          '--install',
          '--create-namespace',
          '-n',
          rawNs,
          '--kubeconfig',
          kubeconfig,
          '--set',
          `image.tag=${tag}`,
          '--wait',
          '--timeout',
          '2m',
        ],
        { env: { ...process.env, ...env }, encoding: 'utf8' },
      );
      raw.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`raw helm failed: ${result.stderr}`);
      started = performance.now();
      const run = await runAction(
        'helm-deploy',
        {
          release: 'web',
          namespace: actionNs,
          chart,
          image: `${sandbox['SLIPWAY_REGISTRY']}/hello:${tag}`,
          kubeconfig: readFileSync(kubeconfig, 'utf8'),
          'create-namespace': 'true',
          'check-image': 'false',
          timeout: '2m',
        },
        { env },
      );
      action.push(performance.now() - started);
      if (run.exitCode !== 0) throw new Error(`action failed: ${run.errors.join('\n')}`);
    }
    const started = performance.now();
    const back = await runAction(
      'helm-deploy',
      {
        release: 'web',
        namespace: actionNs,
        mode: 'rollback',
        kubeconfig: readFileSync(kubeconfig, 'utf8'),
        timeout: '2m',
      },
      { env },
    );
    const rollbackMs = performance.now() - started;
    if (back.exitCode !== 0) throw new Error(`rollback failed: ${back.errors.join('\n')}`);
    figures.push({ helm: key, rawMs: median(raw), actionMs: median(action), rollbackMs });
    for (const ns of [rawNs, actionNs])
      spawnSync(sandbox['KUBECTL'] as string, ['delete', 'namespace', ns, '--wait=false', '--kubeconfig', kubeconfig]);
  }
  return figures;
}
