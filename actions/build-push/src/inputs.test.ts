import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { InputReader, mapInputSource } from '@slipway/kit';
import { readInputs } from './inputs';

const context = new URL('../../../test/fixtures/app', import.meta.url).pathname;
const read = (inputs: Record<string, string>) =>
  readInputs(
    new InputReader(mapInputSource({ images: 'ghcr.io/acme/shop', context, ...inputs }), {
      workspace: join(context, '..'),
    }),
  );

describe('build-push inputs', () => {
  it('lower-cases an image name as registries want it, and says so', async () => {
    const inputs = await read({ images: 'ghcr.io/Acme/Shop\nghcr.io/acme/web' });
    expect(inputs.images.map((i) => i.name)).toEqual(['ghcr.io/acme/shop', 'ghcr.io/acme/web']);
    expect(inputs.notes).toEqual([
      `Input 'images': "ghcr.io/Acme/Shop" is used as "ghcr.io/acme/shop" (registries take lower-case names)`,
    ]);
  });

  it.each([
    [{ provenance: 'mode=max' }, "Input 'provenance': a provenance attestation needs builder buildx"],
    [{ sbom: 'true' }, "Input 'sbom': an SBOM attestation needs builder buildx"],
    [{ 'cache-to': 'type=local,dest=/tmp/c' }, "Input 'cache-to': a cache export needs builder buildx or buildah"],
    [{ secrets: 'npm=abc' }, "Input 'secrets': a build secret needs builder buildx or buildah"],
  ])('refuses what an explicit docker builder cannot do, with no probe: %j', async (extra, message) => {
    await expect(read({ builder: 'docker', ...extra })).rejects.toThrow(message);
  });

  it('leaves what builder auto will pick to the probe', async () => {
    await expect(read({ builder: 'auto', provenance: 'mode=max' })).resolves.toMatchObject({ provenance: 'mode=max' });
  });
});
