import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closedPort, TestServer } from '../../../../test/support/test-server';
import { TransientError } from '../errors';
import { httpRequest } from './http-request';
import { proxyRouteFor } from './proxy-route';
import { requestWithRetry } from './request-with-retry';

const server = new TestServer();
let flaky = 0;
beforeAll(async () => {
  await server
    .route('/echo', (req, res, body) => res.writeHead(201, { 'x-seen': req.method ?? '' }).end(`got ${body}`))
    .route('/big', (_req, res) => res.writeHead(200).end('x'.repeat(10_000)))
    .route('/slow', () => undefined)
    .route('/flaky', (_req, res) => res.writeHead(flaky++ < 1 ? 503 : 200, { 'retry-after': '0' }).end('ok'))
    .start();
});
afterAll(() => server.stop());

describe('httpRequest: the outbound HTTP layer', () => {
  it('sends the body, answers status, headers and body (cut at maxBodyBytes); no proxy for loopback', async () => {
    const res = await httpRequest(`${server.url}/echo`, { method: 'POST', body: 'hi' });
    expect([res.status, res.header('X-Seen'), res.text(), res.proxy]).toEqual([201, 'POST', 'got hi', undefined]);
    expect((await httpRequest(`${server.url}/big`, { maxBodyBytes: 100 })).body.length).toBe(100);
  });

  it('times out as a transient error naming what was asked; a closed port is transient too', async () => {
    const slow = await httpRequest(`${server.url}/slow`, { timeoutMs: 100, what: 'Probe' }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(TransientError);
    expect((slow as Error).message).toBe('Probe: no answer within 100ms');
    const down = await httpRequest('http://127.0.0.1:1/', { what: 'Thing' }).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(TransientError);
    expect((down as Error).message).toMatch(/^Thing failed: ECONNREFUSED/);
  });

  it('requestWithRetry tries a 503 again and returns the later answer', async () => {
    const res = await requestWithRetry(`${server.url}/flaky`, {}, { baseDelayMs: 1, sleep: async () => undefined });
    expect(res.status).toBe(200);
    expect(flaky).toBe(2);
  });
});

describe('proxyRouteFor: as @actions/http-client decides', () => {
  const withEnv = async <T>(env: Record<string, string>, fn: () => T): Promise<Awaited<T>> => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return await fn();
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  };
  it('names the variable read, bypasses loopback and NO_PROXY entries', async () => {
    await withEnv({ https_proxy: 'http://u:secret@proxy.corp:3128', NO_PROXY: 'internal.corp,.svc' }, () => {
      expect(proxyRouteFor(new URL('https://api.example.com/'))).toMatchObject({
        variable: 'https_proxy',
        shown: 'http://proxy.corp:3128',
      });
      expect(proxyRouteFor(new URL('https://127.0.0.1/'))).toBeUndefined();
      expect(proxyRouteFor(new URL('https://git.internal.corp/'))).toBeUndefined();
      expect(proxyRouteFor(new URL('https://db.ns.svc/'))).toBeUndefined();
      expect(proxyRouteFor(new URL('http://api.example.com/'))).toBeUndefined();
    });
  });

  it('an unreachable proxy is a transient error naming the proxy and its variable', async () => {
    const port = await closedPort();
    const error = await withEnv({ HTTP_PROXY: `http://127.0.0.1:${port}` }, () =>
      httpRequest('http://api.example.invalid/x', { what: 'Thing' }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Thing: the proxy http://127\\.0\\.0\\.1:${port} \\(HTTP_PROXY\\) is unreachable: connect ECONNREFUSED`,
      ),
    );
  });
});
