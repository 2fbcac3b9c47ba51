import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseRunnerFile } from '../support/run-action';

export interface ThroughputFigure {
  label: string;
  checks: number;
  concurrency: number;
  wallMs: number;
  p95Ms: number;
}

/** Runs `count` checks through dist/smoke-test against a local server, as the runner would. */
export async function measureThroughput(
  node: string,
  entry: string,
  count: number,
  concurrencies: number[],
  serverDelayMs: number,
): Promise<ThroughputFigure[]> {
  const answer = (res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  // A delay stands for the network and the application's own work, as a real target has.
  const server = createServer((_req, res) =>
    serverDelayMs ? setTimeout(() => answer(res), serverDelayMs) : answer(res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const checks = Array.from(
    { length: count },
    (_, i) => `- name: c${i}\n  path: /health?i=${i}\n  expect: {json: {"$.status": ok}}`,
  ).join('\n');
  const figures: ThroughputFigure[] = [];
  try {
    for (const concurrency of concurrencies) {
      const dir = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
      const output = join(dir, 'output');
      writeFileSync(output, '');
      const env = {
        PATH: process.env['PATH'],
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: output,
        INPUT_CHECKS: checks,
        'INPUT_BASE-URL': `http://127.0.0.1:${port}`,
        INPUT_CONCURRENCY: String(concurrency),
        INPUT_TIMEOUT: '5m',
      };
      const started = performance.now();
      const code = await new Promise<number>((resolve) => {
        const child = spawn(node, [entry], { env, stdio: 'ignore' });
        child.on('close', (c) => resolve(c ?? -1));
      });
      const wallMs = performance.now() - started;
      const outputs = parseRunnerFile(readFileSync(output, 'utf8'));
      if (code !== 0 || outputs['passed'] !== 'true')
        throw new Error(`bench run failed at concurrency ${concurrency} (exit ${code})`);
      figures.push({
        label: concurrency === 1 ? 'one after another' : `concurrency ${concurrency}`,
        checks: count,
        concurrency,
        wallMs,
        p95Ms: Number(outputs['p95-ms']),
      });
    }
  } finally {
    server.close();
  }
  return figures;
}
