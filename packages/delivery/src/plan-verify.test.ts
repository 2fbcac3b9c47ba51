import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@slipway/kit';
import { parseConfig } from './load-config';
import { planDelivery } from './plan-delivery';
import type { PlanRequest } from './plan-request';

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const indent = (pem: string, by: string) => pem.split('\n').join(`\n${by}`);

const request = (over: Partial<PlanRequest> = {}): PlanRequest => ({
  environment: 'production',
  image: 'registry.local/web:1.0',
  stages: undefined,
  owner: 'run 1.1 (deliver)',
  prometheusToken: undefined,
  slack: undefined,
  ...over,
});
const base = (top: string, production: string) =>
  `release: web\nchart: oci://registry.local/charts/web\n${top}environments:\n  staging:\n    namespace: staging\n  production:\n    namespace: production\n${production}`;

async function plan(text: string, dir = '/repo', over: Partial<PlanRequest> = {}) {
  return planDelivery(await parseConfig(text, 'slipway.yml', dir), request(over));
}
async function failure(text: string, dir = '/repo'): Promise<string> {
  const error = await plan(text, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('slipway.yml verify block', () => {
  it('top level: PEM text and attestations make the policy of every environment', async () => {
    const text = base(`verify:\n  key: |\n    ${indent(publicPem, '    ')}\n  attestations: [slsaprovenance1]\n`, '');
    expect((await plan(text)).verify).toEqual({ publicKey: publicPem, attestations: ['slsaprovenance1'] });
    expect((await plan(text, '/repo', { environment: 'staging' })).verify).toEqual({
      publicKey: publicPem,
      attestations: ['slsaprovenance1'],
    });
  });

  it("an environment's block overrides the top-level one key by key; a key file is read beside slipway.yml", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-verify-'));
    try {
      writeFileSync(join(dir, 'cosign.pub'), `${publicPem}\n`);
      const text = base(
        'verify:\n  key: ./cosign.pub\n',
        '    verify:\n      attestations: [slsaprovenance1, spdxjson]\n',
      );
      expect((await plan(text, dir)).verify).toEqual({
        publicKey: publicPem,
        attestations: ['slsaprovenance1', 'spdxjson'],
      });
      expect((await plan(text, dir, { environment: 'staging' })).verify).toEqual({
        publicKey: publicPem,
        attestations: [],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no verify block, or no image delivered: no policy', async () => {
    expect((await plan(base('', ''))).verify).toBeUndefined();
    const text = base('verify:\n  key: awskms:///alias/deploy\n', '');
    expect((await plan(text, '/repo', { stages: [], image: undefined })).verify).toBeUndefined();
    expect((await plan(text)).verify?.publicKey).toBe('awskms:///alias/deploy');
  });

  it.each([
    [
      base('', '    verify:\n      attestations: [slsaprovenance1]\n'),
      'slipway.yml:9:7: environments.production.verify.key: expected the key images must be signed by',
    ],
    [
      base('verify:\n  key: ./missing.pub\n', ''),
      'slipway.yml:4:8: verify.key: expected a readable key file, PEM text or a KMS URI, got "./missing.pub" (ENOENT)',
    ],
    [
      base('', `    verify:\n      key: |\n        ${indent(privatePem.trim(), '        ')}\n`),
      'slipway.yml:9:12: environments.production.verify.key: expected the public key (cosign.pub), got a private key (value not shown)',
    ],
    [
      base('', '    verify:\n      key: "-----BEGIN PUBLIC KEY-----junk"\n'),
      'slipway.yml:9:12: environments.production.verify.key: expected a PEM public key',
    ],
    [
      base('verify:\n  key: awskms:///alias/deploy\n  attestations: [sbom]\n', ''),
      'slipway.yml:5:18: verify.attestations[0]: expected a text such as "slsaprovenance1", got "sbom"',
    ],
  ])('names the file, line and column: %#', async (text, message) => {
    expect(await failure(text)).toContain(message);
  });
});
