import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closedPort, TestServer } from '../../../support/test-server';
import { TransientError } from '../../../../packages/kit/src/errors';
import { httpRequest } from '../../../../packages/kit/src/http/http-request';
import { proxyRouteFor } from '../../../../packages/kit/src/http/proxy-route';

const server = new TestServer();
beforeAll(async () => {
  await server
    .route('/echo', (req, res, body) => res.writeHead(201, { 'x-seen': req.method ?? '' }).end(`got ${body}`))
    .route('/big', (_req, res) => res.writeHead(200).end('x'.repeat(10_000)))
    .route('/slow', () => undefined)
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
