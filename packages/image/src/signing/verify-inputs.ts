// Apart from verify-deploy.ts, so that reading the inputs does not load the verifier and the registry client (start-up).
import { ConfigError, inputError, shownValue, type InputReader } from '@slipway/kit';
import { KMS_KEY } from './cosign-args';
import { ATTESTATION_TYPES, keyLabel, type VerifyPolicy } from './verify-policy';

/** An attestation type cosign knows by name, or a predicate type URI. */
export const ATTESTATION_TYPE = new RegExp(`^(${ATTESTATION_TYPES.join('|')}|https?://\\S+)$`);
export const ATTESTATION_EXPECTED = `attestation types such as "slsaprovenance1" (${ATTESTATION_TYPES.join(', ')}) or a predicate type URI`;

/** What is wrong with a policy's key or attestations, as "expected …, got …" parts; undefined: nothing. */
export interface PolicyProblem {
  field: 'key' | 'attestations';
  expected: string;
  /** What was given, as shown (quoted and bounded; a private key is never shown). */
  got: string;
}

/** The checks every reader of a policy applies (the actions' inputs, slipway.yml's verify block). */
export function policyProblem(policy: VerifyPolicy): PolicyProblem | undefined {
  const bad = policy.attestations.find((type) => !ATTESTATION_TYPE.test(type));
  if (bad !== undefined) return { field: 'attestations', expected: ATTESTATION_EXPECTED, got: shownValue(bad) };
  const key = policy.publicKey.trim();
  if (KMS_KEY.test(key)) return undefined;
  if (/PRIVATE KEY/.test(key))
    return { field: 'key', expected: 'the public key (cosign.pub)', got: 'a private key (value not shown)' };
  try {
    keyLabel(key);
    return undefined;
  } catch {
    return {
      field: 'key',
      expected: 'a PEM public key ("-----BEGIN PUBLIC KEY-----" …) or a KMS URI such as "awskms://…"',
      got: shownValue(key.split('\n')[0] ?? ''),
    };
  }
}

/** The verify-key and verify-attestations inputs (helm-deploy, canary): a policy, or none. */
export function readVerifyInputs(reader: InputReader): VerifyPolicy | undefined {
  const publicKey = reader.string('verify-key');
  const attestations = reader.list('verify-attestations', { item: ATTESTATION_TYPE, expected: ATTESTATION_EXPECTED });
  if (!publicKey) {
    if (attestations.length)
      throw inputError(
        'verify-attestations',
        'no value unless verify-key is set (the key they must be signed by)',
        attestations.join(','),
      );
    return undefined;
  }
  const policy = { publicKey, attestations };
  const problem = policyProblem(policy);
  if (problem) {
    const name = problem.field === 'key' ? 'verify-key' : 'verify-attestations';
    throw new ConfigError(`Input '${name}': expected ${problem.expected}, got ${problem.got}`);
  }
  return policy;
}
