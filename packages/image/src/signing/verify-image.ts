import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, errorMessage, exec as kitExec, TransientError, type Logger } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { credentialsFor } from '../docker-config';
import { digestRef, parseImageRef, type ImageRef } from '../image-ref';
import { RegistryClient } from '../registry-client';
import { cosignVerifyArgs, cosignVerifyAttestationArgs, KMS_KEY } from './cosign-args';
import { findCosign } from './find-cosign';
import {
  classifyCosignFailure,
  describePolicy,
  refusalLine,
  type CheckResult,
  type VerifyPolicy,
} from './verify-policy';

/** A verified image: deploy `digestRef`, the digest that was checked, never the tag. */
export interface VerifiedImage {
  /** As given: name:tag or name@sha256:…. */
  given: string;
  digestRef: string;
  digest: string;
  /** The tag it was given by, resolved once to `digest`. */
  tag?: string;
  policy: string;
  checks: CheckResult[];
  cosignVersion: string;
  /** Where a chart rendered it (`container "log" of Deployment/web`), for an image other than the input. */
  usedBy?: string;
}

/** Where the image was named, for its errors: the input (default), or the chart object that runs it. */
export interface ImageSource {
  /** Prefix of a bad-reference or missing-tag error: "Input 'image'", "Chart image". */
  where: string;
  /** `container "log" of Deployment/web`: added to the refusal and the summary. */
  usedBy?: string;
}

const INPUT_IMAGE: ImageSource = { where: `Input 'image'` };

export interface VerifyDeps {
  exec?: Exec;
  logger: Logger;
  /** cosign's environment; its DOCKER_CONFIG (or ~/.docker) also gives our registry client its login. */
  env: NodeJS.ProcessEnv;
  /** RUNNER_TEMP: where the public key file is written for cosign, and removed. */
  tempDir: string;
  client?: (image: ImageRef) => RegistryClient;
  signal?: AbortSignal;
}

/**
 * Resolves the image's tag to a digest once, then asks cosign whether that digest is signed by
 * the policy's key and carries each required attestation signed by it. Any miss throws one
 * ConfigError line naming the image, the policy and what was missing; nothing else has happened.
 */
export async function verifyImage(
  text: string,
  policy: VerifyPolicy,
  deps: VerifyDeps,
  source: ImageSource = INPUT_IMAGE,
): Promise<VerifiedImage> {
  const exec = deps.exec ?? kitExec;
  const image = parseImageRef(text, source.where);
  const given = text.trim();
  const digest = image.digest ?? (await resolveDigest(image, deps, source.where));
  const ref = digestRef(image, digest);
  const cosign = await findCosign(exec, deps.env);
  const dir = mkdtempSync(join(deps.tempDir, 'slipway-verify-'));
  try {
    let key = policy.publicKey.trim();
    if (!KMS_KEY.test(key)) {
      key = join(dir, 'cosign.pub');
      writeFileSync(key, `${policy.publicKey.trim()}\n`, { mode: 0o600 });
    }
    const check = async (name: string, args: string[]): Promise<CheckResult> => {
      const result = await exec(cosign.file, args, {
        env: deps.env,
        ignoreExitCode: true,
        timeoutMs: 120_000,
        ...(deps.signal ? { signal: deps.signal } : {}),
      });
      if (result.exitCode === 0) return { check: name, finding: 'verified' };
      const detail = lastErrorLine(result.stderr);
      deps.logger.debug(`cosign ${args[0]} ${name}: ${result.stderr.trim()}`);
      return { check: name, finding: classifyCosignFailure(result.stderr), detail };
    };
    deps.logger.info(`Verifying ${ref}${image.digest ? '' : ` (${given})`} against ${describePolicy(policy)}`);
    const checks = [await check('signature', cosignVerifyArgs(key, ref))];
    for (const type of policy.attestations) checks.push(await check(type, cosignVerifyAttestationArgs(key, ref, type)));
    if (checks.some((c) => c.finding !== 'verified'))
      throw new ConfigError(refusalLine(given, digest, policy, checks, source.usedBy));
    for (const c of checks)
      deps.logger.info(`${c.check === 'signature' ? 'Signature' : `Attestation ${c.check}`}: verified`);
    return {
      given,
      digestRef: ref,
      digest,
      ...(image.tag && !image.digest ? { tag: image.tag } : {}),
      policy: describePolicy(policy),
      checks,
      cosignVersion: cosign.version,
      ...(source.usedBy ? { usedBy: source.usedBy } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The tag's digest as the registry serves it now (one HEAD), with the docker config's login. */
async function resolveDigest(image: ImageRef, deps: VerifyDeps, where: string): Promise<string> {
  const tag = image.tag ?? 'latest';
  const client =
    deps.client?.(image) ??
    new RegistryClient(image.registry, {
      credentials: credentialsFor(deps.env['DOCKER_CONFIG'] || join(homedir(), '.docker'), image.registry),
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
  let found;
  try {
    found = await client.headManifest(image.repository, tag);
  } catch (error) {
    throw new TransientError(`Could not resolve ${image.name}:${tag} to a digest to verify: ${errorMessage(error)}`);
  }
  if (!found) throw new ConfigError(`${where}: ${image.name}:${tag} does not exist in ${image.registry}`);
  return found.digest;
}

function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const error = lines.filter((l) => /^error:/i.test(l)).pop() ?? lines.pop() ?? '';
  return error.replace(/^error:\s*/i, '').slice(0, 200);
}
