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

  it('images with enable=: a disabled image is said and not pushed to', async () => {
    const inputs = await read({ images: 'ghcr.io/acme/shop\nquay.io/acme/shop,enable=false' });
    expect(inputs.images.map((i) => i.name)).toEqual(['ghcr.io/acme/shop']);
    expect(inputs.push).toBe(true);
    expect(inputs.notes).toEqual([`Input 'images': quay.io/acme/shop is disabled (enable=false)`]);
  });

  it('no enabled image: bare tags, the image built and not pushed, and said', async () => {
    for (const images of ['', 'ghcr.io/acme/shop,enable=false']) {
      const inputs = await read({ images, push: 'true' });
      expect(inputs.images).toEqual([]);
      expect(inputs.push).toBe(false);
      expect(inputs.notes).toContain(
        `Input 'images': no image enabled: the tags are computed without a name and the image is built, not pushed`,
      );
    }
  });

  it('a login needs a registry when no image is enabled', async () => {
    await expect(read({ images: '', username: 'ci', password: 'pw' })).rejects.toThrow(
      `Input 'registry': expected the registry to log in to when no image is enabled`,
    );
  });
});
