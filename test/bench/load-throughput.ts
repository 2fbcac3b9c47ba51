import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseChecks, runChecks, runLoad, type LoadReport } from '@slipway/smoke';

/**
 * An instant server in its own process (its CPU apart from the generator's), counting what it
 * saw and timing each request from its arrival (headers parsed) to the response's last byte handed
 * to the kernel: the server's own view of latency, beside the generator's.
 */
const SERVER = `
const { createServer } = require('node:http');
let times = [];
const server = createServer((req, res) => {
  const t = performance.now();
  res.on('finish', () => times.push(performance.now() - t));
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
});
server.keepAliveTimeout = 120000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
const at = (s, p) => s.length ? Math.round(s[Math.max(1, Math.ceil((p / 100) * s.length)) - 1] * 100) / 100 : undefined;
process.on('message', (m) => {
  if (m !== 'count') return;
  const s = times.sort((a, b) => a - b);
  process.send({ count: s.length, p50: at(s, 50), p95: at(s, 95), p99: at(s, 99) });
  times = [];
});
`;

export interface LoadFigure {
  what: string;
  requests: number;
  serverSaw: number;
  /** The server's own p50/p95/p99, ms. */
  serverLatency: string;
  wallMs: number;
  cpuMsPerRequest: number;
  p50?: number;
  p95?: number;
  p99?: number;
  errorRate?: number;
  dropped?: number;
}

const silent = { info() {}, warning() {}, error() {}, debug() {} } as never;

async function serverCount(server: ChildProcess): Promise<{ serverSaw: number; serverLatency: string }> {
  server.send('count');
  const m = await new Promise<{ count: number; p50: number; p95: number; p99: number }>((resolve) =>
    server.once('message', resolve),
  );
  return { serverSaw: m.count, serverLatency: `${m.p50}/${m.p95}/${m.p99}` };
}

/**
 * The reference (`checks` smoke checks at concurrency 50 through runChecks, in this process) beside
 * the load generator paced at each of `rates` for `durationMs`, against the same server.
 */
export async function measureLoad(rates: number[], durationMs: number, checks = 5000): Promise<LoadFigure[]> {
  const server = fork('-e', [SERVER], { execArgv: ['-e', SERVER], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => server.once('message', (m: { port: number }) => resolve(m.port)));
  const base = new URL(`http://127.0.0.1:${port}`);
  const expect = { json: { '$.status': 'ok' } };
  const figures: LoadFigure[] = [];
  try {
    const specs = parseChecks(
      Array.from({ length: checks }, (_, i) => ({ name: `c${i}`, path: '/health', expect })),
      { where: 'bench', baseUrl: base, defaultRequestTimeoutMs: 5000 },
    );
    const options = {
      deadlineMs: 300_000,
      intervalMs: 100,
      maxIntervalMs: 1000,
      concurrency: 50,
      insecureTls: false,
      secrets: [],
    };
    let cpu = process.cpuUsage();
    let started = performance.now();
    const report = await runChecks(specs, options, silent);
    let wallMs = performance.now() - started;
    let used = process.cpuUsage(cpu);
    figures.push({
      what: `${checks} smoke checks, concurrency 50 (reference)`,
      requests: report.total,
      ...(await serverCount(server)),
      wallMs,
      cpuMsPerRequest: (used.user + used.system) / 1000 / report.total,
    });
    const [check] = parseChecks([{ path: '/health', expect }], {
      where: 'bench',
      baseUrl: base,
      defaultRequestTimeoutMs: 5000,
    });
    for (const rps of rates) {
      cpu = process.cpuUsage();
      started = performance.now();
      const load: LoadReport = await runLoad(
        { check: check!, rps, concurrency: 50, durationMs },
        { insecureTls: false },
      );
      wallMs = performance.now() - started;
      used = process.cpuUsage(cpu);
      figures.push({
        what: `load ${rps}/s for ${durationMs / 1000}s, concurrency 50`,
        requests: load.sent,
        ...(await serverCount(server)),
        wallMs,
        cpuMsPerRequest: (used.user + used.system) / 1000 / load.sent,
        ...load.latency,
        errorRate: load.errorRate,
        dropped: load.dropped,
      });
    }
  } finally {
    server.kill();
  }
  return figures;
}

/** The table `npm run bench` prints: requests/s beside the server's own count, and CPU per request. */
export function loadTable(figures: LoadFigure[]) {
  const reference = figures[0]!;
  const refRate = (reference.requests / reference.wallMs) * 1000;
  return figures.map((f) => {
    const rate = (f.requests / f.wallMs) * 1000;
    return {
      what: f.what,
      'sent/s': rate.toFixed(0),
      'server saw/s': ((f.serverSaw / f.wallMs) * 1000).toFixed(0),
      '× reference': (rate / refRate).toFixed(2),
      'CPU ms/request': f.cpuMsPerRequest.toFixed(3),
      'p50/p95/p99 ms': f.p50 === undefined ? '' : `${f.p50}/${f.p95}/${f.p99}`,
      'server p50/p95/p99 ms': f.serverLatency,
      'error rate': f.errorRate === undefined ? '' : f.errorRate.toFixed(4),
      dropped: f.dropped ?? '',
    };
  });
}

/** Smoke checks as the reference, then load paced at 2,000/s (the target) and at 6,000/s (the ceiling). */
export async function printLoadFigures(): Promise<void> {
  const seconds = Number(process.env['BENCH_LOAD_SECONDS'] ?? 60);
  console.log(
    `Load generator: runLoad against an instant local server (its own process) for ${seconds}s, beside the count it saw; target ≥ 2,000/s`,
  );
  console.table(loadTable(await measureLoad([2000, 6000], seconds * 1000)));
}
