import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputReader, mapInputSource } from '@slipway/kit';
import { readInputs } from './inputs';

const base = { release: 'web', chart: './chart', image: 'ghcr.io/acme/web:1.2.3', 'check-image': 'false' };
const read = (inputs: Record<string, string>) => readInputs(new InputReader(mapInputSource({ ...base, ...inputs })));

describe('canary routing inputs (gateway-api header, cookie, mirror)', () => {
  it('reads the header, cookie and mirror share into the traffic target', async () => {
    const { target } = (
      await read({ 'canary-header': 'X-Canary: beta', 'canary-cookie': 'canary', 'canary-mirror': '5%' })
    ).config;
    expect(target).toMatchObject({
      header: { name: 'X-Canary', value: 'beta' },
      cookie: { name: 'canary', value: 'always' },
      mirror: { percent: 5 },
    });
    expect((await read({ 'canary-cookie': 'ab=b-2' })).config.target.cookie).toEqual({ name: 'ab', value: 'b-2' });
    expect((await read({})).config.target).toMatchObject({ cookie: undefined, mirror: undefined });
  });

  it.each([
    ['5', { percent: 5 }],
    ['100%', { percent: 100 }],
    ['0.5%', { fraction: { numerator: 5, denominator: 1000 } }],
    ['12.25', { fraction: { numerator: 1225, denominator: 10000 } }],
    ['1/1000', { fraction: { numerator: 1, denominator: 1000 } }],
  ])('canary-mirror %s', async (text, share) => {
    expect((await read({ 'canary-mirror': text })).config.target.mirror).toEqual(share);
  });

  it.each([
    [{ 'canary-mirror': '0' }, /^Input 'canary-mirror': expected a share of requests above 0 .*got "0"$/],
    [{ 'canary-mirror': '150%' }, /^Input 'canary-mirror': expected .*got "150%"$/],
    [{ 'canary-mirror': '3/2' }, /^Input 'canary-mirror': expected .*got "3\/2"$/],
    [{ 'canary-mirror': 'half' }, /^Input 'canary-mirror': expected .*got "half"$/],
    [{ 'canary-cookie': 'a b' }, /^Input 'canary-cookie': expected a cookie name such as "canary".*got "a b"$/],
    [{ 'canary-cookie': 'c=x;y' }, /^Input 'canary-cookie': expected .*got "c=x;y"$/],
    [
      { 'canary-mirror': '5%', provider: 'nginx' },
      /^Input 'canary-mirror': expected no value unless provider is gateway-api, got "5%"$/,
    ],
    [
      { 'canary-cookie': 'canary', provider: 'replicas' },
      /^Input 'canary-cookie': expected no value unless provider is gateway-api, got "canary"$/,
    ],
  ])('refuses %j with one line naming the input', async (inputs, message) => {
    await expect(read(inputs)).rejects.toThrow(message);
  });
});

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const readVerify = (inputs: Record<string, string>) =>
  readInputs(
    new InputReader(
      mapInputSource({
        release: 'web',
        chart: 'oci://registry.local/charts/web',
        image: 'registry.local/web:2',
        ...inputs,
      }),
    ),
  );

describe('canary verification policy inputs', () => {
  it('reads verify-key and verify-attestations as helm-deploy does', async () => {
    const inputs = await readVerify({ 'verify-key': publicPem, 'verify-attestations': 'slsaprovenance1,spdxjson' });
    expect(inputs.verify).toEqual({ publicKey: publicPem.trim(), attestations: ['slsaprovenance1', 'spdxjson'] });
    expect(inputs.config.image).toBe('registry.local/web:2');
    expect((await readVerify({})).verify).toBeUndefined();
  });

  it.each([
    [{ 'verify-attestations': 'spdxjson' }, `Input 'verify-attestations': expected no value unless verify-key is set`],
    [
      { 'verify-key': privatePem },
      `Input 'verify-key': expected the public key (cosign.pub), got a private key (value not shown)`,
    ],
    [{ 'verify-key': publicPem, 'verify-attestations': 'sbom' }, `Input 'verify-attestations': expected attestation`],
  ])('refuses %j before anything is sent to the cluster', async (inputs, message) => {
    await expect(readVerify(inputs)).rejects.toThrow(message);
  });
});

/** With a namespace, so the load's placeholders fill to a known address. */
const readLoadInputs = (inputs: Record<string, string>) => read({ namespace: 'prod', ...inputs });

describe('canary input load', () => {
  it('fills the url placeholders and defaults the duration to the analysis (count × interval)', async () => {
    const { config } = await readLoadInputs({
      load: 'url: "http://{{ canary }}.{{ namespace }}.svc:8080/api"\nrps: 20\nexpect: { status: 200 }',
      interval: '10s',
      count: '3',
      metrics: '- { provider: load, value: error-rate, max: 0.01 }',
    });
    expect(config.load).toMatchObject({ rps: 20, concurrency: 50, durationMs: 30_000 });
    expect(config.load?.check.url.href).toBe('http://web-canary.prod.svc:8080/api');
    expect(config.load?.check.requestTimeoutMs).toBe(10_000);
    expect(config.metrics).toEqual([
      {
        name: 'load-error-rate',
        query: 'error-rate',
        min: undefined,
        max: 0.01,
        template: undefined,
        provider: 'load',
      },
    ]);
  });

  it('is absent by default', async () => {
    expect((await readLoadInputs({})).config.load).toBeUndefined();
  });

  it.each([
    [{ load: 'rps: 5' }, `Input 'load': expected an http(s) "url" for the load`],
    [{ load: 'url: "http://{{ pod }}/"\nrps: 5' }, `Input 'load': expected placeholders among`],
    [{ load: 'url: http://x/\nrps: fast' }, `Input 'load': 'rps' expected an integer from 1 to 100000, got "fast"`],
    [{ load: '- http://x/' }, `Input 'load': expected a map such as`],
    [
      { metrics: '- { provider: load, value: p95, max: 100 }' },
      "Input 'load': expected the load to generate (url, rps) when a metric has provider 'load'",
    ],
  ])('refuses %j in one line', async (inputs, message) => {
    await expect(readLoadInputs(inputs)).rejects.toThrow(message);
  });
});

describe('scale-down-stable', () => {
  it('is false by default, and read as a boolean', async () => {
    expect((await read({})).config.scaleDownStable).toBe(false);
    expect((await read({ 'scale-down-stable': 'true', provider: 'nginx' })).config.scaleDownStable).toBe(true);
  });

  it('is refused with provider replicas, which splits traffic by pods itself', async () => {
    await expect(read({ 'scale-down-stable': 'true', provider: 'replicas' })).rejects.toThrow(
      /^Input 'scale-down-stable': expected false with provider replicas \(it splits traffic by pods itself\), got "true"$/,
    );
    await expect(read({ 'scale-down-stable': 'yes please' })).rejects.toThrow(/^Input 'scale-down-stable'/);
  });
});
