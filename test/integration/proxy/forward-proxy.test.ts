import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loopbackAlias, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { TestServer } from '../../support/test-server';

function viaProxy(proxy: ForwardProxy, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: proxy.port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the forward proxy fixture (Debian tinyproxy)', () => {
  const server = new TestServer().route('/hello', (_req, res) => res.writeHead(200).end('hi'));
  let proxy: ForwardProxy;
  let refusing: ForwardProxy;
  beforeAll(async () => {
    await server.start();
    proxy = await startForwardProxy();
    refusing = await startForwardProxy({ refuse: true });
  });
  afterAll(async () => {
    await proxy.stop();
    await refusing.stop();
    await server.stop();
  });

  it('forwards an absolute-URI request and its own log shows the request line', async () => {
    const target = `http://${await loopbackAlias()}:${new URL(server.url).port}/hello`;
    await expect(viaProxy(proxy, target)).resolves.toEqual({ status: 200, body: 'hi' });
    expect(proxy.requestLines()).toEqual([`GET ${target} HTTP/1.1`]);
    proxy.clear();
    expect(proxy.requestLines()).toEqual([]);
  });

  it('a refusing proxy answers 403 and logs the refusal, not the request', async () => {
    const response = await viaProxy(refusing, `${server.url}/hello`);
    expect(response.status).toBe(403);
    expect(refusing.requestLines()).toEqual([]);
    expect(refusing.refusedConnections()).toBe(1);
  });
});
