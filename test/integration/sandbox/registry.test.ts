import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execOk, need, registryDigest, uniqueSuffix, testTimeoutMs } from './sandbox-helpers';

const context = fileURLToPath(new URL('../../fixtures/images/hello', import.meta.url));
const anonymous = need('SLIPWAY_REGISTRY');
const tls = need('SLIPWAY_REGISTRY_TLS');
const credentials = { user: need('SLIPWAY_REGISTRY_TLS_USER'), password: need('SLIPWAY_REGISTRY_TLS_PASSWORD') };

function pushedDigest(output: string): string {
  const match = /digest: (sha256:[0-9a-f]{64})/.exec(output);
  if (!match?.[1]) throw new Error(`no digest in docker push output:\n${output}`);
  return match[1];
}

describe('sandbox registries', () => {
  it(
    'takes an image built by the Docker engine, and reports the digest docker pushed',
    async () => {
      const tag = `docker-${uniqueSuffix()}`;
      const anonRef = `${anonymous}/sandbox-test/hello:${tag}`;
      const tlsRef = `${tls}/sandbox-test/hello:${tag}`;
      await execOk('docker', ['build', '-t', anonRef, context], { env: { DOCKER_BUILDKIT: '0' } });

      const anonPush = await execOk('docker', ['push', anonRef]);
      const anonDigest = pushedDigest(anonPush.stdout);
      expect(await registryDigest(anonymous, 'sandbox-test/hello', tag)).toBe(anonDigest);

      await execOk('docker', ['login', tls, '-u', credentials.user, '--password-stdin'], {
        input: `${credentials.password}\n`,
      });
      await execOk('docker', ['tag', anonRef, tlsRef]);
      const tlsPush = await execOk('docker', ['push', tlsRef]);
      const tlsDigest = pushedDigest(tlsPush.stdout);
      expect(await registryDigest(tls, 'sandbox-test/hello', tag, credentials)).toBe(tlsDigest);
    },
    testTimeoutMs,
  );

  it(
    'refuses the TLS registry without credentials',
    async () => {
      await expect(registryDigest(tls, 'sandbox-test/hello', 'latest')).rejects.toThrow(/answered 401/);
    },
    testTimeoutMs,
  );

  it(
    'takes an image built by buildah, and reports the digest buildah pushed',
    async () => {
      const tag = `buildah-${uniqueSuffix()}`;
      const local = `localhost/sandbox-test-hello:${tag}`;
      const scratch = mkdtempSync(join(tmpdir(), 'slipway-buildah-'));
      try {
        await execOk('buildah', ['bud', '--isolation', 'chroot', '-t', local, context]);

        const anonDigestFile = join(scratch, 'anon-digest');
        await execOk('buildah', [
          'push',
          '--digestfile',
          anonDigestFile,
          local,
          `docker://${anonymous}/sandbox-test/hello-buildah:${tag}`,
        ]);
        const anonDigest = readFileSync(anonDigestFile, 'utf8').trim();
        expect(anonDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(await registryDigest(anonymous, 'sandbox-test/hello-buildah', tag)).toBe(anonDigest);

        await execOk('buildah', ['login', '-u', credentials.user, '--password-stdin', tls], {
          input: `${credentials.password}\n`,
        });
        const tlsDigestFile = join(scratch, 'tls-digest');
        await execOk('buildah', [
          'push',
          '--digestfile',
          tlsDigestFile,
          local,
          `docker://${tls}/sandbox-test/hello-buildah:${tag}`,
        ]);
        const tlsDigest = readFileSync(tlsDigestFile, 'utf8').trim();
        expect(await registryDigest(tls, 'sandbox-test/hello-buildah', tag, credentials)).toBe(tlsDigest);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    testTimeoutMs,
  );
});
