import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger, type ExecOptions } from '@slipway/kit';
import type { RegistryClient } from '../registry-client';
import { parseImageRef } from '../image-ref';
import { runFactsFromEnv } from './provenance';
import { signImage } from './sign-image';
import { verifyImage } from './verify-image';

// Throwaway keys made here: no key is committed.
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const digest = `sha256:${'12'.repeat(32)}`;
const stored = `sha256:${'34'.repeat(32)}`;
const images = [parseImageRef('127.0.0.1:5000/acme/shop', 'test'), parseImageRef('ghcr.io/acme/shop', 'test')];

interface Call {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  keyFile?: { text: string; mode: number };
}

/** A recording exec: cosign answers as told, and what a --key file held is kept as it was then. */
function fakeExec(answer: (args: string[]) => { exitCode: number; stderr?: string } = () => ({ exitCode: 0 })) {
  const calls: Call[] = [];
  const exec = async (file: string, args: readonly string[], options: ExecOptions = {}) => {
    const call: Call = { file, args: [...args], env: options.env ?? {} };
    const key = args[args.indexOf('--key') + 1];
    if (args.includes('--key') && key && existsSync(key))
      call.keyFile = { text: readFileSync(key, 'utf8'), mode: statSync(key).mode & 0o777 };
    calls.push(call);
    if (args[0] === 'version') return { exitCode: 0, stdout: 'GitVersion:    v3.1.3\n', stderr: '' };
    const { exitCode, stderr = '' } = answer([...args]);
    return { exitCode, stdout: exitCode === 0 ? '[]' : '', stderr };
  };
  return { calls, exec: exec as never };
}

const client = (tags: Record<string, string | undefined>) => () =>
  ({
    headManifest: async (_repo: string, ref: string) => (tags[ref] ? { digest: tags[ref] } : undefined),
  }) as unknown as RegistryClient;

describe('signImage', () => {
  it('signs and attests each image by digest; the key only in a 0600 file, the password only in the environment', async () => {
    const { calls, exec } = fakeExec();
    const workDir = mkdtempSync(join(tmpdir(), 'slipway-sign-test-'));
    const run = runFactsFromEnv({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '1',
    });
    const hex = digest.slice('sha256:'.length);
    const signed = await signImage(
      images,
      digest,
      { key: privatePem, password: 'pw-secret-42', provenance: true, run },
      {
        exec,
        logger: memoryLogger(),
        env: { DOCKER_CONFIG: '/tmp/cfg' },
        workDir,
        client: client({ [`sha256-${hex}.sig`]: stored, [`sha256-${hex}.att`]: stored }),
        cosign: { file: 'cosign', version: '3.1.3' },
        startedOn: new Date(0),
      },
    );
    expect(calls.map((c) => [c.args[0], c.args.at(-1)])).toEqual([
      ['sign', `127.0.0.1:5000/acme/shop@${digest}`],
      ['attest', `127.0.0.1:5000/acme/shop@${digest}`],
      ['sign', `ghcr.io/acme/shop@${digest}`],
      ['attest', `ghcr.io/acme/shop@${digest}`],
    ]);
    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain('PRIVATE KEY');
      expect(call.args.join(' ')).not.toContain('pw-secret-42');
      expect(call.env['COSIGN_PASSWORD']).toBe('pw-secret-42');
      expect(call.env['DOCKER_CONFIG']).toBe('/tmp/cfg');
      expect(call.keyFile).toEqual({ text: `${privatePem.trim()}\n`, mode: 0o600 });
    }
    expect(signed).toEqual({
      signatures: [`127.0.0.1:5000/acme/shop@${stored}`, `ghcr.io/acme/shop@${stored}`],
      attestations: [`127.0.0.1:5000/acme/shop@${stored}`, `ghcr.io/acme/shop@${stored}`],
      attestationTypes: ['slsaprovenance1'],
      cosignVersion: '3.1.3',
    });
  });

  it('passes a KMS URI through as the key, and fails when what cosign stored is not there', async () => {
    const { calls, exec } = fakeExec();
    await expect(
      signImage(
        [images[0]!],
        digest,
        { key: 'awskms:///alias/ci', provenance: false },
        {
          exec,
          logger: memoryLogger(),
          env: {},
          workDir: mkdtempSync(join(tmpdir(), 'slipway-sign-test-')),
          client: client({}),
          cosign: { file: 'cosign', version: '3.1.3' },
          startedOn: new Date(0),
        },
      ),
    ).rejects.toThrow(
      `cosign reported success, but 127.0.0.1:5000/acme/shop:sha256-${'12'.repeat(32)}.sig is not in 127.0.0.1:5000`,
    );
    expect(calls[0]?.args.slice(0, 4)).toEqual(['sign', '--yes', '--key', 'awskms:///alias/ci']);
  });
});

describe('verifyImage', () => {
  const policy = { publicKey: publicPem, attestations: ['slsaprovenance1'] };
  const deps = (exec: never, tags: Record<string, string>) => ({
    exec,
    logger: memoryLogger(),
    env: {},
    tempDir: mkdtempSync(join(tmpdir(), 'slipway-verify-test-')),
    client: client(tags),
  });

  it('resolves the tag once and verifies that digest: signature, then each attestation', async () => {
    const { calls, exec } = fakeExec();
    const verified = await verifyImage('127.0.0.1:5000/acme/shop:v1', policy, deps(exec, { v1: digest }));
    expect(verified).toMatchObject({ digestRef: `127.0.0.1:5000/acme/shop@${digest}`, digest, tag: 'v1' });
    expect(calls.filter((c) => c.args[0] !== 'version').map((c) => [c.args[0], c.args.at(-1)])).toEqual([
      ['verify', `127.0.0.1:5000/acme/shop@${digest}`],
      ['verify-attestation', `127.0.0.1:5000/acme/shop@${digest}`],
    ]);
    expect(calls[1]?.keyFile?.text).toBe(`${publicPem.trim()}\n`);
  });

  it('refuses with one line naming the image, the digest its tag points at, the policy and what is missing', async () => {
    const { exec } = fakeExec((args) =>
      args[0] === 'verify'
        ? { exitCode: 1, stderr: 'Error: no signatures found\n' }
        : { exitCode: 1, stderr: 'Error: no matching attestations: \n' },
    );
    const error = await verifyImage('127.0.0.1:5000/acme/shop:v1', policy, deps(exec, { v1: digest })).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `^Image 127\\.0\\.0\\.1:5000/acme/shop:v1 \\(now ${digest}\\) refused by the verification policy \\(key SHA256:[0-9a-f]{16}, attestations slsaprovenance1\\): no signature; no slsaprovenance1 attestation$`,
      ),
    );
  });

  it('a tag the registry does not have is refused before cosign runs', async () => {
    const { calls, exec } = fakeExec();
    await expect(verifyImage('127.0.0.1:5000/acme/shop:gone', policy, deps(exec, {}))).rejects.toThrow(
      "Input 'image': 127.0.0.1:5000/acme/shop:gone does not exist in 127.0.0.1:5000",
    );
    expect(calls).toEqual([]);
  });
});
