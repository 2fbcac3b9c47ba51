import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage, exec as kitExec, maskSecret, type Logger } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { digestRef, type ImageRef } from '../image-ref';
import type { RegistryClient } from '../registry-client';
import { cosignAttestArgs, cosignSignArgs, KMS_KEY } from './cosign-args';
import type { FoundTool } from './find-cosign';
import { slsaProvenance, type RunFacts } from './provenance';

/** build-push's signing inputs: a cosign key (PEM, or a KMS URI cosign resolves) and what to attest. */
export interface SigningRequest {
  /** PEM text of a cosign private key, or a KMS URI (awskms://…, gcpkms://…, hashivault://…). */
  key: string;
  password?: string;
  /** Attest an SLSA v1 provenance predicate built from the run. */
  provenance: boolean;
  /** Attest an SBOM syft writes of the pushed image, in this format. */
  sbom?: SbomFormat;
  /** The run the provenance describes (read before the build, so a missing variable fails early). */
  run?: RunFacts;
}

/** What was stored, each pinned by its own digest in the image's repository. */
export interface SignedImage {
  /** name@sha256:… of each signature manifest (cosign's sha256-<hex>.sig), one per image. */
  signatures: string[];
  /** name@sha256:… of each attestation manifest (sha256-<hex>.att), one per image. */
  attestations: string[];
  /** Predicate types attested, as cosign's --type names them. */
  attestationTypes: string[];
  cosignVersion: string;
}

/** syft's output formats build-push attests, and cosign's --type for each. */
export const SBOM_FORMATS = { 'spdx-json': 'spdxjson', 'cyclonedx-json': 'cyclonedx' } as const;
export type SbomFormat = keyof typeof SBOM_FORMATS;

/** `syft scan` of the pushed digest in its registry, the SBOM written to `file`; quiet, no update check. */
export function syftScanArgs(digestRef: string, format: SbomFormat, file: string): string[] {
  return ['scan', `registry:${digestRef}`, '--output', `${format}=${file}`, '--quiet'];
}

export interface SignDeps {
  exec?: Exec;
  /** cosign (and syft, for an SBOM) as found before the build, so a missing one fails before any push. */
  cosign: FoundTool;
  syft?: FoundTool;
  logger: Logger;
  /** The environment cosign runs in: the action's docker config (DOCKER_CONFIG) with its logins. */
  env: NodeJS.ProcessEnv;
  /** Private 0600 directory under RUNNER_TEMP, removed by the caller (and by post). */
  workDir: string;
  client: (registry: string) => RegistryClient;
  startedOn: Date;
  now?: () => Date;
  signal?: AbortSignal;
}

/** cosign's tag for what it stores about a digest: sha256:abc… → sha256-abc….sig */
export function cosignTag(digest: string, suffix: 'sig' | 'att'): string {
  return `${digest.replace(':', '-')}.${suffix}`;
}

/**
 * Signs the pushed digest in every image's repository and, when asked, attests SLSA provenance;
 * then reads back the digest of what cosign stored. The key is written to a 0600 file in the
 * private work dir (a KMS URI is passed as it is); the password goes in COSIGN_PASSWORD.
 */
export async function signImage(
  images: ImageRef[],
  digest: string,
  request: SigningRequest,
  deps: SignDeps,
): Promise<SignedImage> {
  const exec = deps.exec ?? kitExec;
  const { logger } = deps;
  const { cosign } = deps;
  let key = request.key.trim();
  if (!KMS_KEY.test(key)) {
    maskSecret(request.key);
    const file = join(deps.workDir, 'cosign.key');
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
    key = file;
  }
  maskSecret(request.password);
  const env = { ...deps.env, COSIGN_PASSWORD: request.password ?? '' };
  const run = (args: string[]) => exec(cosign.file, args, { env, logger, signal: deps.signal, timeoutMs: 300_000 });
  const result: SignedImage = { signatures: [], attestations: [], attestationTypes: [], cosignVersion: cosign.version };
  let predicateFile: string | undefined;
  if (request.provenance) {
    if (!request.run) throw new Error('provenance requested without the run it describes');
    const first = images[0] as ImageRef;
    predicateFile = join(deps.workDir, 'provenance.json');
    const predicate = slsaProvenance(
      request.run,
      { name: first.name, digest },
      { startedOn: deps.startedOn, finishedOn: (deps.now ?? (() => new Date()))() },
    );
    writeFileSync(predicateFile, JSON.stringify(predicate, null, 2), { mode: 0o600 });
    result.attestationTypes.push('slsaprovenance1');
  }
  let sbomFile: string | undefined;
  if (request.sbom) {
    if (!deps.syft) throw new Error('an SBOM requested without syft');
    const first = digestRef(images[0] as ImageRef, digest);
    sbomFile = join(deps.workDir, `sbom.${request.sbom}`);
    logger.info(`Writing the ${request.sbom} SBOM of ${first} with syft ${deps.syft.version}`);
    // syft reads the registry login from the same docker config; it never checks for updates here.
    await exec(deps.syft.file, syftScanArgs(first, request.sbom, sbomFile), {
      env: { ...deps.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
      logger,
      signal: deps.signal,
      timeoutMs: 600_000,
    });
    result.attestationTypes.push(SBOM_FORMATS[request.sbom]);
  }
  for (const image of images) {
    const ref = digestRef(image, digest);
    logger.info(
      `Signing ${ref}${predicateFile ? ' and attesting its SLSA provenance' : ''} with cosign ${cosign.version}`,
    );
    await run(cosignSignArgs(key, ref));
    if (predicateFile) await run(cosignAttestArgs(key, ref, 'slsaprovenance1', predicateFile));
    if (sbomFile && request.sbom) await run(cosignAttestArgs(key, ref, SBOM_FORMATS[request.sbom], sbomFile));
    result.signatures.push(await stored(deps, image, cosignTag(digest, 'sig')));
    // cosign keeps every attestation of a digest as a layer of the one sha256-<hex>.att manifest.
    if (predicateFile || sbomFile) result.attestations.push(await stored(deps, image, cosignTag(digest, 'att')));
  }
  return result;
}

/** name@sha256:… of the manifest cosign stored under `tag`; it must be there. */
async function stored(deps: SignDeps, image: ImageRef, tag: string): Promise<string> {
  let found;
  try {
    found = await deps.client(image.registry).headManifest(image.repository, tag);
  } catch (error) {
    throw new Error(`cosign stored ${image.name}:${tag}, but it could not be read back: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  if (!found) throw new Error(`cosign reported success, but ${image.name}:${tag} is not in ${image.registry}`);
  return digestRef(image, found.digest);
}
