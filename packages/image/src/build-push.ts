import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorMessage, exec as kitExec, maskSecret, type Logger } from '@slipway/kit';
import type { BuilderKind, BuildRequest, BuildSettings } from './build-request';
import { BUILDERS } from './builders/builder-table';
import { readIfExists } from './builders/read-if-exists';
import { checkBuilderSupport, selectBuilder, type Exec } from './builders/select-builder';
import { removeDockerConfig, writeDockerConfig, type RegistryLogin } from './docker-config';
import { digestRef, taggedRef, type ImageRef } from './image-ref';
import type { RetryPolicy } from './push-with-retry';
import { RegistryClient } from './registry-client';
import { findCosign, findSyft } from './signing/find-cosign';
import { signImage, type SignedImage, type SigningRequest } from './signing/sign-image';

/** What the user chose for a build and push, as build-push's inputs give it: data only. */
export interface BuildPushChoices extends BuildSettings {
  /** The enabled images; none: the tags are computed bare and the image is built, not pushed. */
  images: ImageRef[];
  /** Build secrets: id → value (written to 0600 files, never to argv). */
  secrets: Record<string, string>;
  /** Build secrets that already are files: id → path. */
  secretFiles: Record<string, string>;
  builder: BuilderKind | 'auto';
  logins: RegistryLogin[];
  dockerConfig?: string;
  skipIfExists: boolean;
  /** Sign the pushed digest with cosign (and attest its provenance); needs push. */
  signing?: SigningRequest;
}

export interface BuildPushOptions extends BuildPushChoices {
  /** Plain tags (computed), applied to every image. */
  tags: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS (buildx): default the manifest. */
  annotationLevels?: string[];
  retry: RetryPolicy;
  /** RUNNER_TEMP: where the docker config and secret files go. */
  tempDir: string;
  /** Called as soon as a secret-holding directory exists, so `post:` can remove it even after a crash. */
  onSecretDir?: (dir: string) => void;
  signal?: AbortSignal;
}

export interface BuildPushDeps {
  exec?: Exec;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  registryClient?: (registry: string, login: RegistryLogin | undefined) => RegistryClient;
}

export interface BuildPushResult {
  skipped: boolean;
  builder?: BuilderKind;
  /** Manifest digest (sha256:…) as the registry serves it; "" when nothing was pushed. */
  digest: string;
  /** name@sha256:… of the first image; "" when nothing was pushed. */
  imageRef: string;
  imageId: string;
  /** Every name:tag. */
  refs: string[];
  registries: string[];
  sizeBytes?: number;
  buildMs: number;
  pushMs: number;
  /** Attempts each registry's push took. */
  attempts: Record<string, number>;
  /** What cosign stored when signing was asked for. */
  signed?: SignedImage;
}

/** Images → a build with the chosen builder → pushes with retries → the digest the registry serves. */
export async function buildAndPush(opts: BuildPushOptions, deps: BuildPushDeps): Promise<BuildPushResult> {
  const exec = deps.exec ?? kitExec;
  const now = deps.now ?? (() => performance.now());
  const logger = deps.logger;
  const registries = [...new Set(opts.images.map((i) => i.registry))];
  const refs = opts.images.flatMap((image) => opts.tags.map((tag) => taggedRef(image, tag)));
  const loginFor = (registry: string) => opts.logins.find((l) => l.registry === registry);
  const client = (registry: string) =>
    deps.registryClient?.(registry, loginFor(registry)) ??
    new RegistryClient(registry, { credentials: loginFor(registry), signal: opts.signal });
  const empty = { refs, registries, buildMs: 0, pushMs: 0, attempts: {}, imageId: '' };

  if (opts.skipIfExists && opts.push) {
    const first = opts.images[0] as ImageRef;
    const existing = await client(first.registry).headManifest(first.repository, opts.tags[0] as string);
    if (existing) {
      logger.info(`${taggedRef(first, opts.tags[0] as string)} already exists (${existing.digest}): build skipped`);
      return { ...empty, skipped: true, digest: existing.digest, imageRef: digestRef(first, existing.digest) };
    }
  }

  const startedOn = new Date();
  const work = join(opts.tempDir, `slipway-build-${globalThis.crypto.randomUUID()}`);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  opts.onSecretDir?.(work);
  let configDir: string | undefined;
  try {
    const env: NodeJS.ProcessEnv = { ...(deps.env ?? process.env) };
    if (opts.logins.length || opts.dockerConfig || dockerConfigWithoutFile(env)) {
      configDir = writeDockerConfig(opts.tempDir, opts.logins, opts.dockerConfig ?? existingDockerConfig(env));
      opts.onSecretDir?.(configDir);
      env['DOCKER_CONFIG'] = configDir;
      env['REGISTRY_AUTH_FILE'] = join(configDir, 'config.json');
    }
    // cosign is looked for before anything is built or pushed: a missing one changes nothing.
    const cosign = opts.signing ? await findCosign(exec, env) : undefined;
    const syft = opts.signing?.sbom ? await findSyft(exec, env) : undefined;
    const req = buildRequest(opts, refs, work);
    const kind = await selectBuilder(opts.builder, exec, env);
    checkBuilderSupport(kind, req);
    logger.info(`Builder: ${kind}`);
    const builder = BUILDERS[kind];
    Object.assign(env, builder.env);
    const policy = { ...opts.retry, signal: opts.signal };
    const job = { req, images: opts.images, registries, work, exec, env, logger, policy, signal: opts.signal, now };
    const buildStarted = now();
    const { toolDigest, attempts, pushMs } = await builder.run(job);
    const buildMs = now() - buildStarted - pushMs;
    const imageId = readIfExists(req.iidFile);
    if (!opts.push) return { ...empty, skipped: false, builder: kind, digest: '', imageRef: '', imageId, buildMs };

    const digest = await registryDigest(opts.images, opts.tags[0] as string, toolDigest, client, logger);
    const first = opts.images[0] as ImageRef;
    let sizeBytes: number | undefined;
    try {
      sizeBytes = await client(first.registry).imageSize(first.repository, digest);
    } catch (error) {
      logger.debug(`image size unknown: ${errorMessage(error)}`);
    }
    const signed =
      opts.signing && cosign
        ? await signImage(opts.images, digest, opts.signing, {
            ...(deps.exec ? { exec: deps.exec } : {}),
            cosign,
            ...(syft ? { syft } : {}),
            logger,
            env,
            workDir: work,
            client,
            startedOn,
            ...(opts.signal ? { signal: opts.signal } : {}),
          })
        : undefined;
    return {
      skipped: false,
      builder: kind,
      digest,
      imageRef: digestRef(first, digest),
      imageId,
      refs,
      registries,
      ...(sizeBytes !== undefined ? { sizeBytes } : {}),
      buildMs,
      pushMs,
      attempts,
      ...(signed ? { signed } : {}),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (configDir) removeDockerConfig(configDir);
  }
}

/** The digest each registry serves for the primary tag; they must agree. */
async function registryDigest(
  images: ImageRef[],
  tag: string,
  toolDigest: string,
  client: (registry: string) => RegistryClient,
  logger: Logger,
): Promise<string> {
  let digest = '';
  for (const image of images) {
    let served: string | undefined;
    try {
      served = (await client(image.registry).headManifest(image.repository, tag))?.digest;
    } catch (error) {
      logger.warning(`Could not read the digest of ${taggedRef(image, tag)} back: ${errorMessage(error)}`);
    }
    if (!served) continue;
    if (digest && served !== digest)
      throw new Error(
        `${taggedRef(image, tag)} is ${served} but ${images[0]?.name}:${tag} is ${digest}: the registries disagree`,
      );
    digest = served;
  }
  if (!digest && !toolDigest)
    throw new Error(`No digest: neither the registry nor the builder reported one for tag ${tag}`);
  if (digest && toolDigest && digest !== toolDigest)
    logger.debug(`builder reported ${toolDigest}, registry serves ${digest}`);
  return digest || toolDigest;
}

function buildRequest(opts: BuildPushOptions, refs: string[], work: string): BuildRequest {
  const secrets: BuildRequest['secrets'] = [];
  for (const [id, value] of Object.entries(opts.secrets)) {
    maskSecret(value);
    const file = join(work, `secret-${secrets.length}`);
    writeFileSync(file, value, { mode: 0o600 });
    secrets.push({ id, file });
  }
  for (const [id, file] of Object.entries(opts.secretFiles)) secrets.push({ id, file });
  return {
    context: opts.context,
    file: opts.file,
    tags: refs,
    labels: opts.labels,
    annotations: opts.annotations,
    ...(opts.annotationLevels ? { annotationLevels: opts.annotationLevels } : {}),
    buildArgs: opts.buildArgs,
    secrets,
    ...(opts.target ? { target: opts.target } : {}),
    platforms: opts.platforms,
    cacheFrom: opts.cacheFrom,
    cacheTo: opts.cacheTo,
    ...(opts.provenance !== undefined ? { provenance: opts.provenance } : {}),
    ...(opts.sbom !== undefined ? { sbom: opts.sbom } : {}),
    push: opts.push,
    load: opts.load,
    iidFile: join(work, 'iid'),
    metadataFile: join(work, 'metadata.json'),
  };
}

function existingDockerConfig(env: NodeJS.ProcessEnv): string | undefined {
  const file = join(env['DOCKER_CONFIG'] || join(homedir(), '.docker'), 'config.json');
  return existsSync(file) ? file : undefined;
}

/**
 * DOCKER_CONFIG names a folder without a config.json, and buildah has no auth file of its own:
 * docker and buildx read that as "no credentials", buildah (containers/common) refuses to push.
 * Our own empty config gives buildah the same reading.
 */
function dockerConfigWithoutFile(env: NodeJS.ProcessEnv): boolean {
  const dir = env['DOCKER_CONFIG'];
  return Boolean(dir) && !env['REGISTRY_AUTH_FILE'] && !existsSync(join(dir as string, 'config.json'));
}
