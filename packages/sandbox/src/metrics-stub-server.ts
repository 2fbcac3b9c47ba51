/**
 * The metrics endpoint Prometheus scrapes in the sandbox; tests set its values over HTTP.
 *
 *   GET    /metrics            Prometheus text exposition of every series set so far
 *   PUT    /metrics            body {"name","value","type"?,"help"?,"labels"?}: sets one series
 *   POST   /metrics            same body as PUT, but adds value to the series (counters)
 *   DELETE /metrics            forgets every series
 *   GET    /healthz            200
 *
 * Run as: node --import tsx metrics-stub-server.ts <port>
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { MetricStore, type MetricUpdate } from './metric-store';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: metrics-stub-server.ts <port>');
  process.exit(2);
}

const store = new MetricStore();

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://stub').pathname;
  if (path === '/healthz') return reply(res, 200, 'ok\n');
  if (path !== '/metrics') return reply(res, 404, 'not found\n');
  switch (req.method) {
    case 'GET':
      return reply(res, 200, store.render(), 'text/plain; version=0.0.4');
    case 'DELETE':
      store.clear();
      return reply(res, 204, '');
    case 'PUT':
    case 'POST': {
      let update: MetricUpdate;
      try {
        update = JSON.parse(await readBody(req)) as MetricUpdate;
        store.apply(update, req.method === 'POST' ? 'add' : 'set');
      } catch (error) {
        return reply(res, 400, `${error instanceof Error ? error.message : String(error)}\n`);
      }
      return reply(res, 204, '');
    }
    default:
      return reply(res, 405, 'method not allowed\n');
  }
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => reply(res, 500, `${String(error)}\n`));
}).listen(port, '127.0.0.1', () => console.log(`metrics stub listening on 127.0.0.1:${port}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
