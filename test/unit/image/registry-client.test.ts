import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError, TransientError } from '@slipway/kit';
import { TestServer } from '../../support/test-server';
import { RegistryClient } from '../../../packages/image/src/registry-client';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const creds = { username: 'ci', password: 'pa55-word-x' };
const basic = `Basic ${Buffer.from('ci:pa55-word-x').toString('base64')}`;
const manifest = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: { digest: `sha256:${'c'.repeat(64)}`, size: 100 },
  layers: [{ digest: `sha256:${'d'.repeat(64)}`, size: 1000 }],
});

const server = new TestServer();
let flaky = 0;
beforeAll(async () => {
  await server
    .route('/v2/basic/app/manifests/1.0', (req, res) => {
      if (req.headers.authorization !== basic)
        return res.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end();
      res.writeHead(200, {
        'docker-content-digest': DIGEST,
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
      });
      res.end(req.method === 'HEAD' ? undefined : manifest);
    })
    .route('/token', (req, res) => {
      if (req.headers.authorization !== basic) return res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'tok-123456' }));
    })
    .route('/v2/bearer/app/manifests/1.0', (req, res) => {
      if (req.headers.authorization !== 'Bearer tok-123456')
        return res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="${server.url}/token",service="reg",scope="repository:bearer/app:pull"`,
          })
          .end();
      res.writeHead(200, { 'docker-content-digest': DIGEST }).end();
    })
    .route('/v2/missing/manifests/1.0', (_req, res) => res.writeHead(404).end())
    .route('/v2/flaky/manifests/1.0', (_req, res) => {
      flaky++;
      res.writeHead(503, { 'retry-after': '1' }).end();
    })
    .start();
});
afterAll(() => server.stop());

const registry = () => server.url.replace('http://', '');

describe('RegistryClient against a real HTTP server', () => {
  it('HEAD with Basic auth answers the Docker-Content-Digest; GET sums the image size', async () => {
    const client = new RegistryClient(registry(), { credentials: creds, plainHttp: true });
    expect(await client.headManifest('basic/app', '1.0')).toEqual({
      digest: DIGEST,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 0,
    });
    expect(await client.imageSize('basic/app', '1.0')).toBe(Buffer.byteLength(manifest) + 1100);
  });

  it('follows a Bearer challenge to the token realm with the credentials', async () => {
    const client = new RegistryClient(registry(), { credentials: creds, plainHttp: true });
    expect((await client.headManifest('bearer/app', '1.0'))?.digest).toBe(DIGEST);
    const tokenRequest = server.requests.find((r) => r.url.startsWith('/token'));
    expect(tokenRequest?.url).toBe('/token?service=reg&scope=repository%3Abearer%2Fapp%3Apull');
  });

  it('404 is "no such manifest"; 401 without credentials a ConfigError naming the registry', async () => {
    const client = new RegistryClient(registry(), { plainHttp: true });
    expect(await client.headManifest('missing', '1.0')).toBeUndefined();
    const error = await client.headManifest('basic/app', '1.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`at ${registry()} failed: HTTP 401 Unauthorized`);
  });

  it('503 is transient, with the server Retry-After; a closed port is transient and named', async () => {
    const client = new RegistryClient(registry(), { plainHttp: true });
    const error = await client.headManifest('flaky', '1.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterMs).toBe(1000);
    expect(flaky).toBe(1);
    const down = await new RegistryClient('127.0.0.1:1', { plainHttp: true })
      .headManifest('x', '1')
      .catch((e: unknown) => e);
    expect(down).toBeInstanceOf(TransientError);
    expect((down as Error).message).toMatch(/^Manifest lookup at 127\.0\.0\.1:1 failed: ECONNREFUSED/);
  });

  it('falls back to plain HTTP for a loopback registry that does not speak TLS', async () => {
    const client = new RegistryClient(registry(), { credentials: creds });
    expect((await client.headManifest('basic/app', '1.0'))?.digest).toBe(DIGEST);
  });
});
