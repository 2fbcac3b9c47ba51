import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { InputReader, mapInputSource } from '@slipway/kit';
import { generateKeyPairSync } from 'node:crypto';
import { readInputs } from './inputs';

// A throwaway key made here (cosign's own keys are made by cosign in the integration test).
const privatePem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const run = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_RUN_ID: '7',
};

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

  it('an explicit buildah refuses a cache it cannot use, with no probe, and takes the registry form', async () => {
    await expect(read({ builder: 'buildah', 'cache-from': 'type=local,src=/tmp/c' })).rejects.toThrow(
      "Input 'cache-from': expected with builder buildah a registry cache repository without a tag",
    );
    await expect(read({ builder: 'buildah', 'cache-to': 'type=registry,ref=ghcr.io/acme/shop:cache' })).rejects.toThrow(
      "Input 'cache-to': expected with builder buildah a registry cache repository without a tag",
    );
    const ok = await read({
      builder: 'buildah',
      'cache-from': 'type=registry,ref=ghcr.io/acme/shop-cache',
      'cache-to': 'type=registry,ref=ghcr.io/acme/shop-cache,mode=max',
    });
    expect(ok.cacheTo).toEqual(['type=registry,ref=ghcr.io/acme/shop-cache,mode=max']);
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

  describe('signing', () => {
    const saved = { ...process.env };
    const withRun = async <T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> => {
      Object.assign(process.env, env);
      try {
        return await body();
      } finally {
        for (const name of Object.keys(env)) delete process.env[name];
        Object.assign(process.env, saved);
      }
    };

    it('takes a PEM key and its password, with provenance from the run', async () => {
      const inputs = await withRun(run, () =>
        read({ 'cosign-key': `${privatePem}\n`, 'cosign-password': 'pw-123456' }),
      );
      expect(inputs.signing).toMatchObject({
        key: privatePem.trim(),
        password: 'pw-123456',
        provenance: true,
        run: { repository: 'acme/shop', runId: '7', sha: 'f'.repeat(40) },
      });
      expect((await read({})).signing).toBeUndefined();
    });

    it('attests an SBOM in the format asked, only with a key', async () => {
      const inputs = await read({
        'cosign-key': privatePem,
        'attest-provenance': 'false',
        'attest-sbom': 'cyclonedx-json',
      });
      expect(inputs.signing).toMatchObject({ provenance: false, sbom: 'cyclonedx-json' });
      await expect(read({ 'attest-sbom': 'spdx-json' })).rejects.toThrow(
        `Input 'attest-sbom': expected false unless 'cosign-key' is set (the key that signs it), got "spdx-json"`,
      );
      await expect(
        read({ 'cosign-key': privatePem, 'attest-provenance': 'false', 'attest-sbom': 'spdx' }),
      ).rejects.toThrow("Input 'attest-sbom'");
    });

    it('passes a KMS URI through; provenance can be turned off', async () => {
      const inputs = await read({
        'cosign-key': 'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k',
        'attest-provenance': 'false',
      });
      expect(inputs.signing).toEqual({
        key: 'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k',
        provenance: false,
      });
    });

    it.each([
      [
        { 'cosign-password': 'pw-123456' },
        "Input 'cosign-key': expected a cosign private key when 'cosign-password' is set",
      ],
      [
        { 'cosign-key': 'file:///etc/key' },
        "Input 'cosign-key': expected a cosign private key (PEM, from cosign generate-key-pair) or a KMS URI",
      ],
      [
        { 'cosign-key': privatePem, push: 'false', 'attest-provenance': 'false' },
        "Input 'cosign-key': expected push: true",
      ],
      [{ 'cosign-key': privatePem }, "Input 'attest-provenance': SLSA provenance needs the run's"],
    ])('refuses what it cannot sign: %j', async (extra, message) => {
      // Outside a workflow run, whatever the machine running the tests sets.
      const error = await withRun({ GITHUB_WORKFLOW_REF: '', GITHUB_RUN_ID: '' }, () => read(extra)).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain(message);
      expect(error?.message).not.toContain(privatePem.split('\n')[1]);
    });
  });
});
