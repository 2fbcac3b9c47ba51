import { describe, expect, it } from '@jest/globals';
import { InputReader, mapInputSource, realPathOf } from '@slipway/kit';
import { generateKeyPairSync } from 'node:crypto';
import { readInputs } from './inputs';

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const image = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
const withPolicy = (inputs: Record<string, string>) =>
  readInputs(new InputReader(mapInputSource({ release: 'web', chart: './chart', ...inputs })));

describe('helm-deploy inputs as the runner passes them', () => {
  // The runner fills in every action.yml default, so a plain rolling deploy arrives with
  // keep-previous=until-next although nobody chose blue-green settings.
  it("accepts keep-previous's own default with strategy rolling", async () => {
    const inputs = await readInputs(
      new InputReader(mapInputSource({ release: 'web', chart: './chart', 'keep-previous': 'until-next' })),
    );
    // A local chart is held inside the workspace, so it arrives resolved.
    expect(inputs.request).toMatchObject({ chart: realPathOf('./chart'), blueGreen: undefined });
  });

  it('still refuses another keep-previous without blue-green', async () => {
    await expect(
      readInputs(new InputReader(mapInputSource({ release: 'web', chart: './chart', 'keep-previous': '15m' }))),
    ).rejects.toThrow(/Input 'keep-previous': expected no value unless strategy is blue-green, got "15m"/);
  });

  it('reads a verification policy: the public key and the attestation types', async () => {
    const inputs = await withPolicy({
      image,
      'verify-key': publicPem,
      'verify-attestations': 'slsaprovenance1, spdxjson',
    });
    expect(inputs.verify).toEqual({ publicKey: publicPem.trim(), attestations: ['slsaprovenance1', 'spdxjson'] });
    expect((await withPolicy({ image })).verify).toBeUndefined();
    expect((await withPolicy({ image, 'verify-key': 'awskms:///alias/deploy' })).verify?.publicKey).toBe(
      'awskms:///alias/deploy',
    );
  });

  it.each([
    [
      { image, 'verify-attestations': 'slsaprovenance1' },
      "Input 'verify-attestations': expected no value unless verify-key is set",
    ],
    [
      { image, 'verify-key': privatePem },
      "Input 'verify-key': expected the public key (cosign.pub), got a private key (value not shown)",
    ],
    [{ image, 'verify-key': 'not a key' }, `Input 'verify-key': expected a PEM public key`],
    [{ 'verify-key': 'awskms:///alias/deploy' }, "Input 'image': expected the image to verify when verify-key is set"],
    [
      { image, 'verify-key': 'awskms:///alias/deploy', 'verify-attestations': 'slsa' },
      "Input 'verify-attestations': expected attestation types",
    ],
  ])('refuses a policy it cannot apply: %j', async (extra, message) => {
    const error = await withPolicy(extra).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain(privatePem.split('\n')[1]);
  });

  it.each([
    [
      'a fleet rollback',
      { mode: 'rollback', 'fleet-service': 'api', 'fleet-cluster': 'eu-1' },
      { service: 'api', cluster: 'eu-1' },
    ],
    ['a fleet deploy', { 'fleet-service': 'api', 'fleet-cluster': 'eu-1' }, { service: 'api', cluster: 'eu-1' }],
    ['a service alone (its clusters unnamed)', { mode: 'rollback', 'fleet-service': 'api' }, { service: 'api' }],
  ])('%s: fleet-service and fleet-cluster are what the records name', async (_name, extra, where) => {
    expect((await withPolicy(extra)).where).toEqual(where);
  });

  it('fleet-service is not the blue-green service: both can be given', async () => {
    const inputs = await withPolicy({ strategy: 'blue-green', service: 'web-live', 'fleet-service': 'web' });
    expect([inputs.request.blueGreen?.service, inputs.where.service]).toEqual(['web-live', 'web']);
  });

  it.each([
    [
      { 'fleet-service': 'API' },
      `Input 'fleet-service': expected a slipway.yml service name (lower-case letters, digits and "-", at most 53 characters), got "API"`,
    ],
    [{ 'fleet-service': 'a'.repeat(54) }, `Input 'fleet-service': expected a slipway.yml service name`],
    [
      { 'fleet-cluster': 'eu_1' },
      `Input 'fleet-cluster': expected a slipway.yml cluster name (lower-case letters, digits and "-", at most 63 characters), got "eu_1"`,
    ],
    [
      { mode: 'plan', 'fleet-service': 'api' },
      `Input 'fleet-service': expected no value with mode plan (a plan records nothing), got "api"`,
    ],
    [
      { mode: 'plan', 'fleet-cluster': 'eu-1' },
      `Input 'fleet-cluster': expected no value with mode plan (a plan records nothing), got "eu-1"`,
    ],
  ])('refuses fleet names it cannot record: %j', async (extra, message) => {
    await expect(withPolicy(extra)).rejects.toThrow(message);
  });
});
