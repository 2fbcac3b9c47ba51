import { describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { classifyCosignFailure, describePolicy, keyLabel, refusalLine, type CheckResult } from './verify-policy';

// A throwaway key made here: no key is committed.
const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const fingerprint = createHash('sha256')
  .update(publicKey.export({ type: 'spki', format: 'der' }))
  .digest('hex')
  .slice(0, 16);
const digest = `sha256:${'ef'.repeat(32)}`;

describe('verification policy', () => {
  it('names the key by its fingerprint, a KMS key by its URI', () => {
    expect(keyLabel(pem)).toBe(`SHA256:${fingerprint}`);
    expect(keyLabel('awskms:///alias/deploy')).toBe('awskms:///alias/deploy');
    expect(describePolicy({ publicKey: pem, attestations: ['slsaprovenance1', 'spdxjson'] })).toBe(
      `key SHA256:${fingerprint}, attestations slsaprovenance1, spdxjson`,
    );
  });

  it.each([
    ['Error: no signatures found', 'absent'],
    ['Error: no matching attestations: \nerror during command execution: no matching attestations: ', 'absent'],
    [
      'Error: no matching attestations: none of the attestations matched the predicate type: spdxjson, found: https://slsa.dev/provenance/v1',
      'absent',
    ],
    ['Error: no matching signatures: invalid signature when validating ASN.1 encoded signature', 'other-key'],
    ['Error: no matching attestations: crypto/ecdsa: verification error', 'other-key'],
    ['Error: GET https://127.0.0.1:5000/v2/: dial tcp 127.0.0.1:5000: connect: connection refused', 'error'],
  ] as const)('reads cosign saying %j as %s', (stderr, finding) => {
    expect(classifyCosignFailure(stderr)).toBe(finding);
  });

  it('refuses in one line: the image, the digest its tag points at now, the policy, what was missing', () => {
    const checks: CheckResult[] = [
      { check: 'signature', finding: 'verified' },
      { check: 'slsaprovenance1', finding: 'absent' },
      { check: 'spdxjson', finding: 'other-key' },
    ];
    const line = refusalLine(
      '127.0.0.1:5000/acme/shop:v1',
      digest,
      { publicKey: pem, attestations: ['slsaprovenance1', 'spdxjson'] },
      checks,
    );
    expect(line).toBe(
      `Image 127.0.0.1:5000/acme/shop:v1 (now ${digest}) refused by the verification policy (key SHA256:${fingerprint}, attestations slsaprovenance1, spdxjson): no slsaprovenance1 attestation; spdxjson attestation not by this key`,
    );
    expect(line).not.toContain('\n');
  });

  it('an unsigned digest, given by digest, is named once', () => {
    const line = refusalLine(`127.0.0.1:5000/acme/shop@${digest}`, digest, { publicKey: pem, attestations: [] }, [
      { check: 'signature', finding: 'absent' },
    ]);
    expect(line).toBe(
      `Image 127.0.0.1:5000/acme/shop@${digest} refused by the verification policy (key SHA256:${fingerprint}): no signature`,
    );
  });

  it('a check cosign could not make is said as such, with its reason, never as verified', () => {
    const line = refusalLine('r/a:1', digest, { publicKey: pem, attestations: [] }, [
      { check: 'signature', finding: 'error', detail: 'connection refused' },
    ]);
    expect(line).toMatch(/: signature not checked \(connection refused\)$/);
  });

  it('an image of the chart other than the input says where the chart runs it', () => {
    const line = refusalLine(
      '127.0.0.1:5000/acme/log:v1',
      digest,
      { publicKey: pem, attestations: [] },
      [{ check: 'signature', finding: 'absent' }],
      'container "log" of Deployment/web',
    );
    expect(line).toBe(
      `Image 127.0.0.1:5000/acme/log:v1 (now ${digest}), container "log" of Deployment/web, refused by the verification policy (key SHA256:${fingerprint}): no signature`,
    );
  });
});
