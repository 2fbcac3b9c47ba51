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
  /**
   * The median of each round's action / raw: the two ran back to back on the same cluster, so a
   * slow round (kwok, the API server, the other core) slows both and cancels out.
   */
  pairedRatio: number;
  /** Every round's time, in run order, to see the spread behind the medians. */
  rawSamples: number[];
  actionSamples: number[];
}

interface Lane {
  key: string;
  helm: string;
  env: Record<string, string>;
  rawNs: string;
  actionNs: string;
  raw: number[];
  action: number[];
}

/**
 * The action against raw `helm upgrade --install --wait` of the same chart, same image tag, on
 * the same sandbox cluster, with helm v3 and v4 in one run: every round runs raw and action for
 * both majors, alternating which goes first, so that cluster noise hits all four alike. Then
 * `mode: rollback` until the previous revision is healthy, per major.
 */
export async function measureHelmDeployOverhead(sandbox: SandboxEnv, rounds: number): Promise<HelmDeployFigures[]> {
  const chart = join(repoRoot, 'test', 'fixtures', 'chart');
  const kubeconfig = sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string;
  const kubeconfigText = readFileSync(kubeconfig, 'utf8');
  const stamp = Date.now().toString(36);
  const lanes: Lane[] = ['HELM3', 'HELM4'].map((key) => {
    const helm = sandbox[key] as string;
    return {
      key,
      helm,
      env: {
        PATH: `${dirname(helm)}:/usr/bin:/bin`,
        HELM_CONFIG_HOME: sandbox['HELM_CONFIG_HOME'] ?? '',
        HELM_CACHE_HOME: sandbox['HELM_CACHE_HOME'] ?? '',
        HELM_DATA_HOME: sandbox['HELM_DATA_HOME'] ?? '',
      },
      rawNs: `bench-raw-${key.toLowerCase()}-${stamp}`,
      actionNs: `bench-action-${key.toLowerCase()}-${stamp}`,
      raw: [],
      action: [],
    };
  });
  const raw = (lane: Lane, tag: string) => {
    const started = performance.now();
    const result = spawnSync(
      lane.helm,
      [
        'upgrade',
        'web',
        chart,
        '--install',
        '--create-namespace',
        '-n',
        lane.rawNs,
        '--kubeconfig',
        kubeconfig,
        '--set',
        `image.repository=${sandbox['SLIPWAY_REGISTRY']}/hello`,
        '--set',
        `image.tag=${tag}`,
        '--wait',
        '--timeout',
        '2m',
      ],
      { env: { ...process.env, ...lane.env }, encoding: 'utf8' },
    );
    lane.raw.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`raw helm failed: ${result.stderr}`);
  };
  const action = async (lane: Lane, tag: string) => {
    const started = performance.now();
    const run = await runAction(
      'helm-deploy',
      {
        release: 'web',
        namespace: lane.actionNs,
        chart,
        image: `${sandbox['SLIPWAY_REGISTRY']}/hello:${tag}`,
        kubeconfig: kubeconfigText,
        'create-namespace': 'true',
        'check-image': 'false',
        timeout: '2m',
      },
      { env: lane.env },
    );
    lane.action.push(performance.now() - started);
    if (run.exitCode !== 0) throw new Error(`action failed: ${run.errors.join('\n')}`);
  };
  try {
    for (let i = 0; i < rounds; i++) {
      const tag = `1.0.${i}`;
      const order = i % 2 ? [...lanes].reverse() : lanes;
      for (const lane of order) {
        if (i % 2) {
          await action(lane, tag);
          raw(lane, tag);
        } else {
          raw(lane, tag);
          await action(lane, tag);
        }
      }
    }
    const figures: HelmDeployFigures[] = [];
    for (const lane of lanes) {
      const started = performance.now();
      const back = await runAction(
        'helm-deploy',
        { release: 'web', namespace: lane.actionNs, mode: 'rollback', kubeconfig: kubeconfigText, timeout: '2m' },
        { env: lane.env },
      );
      const rollbackMs = performance.now() - started;
      if (back.exitCode !== 0) throw new Error(`rollback failed: ${back.errors.join('\n')}`);
      figures.push({
        helm: lane.key,
        rawMs: median(lane.raw),
        actionMs: median(lane.action),
        rollbackMs,
        pairedRatio: median(lane.action.map((ms, i) => ms / (lane.raw[i] as number))),
        rawSamples: lane.raw,
        actionSamples: lane.action,
      });
    }
    return figures;
  } finally {
    for (const lane of lanes)
      for (const ns of [lane.rawNs, lane.actionNs])
        spawnSync(sandbox['KUBECTL'] as string, [
          'delete',
          'namespace',
          ns,
          '--wait=false',
          '--kubeconfig',
          kubeconfig,
        ]);
  }
}

// `npx tsx test/bench/helm-deploy-overhead.ts [rounds]` runs this bench alone.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { loadSandboxEnv } = await import('@slipway/sandbox');
  const figures = await measureHelmDeployOverhead(loadSandboxEnv(), Number(process.argv[2] ?? 5));
  console.table(
    figures.map((f) => ({
      helm: f.helm,
      'raw helm ms': f.rawMs.toFixed(0),
      'action ms': f.actionMs.toFixed(0),
      '× raw helm': (f.actionMs / f.rawMs).toFixed(2),
      '× raw helm, paired by round': f.pairedRatio.toFixed(2),
      'rollback to healthy ms': f.rollbackMs.toFixed(0),
    })),
  );
  for (const f of figures)
    console.log(
      `${f.helm} raw: ${f.rawSamples.map((ms) => ms.toFixed(0)).join(' ')} | action: ${f.actionSamples.map((ms) => ms.toFixed(0)).join(' ')}`,
    );
}
