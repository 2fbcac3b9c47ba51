import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureService, type SandboxContext } from '../component';
import { httpGet } from '../probe';

/** Scrape interval: short, so a value a test sets is queryable within a couple of seconds. */
export const scrapeInterval = '1s';

/** Debian's Prometheus, scraping the metrics stub (job "slipway-app") every second. */
export async function startPrometheus(ctx: SandboxContext): Promise<string> {
  const url = `http://127.0.0.1:${ctx.ports.prometheus}`;
  const config = join(ctx.paths.config, 'prometheus.yml');
  const data = join(ctx.paths.data, 'prometheus');
  mkdirSync(data, { recursive: true });
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${scrapeInterval}`,
      `  evaluation_interval: ${scrapeInterval}`,
      'scrape_configs:',
      '  - job_name: slipway-app',
      `    scrape_interval: ${scrapeInterval}`,
      '    static_configs:',
      `      - targets: ['127.0.0.1:${ctx.ports.metricsStub}']`,
      '',
    ].join('\n'),
  );
  await ensureService(ctx, {
    name: 'prometheus',
    command: 'prometheus',
    args: [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${ctx.ports.prometheus}`,
      '--web.enable-lifecycle',
      '--storage.tsdb.retention.time=1d',
    ],
    ports: [ctx.ports.prometheus],
    ready: async () => (await httpGet(`${url}/-/ready`)).status === 200,
  });
  return url;
}
