import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ConfigError, InputReader, inputError, maskSecret, refuseOptionLike, setOwn } from '@slipway/kit';
import {
  checkBuilderSupport,
  parseFlavor,
  parseImageList,
  parseTagRules,
  type BuildPushStageRequest,
  type CosignInputs,
  readCosignInputs,
  type ImageRef,
  type RegistryLogin,
  type SigningRequest,
  KMS_KEY,
  runFactsFromEnv,
} from '@slipway/image';

/** The build-push stage's request, and which cosign signs when none on PATH fits (cosign-version, cosign-download-url). */
export interface BuildPushInputs extends BuildPushStageRequest {
  cosign: CosignInputs;
}

const CACHE_SPEC = 'cache specs such as "type=registry,ref=ghcr.io/acme/app:cache"';

/** Build-arg names that say "secret": build args stay in the image history for anyone to read. */
const SECRET_NAME = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH)($|_)/i;

/** Every input read once, typed and validated, before anything is built or written. */
export async function readInputs(reader: InputReader): Promise<BuildPushInputs> {
  const { images, disabled, names } = parseImageList(reader.raw('images'));
  // Registries take lower-case repositories only, and owner names from github.repository often
  // are not (GitHub expressions have no lower()): lower-cased, as docker/metadata-action does, and said.
  const notes = names
    .filter((text) => text !== text.toLowerCase())
    .map((text) => `Input 'images': "${text}" is used as "${text.toLowerCase()}" (registries take lower-case names)`);
  for (const image of disabled) notes.push(`Input 'images': ${image.name} is disabled (enable=false)`);
  const rules = parseTagRules(reader.raw('tags'));
  const flavor = parseFlavor(reader.raw('flavor'));
  const labels = pairs(reader, 'labels', 'key=value lines such as "team=payments"');
  // The docker builder writes labels into a Dockerfile LABEL line, which cannot hold a line break.
  for (const [key, value] of Object.entries(labels))
    if (/[\r\n]/.test(key) || /[\r\n]/.test(value))
      throw inputError('labels', 'key=value lines with no line break inside a key or value', `${key}=${value}`);
  const annotations = pairs(reader, 'annotations', 'key=value lines such as "org.opencontainers.image.vendor=Acme"');
  const context = reader.path('context', { default: '.' });
  if (!existsSync(context) || !statSync(context).isDirectory())
    throw inputError('context', 'an existing directory', context);
  const fileInput = reader.string('file');
  const file = reader.inside(
    'file',
    fileInput
      ? isAbsolute(fileInput) || existsSync(fileInput)
        ? fileInput
        : join(context, fileInput)
      : join(context, 'Dockerfile'),
  );
  if (!existsSync(file) || !statSync(file).isFile())
    throw inputError('file', 'an existing Dockerfile', fileInput ?? file);
  const secretText = reader.secret('secrets');
  const secrets = secretPairs(secretText);
  const secretFiles = pairs(reader, 'secret-files', 'id=path lines such as "npmrc=/home/runner/.npmrc"');
  for (const [id, path] of Object.entries(secretFiles))
    if (!existsSync(path)) throw inputError('secret-files', `an existing file for secret "${id}"`, path);
  const password = reader.secret('password');
  maskSecret(password);
  const buildArgs = pairs(reader, 'build-args', 'NAME=value lines such as "VERSION=1.2.3"');
  const secretValues = [...Object.values(secrets), ...(password ? [password] : [])];
  for (const [name, value] of Object.entries(buildArgs)) {
    if (SECRET_NAME.test(name) || secretValues.includes(value))
      throw new ConfigError(
        `Input 'build-args': expected no secrets (build args stay in the image history), got "${name}": pass it in 'secrets' as ${name}=… and read it with RUN --mount=type=secret,id=${name}`,
      );
  }
  const target = reader.string('target', { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, expected: 'a build stage name' });
  const platforms = reader.list('platforms', {
    item: /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/,
    expected: 'platforms such as "linux/amd64" or "linux/arm64/v8"',
  });
  const cacheFrom = lines(reader, 'cache-from').map((l) => refuseOptionLike('cache-from', l, CACHE_SPEC));
  const cacheTo = lines(reader, 'cache-to').map((l) => refuseOptionLike('cache-to', l, CACHE_SPEC));
  const provenance = reader.string('provenance');
  const sbom = reader.string('sbom');
  // No enabled image (metadata-action's "tags without a base name"): bare tags out, the image built, nothing pushed.
  const push = reader.bool('push', { default: true }) && images.length > 0;
  if (!images.length)
    notes.push(
      `Input 'images': no image enabled: the tags are computed without a name and the image is built, not pushed`,
    );
  const load = reader.bool('load', { default: false });
  const builder = reader.enum('builder', ['auto', 'buildx', 'docker', 'buildah'] as const, { default: 'auto' });
  // A builder named explicitly needs no probe to know what it cannot do: refused here, before `docker version`.
  if (builder !== 'auto')
    checkBuilderSupport(builder, {
      provenance,
      sbom,
      platforms,
      cacheFrom,
      cacheTo,
      load,
      secrets: [...Object.keys(secrets), ...Object.keys(secretFiles)],
    });
  const logins = readLogins(reader, images, password);
  const dockerConfig = reader.string('docker-config');
  if (dockerConfig && !existsSync(dockerConfig))
    throw inputError('docker-config', 'an existing docker config.json', dockerConfig);
  const skipIfExists = reader.bool('skip-if-exists', { default: false });
  const retryAttempts = reader.int('retry-attempts', { default: 4, min: 1, max: 10 });
  const retryDeadlineMs = reader.duration('retry-deadline', { default: 600_000, min: 1000, max: 6 * 3_600_000 });
  const retryDelayMs = reader.duration('retry-delay', { default: 2000, min: 1, max: 300_000 });
  const signing = readSigning(reader, push);
  return {
    images,
    notes,
    rules,
    flavor,
    labels,
    annotations,
    context,
    file,
    buildArgs,
    secrets,
    secretFiles,
    ...(target ? { target } : {}),
    platforms,
    cacheFrom,
    cacheTo,
    ...(provenance !== undefined ? { provenance } : {}),
    ...(sbom !== undefined ? { sbom } : {}),
    push,
    load,
    builder,
    logins,
    ...(dockerConfig ? { dockerConfig } : {}),
    skipIfExists,
    retryAttempts,
    retryDeadlineMs,
    retryDelayMs,
    ...(signing ? { signing } : {}),
    cosign: readCosignInputs(reader),
  };
}

/** cosign-key (PEM or KMS URI), cosign-password, attest-provenance: signing needs a push. */
function readSigning(reader: InputReader, push: boolean): SigningRequest | undefined {
  const key = reader.secret('cosign-key');
  maskSecret(key);
  const password = reader.secret('cosign-password');
  maskSecret(password);
  const provenance = reader.bool('attest-provenance', { default: true });
  const sbom = reader.enum('attest-sbom', ['false', 'spdx-json', 'cyclonedx-json'] as const, { default: 'false' });
  if (!key) {
    if (password) throw inputError('cosign-key', "a cosign private key when 'cosign-password' is set");
    if (sbom !== 'false')
      throw inputError('attest-sbom', "false unless 'cosign-key' is set (the key that signs it)", sbom);
    return undefined;
  }
  const trimmed = key.trim();
  if (
    !KMS_KEY.test(trimmed) &&
    !/^-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----$/.test(trimmed)
  )
    throw new ConfigError(
      `Input 'cosign-key': expected a cosign private key (PEM, from cosign generate-key-pair) or a KMS URI such as "awskms://…" (value not shown)`,
    );
  if (!push)
    throw new ConfigError(
      `Input 'cosign-key': expected push: true and an enabled image (only a pushed digest is signed)`,
    );
  let run;
  try {
    run = provenance ? runFactsFromEnv() : undefined;
  } catch (error) {
    throw new ConfigError(
      `Input 'attest-provenance': ${(error as Error).message}; set it to false outside a workflow run`,
    );
  }
  return {
    key: trimmed,
    ...(password ? { password } : {}),
    provenance,
    ...(sbom !== 'false' ? { sbom } : {}),
    ...(run ? { run } : {}),
  };
}

/** Non-empty trimmed lines: values may hold commas (cache specs, build args). */
function lines(reader: InputReader, name: string): string[] {
  return (reader.raw(name) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function pairs(reader: InputReader, name: string, expected: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines(reader, name)) {
    const eq = line.indexOf('=');
    // The key leads an argv element (`--label key=value`): never one a builder could read as an option.
    if (eq <= 0 || line.startsWith('-')) throw inputError(name, expected, line);
    setOwn(result, line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return result;
}

/** `id=value` lines; the values are masked and never echoed, not even in an error. */
function secretPairs(text: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=');
    const id = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9_.-]+$/.test(id))
      throw new ConfigError(`Input 'secrets': expected id=value lines such as "npm_token=…" (value not shown)`);
    setOwn(result, id, line.slice(eq + 1));
    maskSecret(result[id]);
  }
  return result;
}

/** username/password for `registry` (default: the first image's), plus `logins` lines registry=user:password. */
function readLogins(reader: InputReader, images: ImageRef[], password: string | undefined): RegistryLogin[] {
  const registry = reader.string('registry', {
    pattern: /^[A-Za-z0-9][A-Za-z0-9.-]*(:\d+)?$/,
    expected: 'a registry host such as "ghcr.io"',
  });
  const username = reader.string('username');
  const logins: RegistryLogin[] = [];
  const target = registry ?? images[0]?.registry;
  if (username && password && !target)
    throw new ConfigError(`Input 'registry': expected the registry to log in to when no image is enabled`);
  if (username && password && target) logins.push({ registry: target, username, password });
  else if (username || password)
    throw new ConfigError(
      `Input '${username ? 'password' : 'username'}': expected a value when '${username ? 'username' : 'password'}' is set`,
    );
  for (const line of (reader.secret('logins') ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9][A-Za-z0-9.-]*(?::\d+)?)=([^:]+):(.+)$/.exec(line);
    if (!m)
      throw new ConfigError(
        `Input 'logins': expected registry=username:password lines such as "ghcr.io=me:…" (value not shown)`,
      );
    maskSecret(m[3]);
    logins.push({ registry: (m[1] as string).toLowerCase(), username: m[2] as string, password: m[3] as string });
  }
  return logins;
}
