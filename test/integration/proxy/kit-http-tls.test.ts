import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpRequest } from '@slipway/kit';
import { loopbackAlias, startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { TestServer } from '../../support/test-server';

/** A certificate for this host's name, as a registry with its own CA has (openssl, argv only). */
function certFor(name: string): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-proxy-cert-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

const server = new TestServer().route('/v2/', (_req, res) => res.writeHead(200).end('{}'));
let proxy: ForwardProxy;
let tls: { key: string; cert: string };
beforeAll(async () => {
  tls = certFor(await loopbackAlias());
  await server.start(tls);
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await Promise.all([server.stop(), proxy.stop()]);
  delete process.env['HTTPS_PROXY'];
});

it("kit's HTTP layer trusts a given CA inside the proxy's tunnel, and only that CA", async () => {
  process.env['HTTPS_PROXY'] = proxy.url;
  const url = `https://${await loopbackAlias()}:${new URL(server.url).port}/v2/`;
  const answer = await httpRequest(url, { ca: tls.cert });
  expect([answer.status, answer.proxy]).toEqual([200, proxy.url]);
  await expect(httpRequest(url, { what: 'Registry' })).rejects.toThrow(
    `Registry failed through the proxy ${proxy.url} (HTTPS_PROXY): DEPTH_ZERO_SELF_SIGNED_CERT`,
  );
  const tunnel = `CONNECT ${await loopbackAlias()}:${new URL(server.url).port} HTTP/1.1`;
  expect(proxy.requestLines()).toEqual([tunnel, tunnel]);
});
