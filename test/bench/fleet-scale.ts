// `npm run bench -- fleet`: the plan step on generated fleets (the README's "Scale" table), and
// the rounds a delivery takes under GitHub's concurrent-job caps per plan. Runs nothing but the
// planner: no cluster, no GitHub.
import { ConfigError } from '@slipway/kit';
import { fleetOutputs, GITHUB_LIMITS, groupWaves, parseConfig, planFleet, type FleetPlan } from '@slipway/delivery';

/** Concurrent jobs per account for Linux runners (docs.github.com "Usage limits"; re-check for yours). */
const PLANS = [
  ['Free', 20],
  ['Team', 60],
  ['Enterprise', 500],
] as const;

/** One deploy job's deliver step under act on the sandbox (README, test/e2e/fleet.test.ts), in seconds. */
const JOB_SECONDS = Number(process.env['BENCH_FLEET_JOB_SECONDS'] ?? 4.4);

interface Case {
  label: string;
  clusters: number;
  waves: string;
  services: number;
}

const CASES: Case[] = [
  { label: '10 clusters, one wave', clusters: 10, waves: '', services: 2 },
  { label: '100 clusters, `max-parallel: 25`', clusters: 100, waves: 'max-parallel: 25', services: 2 },
  { label: '100 clusters, `wave-percent: 10`', clusters: 100, waves: 'wave-percent: 10', services: 2 },
  { label: '300 clusters, `max-parallel: 100`', clusters: 300, waves: 'max-parallel: 100', services: 2 },
  { label: '1,000 clusters, one wave', clusters: 1000, waves: '', services: 2 },
  { label: '1,000 clusters, `max-parallel: 125`', clusters: 1000, waves: 'max-parallel: 125', services: 2 },
  {
    label: '1,000 clusters, one service, `max-parallel: 125`',
    clusters: 1000,
    waves: 'max-parallel: 125',
    services: 1,
  },
];

/** Two stages of one cluster each (dev, staging) and production on n clusters. */
function fleetYaml({ clusters, waves, services }: Case): string {
  const list = Array.from({ length: clusters }, (_, i) => `      - { name: c-${i + 1}, region: r-${i % 3} }`);
  const svc = Array.from({ length: services }, (_, i) => `  - name: s-${i + 1}`);
  return `chart: ./chart\nservices:\n${svc.join('\n')}\nenvironments:\n  dev:\n    namespace: dev\n  staging:\n    namespace: staging\n  production:\n    namespace: prod\n${waves ? `    ${waves}\n` : ''}    clusters:\n${list.join('\n')}\n`;
}

/** Rounds of jobs: each wave after the one before, at most min(cap, its max-parallel) at once. */
function rounds(plan: FleetPlan, cap: number): number {
  return plan.stages
    .flatMap((stage) => stage.waves)
    .reduce((n, wave) => n + Math.ceil(wave.matrix.include.length / Math.min(cap, wave.maxParallel)), 0);
}

const count = (n: number) => n.toLocaleString('en-US');
const minutes = (seconds: number) => (seconds < 60 ? `${Math.round(seconds)} s` : `${(seconds / 60).toFixed(1)} min`);

/** The refusal's limit in a few words, from the plan step's one line. */
function refusalReason(message: string): string {
  if (message.includes('wave slots')) return 'refused: 8 wave slots';
  if (message.includes('jobs per matrix')) return `refused: ${GITHUB_LIMITS.matrixJobs} jobs per matrix`;
  if (message.includes('outputs per job')) return `refused: 1 MB of outputs per job`;
  return `refused: ${message}`;
}

export async function printFleetScale(): Promise<void> {
  console.log(
    `fleet scale: the plan step on generated fleets (two stages of one cluster, production on N), rounds under ${PLANS.map(([n, c]) => `${n} ${c}`).join(', ')} concurrent jobs, ${JOB_SECONDS} s a round (BENCH_FLEET_JOB_SECONDS; the deliver step alone, add a runner's job start-up)`,
  );
  const rows: string[][] = [];
  for (const c of CASES) {
    const config = await parseConfig(fleetYaml(c), 'slipway.yml', '/repo');
    let plan: FleetPlan | undefined;
    let reason = 'runs';
    let refusedBytes: string | undefined;
    try {
      plan = planFleet(config);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      reason = refusalReason(error.message);
      refusedBytes = /got (\d+\.\d\d MB)/.exec(error.message)?.[1];
    }
    const production = plan?.stages.at(-1);
    // The waves as the plan cuts them, refused or not: the largest matrix a refused fleet would need.
    const [key, value] = c.waves.split(':');
    const groups = groupWaves(
      Array.from({ length: c.clusters }, (_, i) => `c-${i + 1}`),
      key ? { [key]: Number(value) } : {},
    );
    const largest = Math.max(...groups.waves.map((w) => w.length)) * c.services;
    const bytes = plan ? Object.values(fleetOutputs(plan)).reduce((n, text) => n + text.length * 2, 0) : undefined;
    const timing = plan
      ? PLANS.map(([, cap]) => {
          const r = rounds(plan as FleetPlan, cap);
          return `${r} (${minutes(r * JOB_SECONDS)})`;
        }).join(' / ')
      : '—';
    rows.push([
      c.label,
      String(production?.waves.length ?? groups.waves.length),
      plan ? count(plan.jobs) : '—',
      count(largest),
      bytes === undefined ? (refusedBytes ?? '—') : `${(bytes / 1_000_000).toFixed(2)} MB`,
      timing,
      reason,
    ]);
  }
  const header = [
    'production',
    'waves',
    'deploy jobs',
    'largest matrix',
    'plan outputs',
    'rounds Free / Team / Enterprise',
    'result',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}
