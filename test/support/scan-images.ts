import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxEnv } from '@slipway/sandbox';
import { docker } from '../integration/build-push/fixture';
import { repoRoot } from './run-action';

/** The grype fixture images (test/fixtures/scan/image-*), each built FROM scratch. */
export type ScanImageFixture = `image-${'bad' | 'clean' | 'dpkg-bad' | 'dpkg-clean'}`;

/**
 * The fixture built, pushed to `repo:tag` in the sandbox registry and its local copy removed:
 * the digest reference build-push would output, which grype can only pull from the registry.
 */
export function pushScanImage(fixture: ScanImageFixture, repo: string, tag: string): string {
  const ref = `${repo}:${tag}`;
  docker(['build', '--quiet', '--tag', ref, join(repoRoot, 'test', 'fixtures', 'scan', fixture)]);
  docker(['push', '--quiet', ref]);
  const digestRef = docker(['inspect', '--format', '{{index .RepoDigests 0}}', ref]);
  docker(['rmi', '--force', ref]);
  if (!/@sha256:[a-f0-9]{64}$/.test(digestRef)) throw new Error(`${ref} pushed without a digest: ${digestRef}`);
  return digestRef;
}

/** What a workflow step's env gives grype for the sandbox TLS registry: its credentials and CA, no daemon. */
export function grypeRegistryEnv(sandbox: SandboxEnv, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const tls = sandbox['SLIPWAY_REGISTRY_TLS'] as string;
  const env: NodeJS.ProcessEnv = {
    ...base,
    GRYPE_REGISTRY_AUTH_AUTHORITY: tls,
    GRYPE_REGISTRY_AUTH_USERNAME: sandbox['SLIPWAY_REGISTRY_TLS_USER'] as string,
    GRYPE_REGISTRY_AUTH_PASSWORD: sandbox['SLIPWAY_REGISTRY_TLS_PASSWORD'] as string,
    GRYPE_REGISTRY_CA_CERT: sandbox['SLIPWAY_CA_CERT'] as string,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'slipway-grype-docker-')),
  };
  delete env['DOCKER_HOST'];
  return env;
}
