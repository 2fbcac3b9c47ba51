import { join } from 'node:path';
import { ensureService, type SandboxContext } from '../component';
import { packageDir, repoRoot } from '../paths';
import { httpGet } from '../probe';

/** The tiny Node HTTP server whose metric values the tests set, scraped by Prometheus. */
export async function startMetricsStub(ctx: SandboxContext): Promise<string> {
  const url = `http://127.0.0.1:${ctx.ports.metricsStub}`;
  await ensureService(ctx, {
    name: 'metrics-stub',
    command: process.execPath,
    args: ['--import', 'tsx', join(packageDir, 'src', 'metrics-stub-server.ts'), String(ctx.ports.metricsStub)],
    cwd: repoRoot,
    ports: [ctx.ports.metricsStub],
    ready: async () => (await httpGet(`${url}/healthz`)).status === 200,
  });
  return url;
}
