import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputReader, mapInputSource, SummaryBuilder, type Logger } from '@slipway/kit';
import { verifiedSummary, verifyDeployImage } from './verify-deploy';
import { policyProblem, readVerifyInputs } from './verify-inputs';
import { keyLabel } from './verify-policy';

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const read = (inputs: Record<string, string>) => readVerifyInputs(new InputReader(mapInputSource(inputs)));

describe('policyProblem', () => {
  it('passes a PEM public key or a KMS URI with known attestation types', () => {
    expect(policyProblem({ publicKey: publicPem, attestations: ['slsaprovenance1', 'spdxjson'] })).toBeUndefined();
    expect(
      policyProblem({ publicKey: 'awskms:///alias/deploy', attestations: ['https://example.com/predicate/v1'] }),
    ).toBeUndefined();
  });

  it('names the field and shows what was given, never a private key', () => {
    expect(policyProblem({ publicKey: privatePem, attestations: [] })).toEqual({
      field: 'key',
      expected: 'the public key (cosign.pub)',
      got: 'a private key (value not shown)',
    });
    expect(policyProblem({ publicKey: 'not a key', attestations: [] })).toMatchObject({
      field: 'key',
      got: '"not a key"',
    });
    expect(policyProblem({ publicKey: publicPem, attestations: ['slsa'] })).toMatchObject({
      field: 'attestations',
      got: '"slsa"',
    });
  });
});

describe('readVerifyInputs', () => {
  it('reads verify-key and verify-attestations, or no policy', () => {
    expect(read({ 'verify-key': publicPem, 'verify-attestations': 'slsaprovenance1\nspdxjson' })).toEqual({
      publicKey: publicPem.trim(),
      attestations: ['slsaprovenance1', 'spdxjson'],
    });
    expect(read({})).toBeUndefined();
  });

  it.each([
    [{ 'verify-attestations': 'spdxjson' }, `Input 'verify-attestations': expected no value unless verify-key is set`],
    [
      { 'verify-key': privatePem },
      `Input 'verify-key': expected the public key (cosign.pub), got a private key (value not shown)`,
    ],
    [{ 'verify-key': 'not a key' }, `Input 'verify-key': expected a PEM public key`],
    [{ 'verify-key': publicPem, 'verify-attestations': 'sbom' }, `Input 'verify-attestations': expected attestation`],
  ])('refuses %j in one line', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });
});

describe('verifyDeployImage', () => {
  const lines: string[] = [];
  const logger: Logger = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    error: (m) => lines.push(m),
    debug: () => undefined,
    group: (_title, body) => body(),
  } as Logger;
  const deps = { what: 'mode rollback', logger, env: {}, tempDir: '/nonexistent' };

  it('does nothing without a policy, and says so when there is no image to verify', async () => {
    expect(await verifyDeployImage('ghcr.io/acme/web:1', undefined, deps)).toBeUndefined();
    expect(lines).toEqual([]);
    expect(await verifyDeployImage(undefined, { publicKey: publicPem, attestations: [] }, deps)).toBeUndefined();
    expect(lines).toEqual(['Verification policy: mode rollback deploys no new image; nothing to verify']);
  });

  it('leaves cosign alone when there is nothing to verify (helm-deploy, the canary and the root action alike)', async () => {
    lines.length = 0;
    // A cosign that cannot be found or downloaded: touching it would fail.
    const cosign = { version: '9.9.9', downloadUrl: 'http://127.0.0.1:9/' };
    const policy = { publicKey: publicPem, attestations: [] };
    const noCosign = { ...deps, env: { PATH: '/nonexistent' }, cosign };
    expect(await verifyDeployImage(undefined, policy, noCosign)).toBeUndefined();
    expect(await verifyDeployImage('ghcr.io/acme/web:1', undefined, noCosign)).toBeUndefined();
    expect(lines).toEqual(['Verification policy: mode rollback deploys no new image; nothing to verify']);
  });
});

describe('verifiedSummary', () => {
  it('shows the image, the digest deployed, the policy and each check', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    const text = verifiedSummary(new SummaryBuilder(), {
      given: 'registry.local/web:1.0',
      digestRef: `registry.local/web@${digest}`,
      digest,
      tag: '1.0',
      policy: `key ${keyLabel(publicPem)}, attestations slsaprovenance1`,
      checks: [
        { check: 'signature', finding: 'verified' },
        { check: 'slsaprovenance1', finding: 'verified' },
      ],
      cosignVersion: 'v3.1.3',
    }).render();
    expect(text).toContain('Image verified');
    expect(text).toContain(`registry.local/web@${digest}`);
    expect(text).toContain('Attestation slsaprovenance1');
    expect(text).toContain(keyLabel(publicPem));
    expect(verifiedSummary(new SummaryBuilder(), undefined).render()).toBe('');
  });

  it("lists the chart's other images: where each runs, the digest verified, and a tag said to be resolved", () => {
    const digest = (c: string) => `sha256:${c.repeat(64)}`;
    const base = {
      policy: `key ${keyLabel(publicPem)}`,
      checks: [{ check: 'signature', finding: 'verified' as const }],
      cosignVersion: 'v3.1.3',
    };
    const text = verifiedSummary(new SummaryBuilder(), undefined, [
      {
        ...base,
        given: 'registry.local/log:2',
        digestRef: `registry.local/log@${digest('c')}`,
        digest: digest('c'),
        tag: '2',
        usedBy: 'container "log" of Deployment/web',
      },
      {
        ...base,
        given: `registry.local/migrate@${digest('d')}`,
        digestRef: `registry.local/migrate@${digest('d')}`,
        digest: digest('d'),
        usedBy: 'init container "migrate" of Job/web-migrate',
      },
    ]).render();
    expect(text).toContain('### Chart images verified');
    expect(text).toContain(
      `| \`registry.local/log:2\` | container "log" of Deployment/web | \`${digest('c')}\` | tag 2, resolved through the registry to this digest; the cluster pulls by the tag |`,
    );
    expect(text).toContain(
      `| \`registry.local/migrate@${digest('d')}\` | init container "migrate" of Job/web-migrate | \`${digest('d')}\` | digest |`,
    );
    expect(text).toContain(`Each one ✅ verified against key ${keyLabel(publicPem)}: signature.`);
    expect(text).not.toContain('Image verified\n');
  });
});
