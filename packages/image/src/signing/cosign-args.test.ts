import { describe, expect, it } from '@jest/globals';
import {
  cosignAttestArgs,
  cosignSignArgs,
  cosignVerifyArgs,
  cosignVerifyAttestationArgs,
  KMS_KEY,
} from './cosign-args';
import { cosignTag, SBOM_FORMATS, syftScanArgs } from './sign-image';

const digest = `sha256:${'ab'.repeat(32)}`;
const ref = `127.0.0.1:5000/acme/shop@${digest}`;

describe('cosign argv', () => {
  it('signs a digest with a key, offline: no transparency log, no signing config from TUF, classic .sig storage', () => {
    expect(cosignSignArgs('/tmp/w/cosign.key', ref)).toEqual([
      'sign',
      '--yes',
      '--key',
      '/tmp/w/cosign.key',
      '--tlog-upload=false',
      '--use-signing-config=false',
      '--new-bundle-format=false',
      ref,
    ]);
  });

  it('attests a predicate file by type, the same offline way', () => {
    expect(cosignAttestArgs('awskms:///alias/ci', ref, 'slsaprovenance1', '/tmp/w/provenance.json')).toEqual([
      'attest',
      '--yes',
      '--key',
      'awskms:///alias/ci',
      '--type',
      'slsaprovenance1',
      '--predicate',
      '/tmp/w/provenance.json',
      '--tlog-upload=false',
      '--use-signing-config=false',
      '--new-bundle-format=false',
      ref,
    ]);
  });

  it('verifies signatures and attestations without the transparency log', () => {
    expect(cosignVerifyArgs('/tmp/k.pub', ref)).toEqual([
      'verify',
      '--key',
      '/tmp/k.pub',
      '--insecure-ignore-tlog=true',
      '--new-bundle-format=false',
      '--output',
      'json',
      ref,
    ]);
    expect(cosignVerifyAttestationArgs('/tmp/k.pub', ref, 'spdxjson')).toEqual([
      'verify-attestation',
      '--key',
      '/tmp/k.pub',
      '--type',
      'spdxjson',
      '--insecure-ignore-tlog=true',
      '--new-bundle-format=false',
      ref,
    ]);
  });

  it.each([cosignSignArgs, cosignVerifyArgs])('never runs on a tag: %p', (build) => {
    expect(() => build('/k', '127.0.0.1:5000/acme/shop:main')).toThrow('only run on a digest reference');
  });

  it('passes KMS URIs through and takes nothing else for one', () => {
    expect(KMS_KEY.test('gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k')).toBe(true);
    expect(KMS_KEY.test('hashivault://transit-key')).toBe(true);
    expect(KMS_KEY.test('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----')).toBe(false);
    expect(KMS_KEY.test('file:///etc/passwd')).toBe(false);
  });

  it("names cosign's storage tags after the digest", () => {
    expect(cosignTag(digest, 'sig')).toBe(`sha256-${'ab'.repeat(32)}.sig`);
    expect(cosignTag(digest, 'att')).toBe(`sha256-${'ab'.repeat(32)}.att`);
  });

  it('writes the SBOM of the pushed digest from the registry, attested under the matching cosign type', () => {
    expect(syftScanArgs(ref, 'spdx-json', '/tmp/w/sbom.spdx-json')).toEqual([
      'scan',
      `registry:${ref}`,
      '--output',
      'spdx-json=/tmp/w/sbom.spdx-json',
      '--quiet',
    ]);
    expect(SBOM_FORMATS).toEqual({ 'spdx-json': 'spdxjson', 'cyclonedx-json': 'cyclonedx' });
  });
});
