import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxEnv } from '@slipway/sandbox';
import { repoRoot, runAction } from '../support/run-action';
import { median } from './measure-startup';

export interface CanaryAbortFigures {
  intervalMs: number;
  latenciesMs: number[];
}

const METRIC = 'slipway_canary_bench_success_ratio';

function put(url: string, body: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'content-type': 'application/json' }, agent: false },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 204 ? resolve() : reject(new Error(`metrics stub: ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/**
 * Abort latency: from the moment the metric goes bad on the metrics endpoint to the moment the
 * canary's weight is 0 in the cluster (nginx provider: the canary Ingress is gone), against the
 * analysis interval. Includes Prometheus' scrape (1s in the sandbox) and the query.
 */
export async function measureCanaryAbort(
  sandbox: SandboxEnv,
  intervalsMs: number[],
  rounds: number,
): Promise<CanaryAbortFigures[]> {
  const kubectl = sandbox['KUBECTL'] as string;
  const helm = sandbox['HELM3'] as string;
  const kubeconfig = sandbox['SLIPWAY_KUBECONFIG_ADMIN'] as string;
  const chart = join(repoRoot, 'test', 'fixtures', 'chart');
  const env = {
    PATH: `${dirname(helm)}:/usr/bin:/bin`,
    HELM_CONFIG_HOME: sandbox['HELM_CONFIG_HOME'] ?? '',
    HELM_CACHE_HOME: sandbox['HELM_CACHE_HOME'] ?? '',
    HELM_DATA_HOME: sandbox['HELM_DATA_HOME'] ?? '',
  };
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const canaryIngressGone = (ns: string) =>
    spawnSync(kubectl, [`--kubeconfig=${kubeconfig}`, 'get', 'ingress', 'web-canary', '-n', ns], { encoding: 'utf8' })
      .status !== 0;
  const figures: CanaryAbortFigures[] = [];
  for (const intervalMs of intervalsMs) {
    const latenciesMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const ns = `bench-canary-${Date.now().toString(36)}`;
      run(kubectl, [`--kubeconfig=${kubeconfig}`, 'create', 'namespace', ns]);
      run(helm, [
        'upgrade',
        '--install',
        'web',
        chart,
        '-n',
        ns,
        '--kubeconfig',
        kubeconfig,
        '--set',
        `image.repository=${sandbox['SLIPWAY_REGISTRY']}/hello`,
        '--wait',
        '--timeout',
        '2m',
      ]);
      const metrics = `${sandbox['SLIPWAY_METRICS_URL']}/metrics`;
      await put(metrics, { name: METRIC, value: 1, labels: { suite: ns } });
      await sleep(2500);
      const pending = runAction(
        'canary',
        {
          release: 'web',
          namespace: ns,
          chart,
          'canary-values': '{ track: canary, replicaCount: 1, ingress: { enabled: false } }',
          image: `${sandbox['SLIPWAY_REGISTRY']}/hello:1.0.1`,
          provider: 'nginx',
          steps: '50:30m, 100',
          interval: `${intervalMs}ms`,
          count: '100',
          'prometheus-url': sandbox['SLIPWAY_PROMETHEUS_URL'] ?? '',
          metrics: `- name: success\n  query: max(${METRIC}{suite="{{ namespace }}"})\n  min: 0.99`,
          'check-image': 'false',
          kubeconfig: readFileSync(kubeconfig, 'utf8'),
        },
        { env },
      );
      const until = (what: string, done: () => boolean, ms: number) => waitUntil(what, done, ms);
      let finished: string | undefined;
      void pending.then((r) => (finished = r.errors.join(' ') || `exit ${r.exitCode}`));
      await until(
        'the canary at 50%',
        () => {
          if (finished !== undefined) throw new Error(`canary-abort bench: the action ended early: ${finished}`);
          return !canaryIngressGone(ns);
        },
        180_000,
      );
      // Let a random share of an interval pass, as a real regression would come at any time.
      await sleep(Math.random() * intervalMs + 2 * intervalMs);
      const bad = performance.now();
      await put(metrics, { name: METRIC, value: 0.5, labels: { suite: ns } });
      await until('weight 0', () => canaryIngressGone(ns), 120_000);
      latenciesMs.push(performance.now() - bad);
      await pending;
      spawnSync(kubectl, [`--kubeconfig=${kubeconfig}`, 'delete', 'namespace', ns, '--wait=false'], {
        encoding: 'utf8',
      });
    }
    figures.push({ intervalMs, latenciesMs });
  }
  return figures;
}

async function waitUntil(what: string, done: () => boolean, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`canary-abort bench: no ${what} within ${ms}ms`);
    await sleep(25);
  }
}

export function summarise(figures: CanaryAbortFigures[]) {
  return figures.map((f) => ({
    'analysis interval ms': f.intervalMs,
    'median abort latency ms': median(f.latenciesMs).toFixed(0),
    'max ms': Math.max(...f.latenciesMs).toFixed(0),
    '× interval': (median(f.latenciesMs) / f.intervalMs).toFixed(2),
  }));
}
