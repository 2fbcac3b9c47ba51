/**
 * The one place the signing tools' versions are pinned (cosign; syft for SBOMs). scripts/install-scanners.sh builds this version from
 * the Go module proxy (the module's content checked against the Go checksum database) into
 * ~/.cache/slipway/scanners/cosign-<version>/bin; the actions take cosign from PATH and refuse one
 * older than `minimum` (earlier v3 releases needed a trusted root to verify with a key offline).
 */
export const COSIGN_PIN = {
  version: '3.1.3',
  minimum: '3.0.4',
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
