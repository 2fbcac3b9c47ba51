import { createHash, createPublicKey } from 'node:crypto';
import { KMS_KEY } from './cosign-args';

/** What an image must carry to be deployed: a signature by this key, and these signed attestations. */
export interface VerifyPolicy {
  /** PEM text of the cosign public key, or a KMS URI. */
  publicKey: string;
  /** cosign --type names (slsaprovenance1, spdxjson, cyclonedx, …) that must be attested by the same key. */
  attestations: string[];
}

/** What one cosign check found. */
export type CheckFinding = 'verified' | 'absent' | 'other-key' | 'error';

export interface CheckResult {
  /** "signature" or an attestation type. */
  check: string;
  finding: CheckFinding;
  /** cosign's own words, for a finding other than verified. */
  detail?: string;
}

/** The attestation types cosign knows by a short name; anything else must be a predicate type URI. */
export const ATTESTATION_TYPES = [
  'slsaprovenance1',
  'slsaprovenance02',
  'slsaprovenance',
  'spdxjson',
  'spdx',
  'cyclonedx',
  'vuln',
  'openvex',
  'custom',
];

/** The policy in a few words: the key's SHA-256 fingerprint (or its KMS URI) and the attestations. */
export function describePolicy(policy: VerifyPolicy): string {
  const attested = policy.attestations.length ? `, attestations ${policy.attestations.join(', ')}` : '';
  return `key ${keyLabel(policy.publicKey)}${attested}`;
}

/** SHA256:<first 16 hex of the SubjectPublicKeyInfo's digest>, or the KMS URI. */
export function keyLabel(publicKey: string): string {
  const text = publicKey.trim();
  if (KMS_KEY.test(text)) return text;
  const der = createPublicKey(text).export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}

/**
 * Reads cosign's failure text: no signature (or attestation) at all; some, but none by this key;
 * anything else (a registry or network failure) is an error, never taken for a verdict.
 */
export function classifyCosignFailure(stderr: string): Exclude<CheckFinding, 'verified'> {
  const text = stderr.toLowerCase();
  // With nothing stored under the digest, verify-attestation says "no matching attestations: " and no reason.
  if (
    /no signatures found|no attestations found|none of the attestations matched the predicate type|no matching (signatures|attestations):\s*$/m.test(
      text,
    )
  )
    return 'absent';
  if (
    /no matching (signatures|attestations)|invalid signature|verification error|failed to verify signature/.test(text)
  )
    return 'other-key';
  return 'error';
}

/** What the refusal says was missing: one finding after another, in check order. */
export function missingText(results: CheckResult[]): string {
  return results
    .filter((r) => r.finding !== 'verified')
    .map((r) => {
      const what = r.check === 'signature' ? 'signature' : `${r.check} attestation`;
      if (r.finding === 'absent') return `no ${what}`;
      if (r.finding === 'other-key') return `${what} not by this key`;
      return `${what} not checked (${r.detail ?? 'cosign failed'})`;
    })
    .join('; ');
}

/**
 * One line: the image (and the digest its tag points at), where the chart runs it when that is
 * not the input, the policy, and what was missing.
 */
export function refusalLine(
  shown: string,
  digest: string,
  policy: VerifyPolicy,
  results: CheckResult[],
  usedBy?: string,
): string {
  const at = shown.endsWith(digest) ? '' : ` (now ${digest})`;
  const by = usedBy ? `, ${usedBy},` : '';
  return `Image ${shown}${at}${by} refused by the verification policy (${describePolicy(policy)}): ${missingText(results)}`;
}
