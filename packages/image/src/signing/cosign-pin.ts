/**
 * The one place cosign's version is pinned. scripts/install-scanners.sh builds this version from
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
