import { ConfigError } from '@slipway/kit';
import { TAG_PATTERN } from './tag-name';

/** A parsed image reference: `registry/repository[:tag][@digest]`. */
export interface ImageRef {
  /** host[:port]; "docker.io" when the name has no registry part. */
  registry: string;
  /** Path in the registry ("library/nginx" for a Docker Hub official image). */
  repository: string;
  /** The name as the user wrote it, lowercased (what tags are appended to). */
  name: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$/;
const IPV6 = /^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/;
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
export const DOCKER_HUB = 'docker.io';

function isDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost';
}

/**
 * Parses an image name with optional tag and digest. The repository is lowercased (registries
 * reject upper case), everything else is validated against the distribution reference grammar.
 * Throws a ConfigError starting with `where`.
 */
export function parseImageRef(text: string, where: string, opts: { allowTag?: boolean } = {}): ImageRef {
  const allowTag = opts.allowTag ?? true;
  const bad = (why: string): never => {
    throw new ConfigError(`${where}: expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`);
  };
  let rest = text.trim();
  if (!rest) bad('empty');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!allowTag) bad('no digest here');
    if (!DIGEST_PATTERN.test(digest)) bad('digest must be sha256: and 64 hex digits');
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!allowTag) bad('no tag here: tags come from the tag rules');
    if (!TAG_PATTERN.test(tag)) bad(`invalid tag "${tag}"`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && isDomain(parts[0] as string)) {
    registry = (parts.shift() as string).toLowerCase();
    if (!DOMAIN.test(registry) && !IPV6.test(registry)) bad(`invalid registry "${registry}"`);
  }
  const path = parts.map((p) => p.toLowerCase());
  for (const component of path) if (!COMPONENT.test(component)) bad(`invalid path component "${component}"`);
  if (registry === DOCKER_HUB && path.length === 1) path.unshift('library');
  const repository = path.join('/');
  const name = (
    registry === DOCKER_HUB && !rest.toLowerCase().startsWith(DOCKER_HUB) ? rest : `${registry}/${path.join('/')}`
  ).toLowerCase();
  if (name.length > 255) bad('longer than 255 characters');
  return { registry, repository, name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** `name:tag`. */
export function taggedRef(image: ImageRef, tag: string): string {
  return `${image.name}:${tag}`;
}

/** `name@sha256:…`: the digest-pinned reference helm-deploy takes. */
export function digestRef(image: ImageRef, digest: string): string {
  return `${image.name}@${digest}`;
}
