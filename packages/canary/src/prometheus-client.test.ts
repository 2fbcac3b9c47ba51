import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '@slipway/kit';
import { PrometheusClient, QueryRejectedError, valueOf } from './prometheus-client';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;

async function serve(handlers: Handler[]): Promise<{ url: URL; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  server = createServer((req, res) => {
    seen.push(req);
    (handlers.length > 1 ? handlers.shift() : handlers[0])?.(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: new URL(`http://127.0.0.1:${port}/prom/`), seen };
}

async function stop(): Promise<void> {
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
}

afterEach(stop);

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
const vector = (...values: string[]) => ({
  status: 'success',
  data: { resultType: 'vector', result: values.map((v) => ({ metric: {}, value: [1, v] })) },
});
const noSleep = async () => undefined;

describe('PrometheusClient', () => {
  it('sends the query to /api/v1/query under the base path with the token', async () => {
    const { url, seen } = await serve([json(200, vector('0.995'))]);
    const client = new PrometheusClient({ url, token: 't0k3n', sleep: noSleep });
    expect(await client.query('sum(up{job="a b"})')).toEqual({ value: 0.995 });
    const target = new URL(seen[0]?.url ?? '', 'http://x');
    expect(target.pathname).toBe('/prom/api/v1/query');
    expect(target.searchParams.get('query')).toBe('sum(up{job="a b"})');
    expect(seen[0]?.headers.authorization).toBe('Bearer t0k3n');
  });

  it('retries 5xx and 429, then answers', async () => {
    const { url, seen } = await serve([json(503, {}), json(429, {}), json(200, vector('1'))]);
    const client = new PrometheusClient({ url, sleep: noSleep });
    expect(await client.query('up')).toEqual({ value: 1 });
    expect(seen).toHaveLength(3);
  });

  it('gives up after the attempts with a transient error', async () => {
    const { url, seen } = await serve([json(502, {})]);
    const client = new PrometheusClient({ url, attempts: 2, sleep: noSleep });
    await expect(client.query('up')).rejects.toThrow(/answered 502/);
    expect(seen).toHaveLength(2);
  });

  it('does not retry a rejected query and says why', async () => {
    const { url, seen } = await serve([
      json(400, { status: 'error', errorType: 'bad_data', error: 'parse error at char 3' }),
    ]);
    const client = new PrometheusClient({ url, sleep: noSleep });
    const error = await client.query('up{').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRejectedError);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/parse error at char 3/);
    expect(seen).toHaveLength(1);
  });

  it('calls an unreachable Prometheus transient', async () => {
    const { url } = await serve([json(200, {})]);
    await stop();
    const client = new PrometheusClient({ url, attempts: 2, sleep: noSleep });
    await expect(client.query('up')).rejects.toThrow(/unreachable: ECONNREFUSED/);
  });
});

describe('valueOf', () => {
  it('reads vectors and scalars, and calls empty, NaN and many series no data', () => {
    expect(valueOf(vector('0.5'))).toEqual({ value: 0.5 });
    expect(valueOf({ status: 'success', data: { resultType: 'scalar', result: [1, '2'] } })).toEqual({ value: 2 });
    expect(valueOf(vector())).toEqual({ value: undefined, note: 'no series' });
    expect(valueOf(vector('NaN')).value).toBeUndefined();
    expect(valueOf(vector('1', '2'))).toMatchObject({ value: undefined, note: expect.stringMatching(/2 series/) });
  });
});
