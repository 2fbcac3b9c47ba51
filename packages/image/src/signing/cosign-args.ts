/**
 * cosign's argv, built in one place. Every command runs offline with a key: nothing is uploaded to
 * a transparency log (--tlog-upload=false), no signing config is fetched from Sigstore's TUF
 * repository (--use-signing-config=false), and verification skips the transparency log and the
 * certificate checks (--insecure-ignore-tlog=true) that keyless signing needs. Signatures and
 * attestations are stored the way every cosign release and policy controller reads them: as
 * manifests under the digest's own sha256-<hex>.sig / .att tags in the image's repository
 * (--new-bundle-format=false; the registries we run have no referrers API to hold the new bundles).
 * The key is a file path or a KMS URI; its password comes in COSIGN_PASSWORD, never on argv.
 */
const OFFLINE_SIGNING = ['--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format=false'];
const OFFLINE_VERIFY = ['--insecure-ignore-tlog=true', '--new-bundle-format=false'];

/** `cosign sign` of one digest-pinned reference. */
export function cosignSignArgs(key: string, digestRef: string): string[] {
  requireDigest(digestRef);
  return ['sign', '--yes', '--key', key, ...OFFLINE_SIGNING, digestRef];
}

/** `cosign attest` of a predicate file (type: slsaprovenance1, spdxjson, cyclonedx, or a URI). */
export function cosignAttestArgs(key: string, digestRef: string, type: string, predicateFile: string): string[] {
  requireDigest(digestRef);
  return ['attest', '--yes', '--key', key, '--type', type, '--predicate', predicateFile, ...OFFLINE_SIGNING, digestRef];
}

/** `cosign verify` against a public key (a PEM file or a KMS URI); JSON on stdout. */
export function cosignVerifyArgs(publicKey: string, digestRef: string): string[] {
  requireDigest(digestRef);
  return ['verify', '--key', publicKey, ...OFFLINE_VERIFY, '--output', 'json', digestRef];
}

/** `cosign verify-attestation` of one predicate type against a public key. */
export function cosignVerifyAttestationArgs(publicKey: string, digestRef: string, type: string): string[] {
  requireDigest(digestRef);
  return ['verify-attestation', '--key', publicKey, '--type', type, ...OFFLINE_VERIFY, digestRef];
}

/** Never sign or verify a tag: what it points at can change between the check and the pull. */
function requireDigest(ref: string): void {
  if (!/@sha256:[a-f0-9]{64}$/.test(ref)) throw new Error(`cosign is only run on a digest reference, got ${ref}`);
}

/** KMS URIs cosign resolves itself (passed through as --key). */
export const KMS_KEY = /^(awskms|gcpkms|azurekms|hashivault|k8s):\/\/\S+$/;
