/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 * With no cosign on PATH they download this release's binary (install-cosign.ts), held to the
 * SHA-256 below, as cosign_checksums.txt of the v3.1.3 release publishes it.
 */
export const COSIGN_PIN = {
  version: '3.1.3',
  minimum: '3.0.4',
  /** Where `v<version>/cosign-<os>-<arch>` and `v<version>/cosign_checksums.txt` are published. */
  releasesUrl: 'https://github.com/sigstore/cosign/releases/download',
  /** SHA-256 of the pinned release's Linux binaries, by Go arch name. */
  sha256: {
    'linux-amd64': '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71',
    'linux-arm64': 'c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a',
  } as Record<string, string>,
  goModule: 'github.com/sigstore/cosign/v3/cmd/cosign',
  /** What cosign's own release build stamps, so that `cosign version` tells the truth. */
  versionVariable: 'sigs.k8s.io/release-utils/version.gitVersion',
} as const;

/**
 * syft, which writes the SBOM that build-push attests (attest-sbom), built the same way into
 * ~/.cache/slipway/scanners/syft-<version>/bin.
 */
export const SYFT_PIN = {
  version: '1.57.2',
  minimum: '1.0.0',
  goModule: 'github.com/anchore/syft/cmd/syft',
  versionVariable: 'main.version',
} as const;
