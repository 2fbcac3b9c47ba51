import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputReader, mapInputSource } from '@slipway/kit';
import { readInputs } from './inputs';

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const read = (inputs: Record<string, string>) =>
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
    const inputs = await read({ 'verify-key': publicPem, 'verify-attestations': 'slsaprovenance1,spdxjson' });
    expect(inputs.verify).toEqual({ publicKey: publicPem.trim(), attestations: ['slsaprovenance1', 'spdxjson'] });
    expect(inputs.config.image).toBe('registry.local/web:2');
    expect((await read({})).verify).toBeUndefined();
  });

  it.each([
    [{ 'verify-attestations': 'spdxjson' }, `Input 'verify-attestations': expected no value unless verify-key is set`],
    [
      { 'verify-key': privatePem },
      `Input 'verify-key': expected the public key (cosign.pub), got a private key (value not shown)`,
    ],
    [{ 'verify-key': publicPem, 'verify-attestations': 'sbom' }, `Input 'verify-attestations': expected attestation`],
  ])('refuses %j before anything is sent to the cluster', async (inputs, message) => {
    await expect(read(inputs)).rejects.toThrow(message);
  });
});
