import { ConfigError, ownValue, setOwn } from '@slipway/kit';

/** An image reference split the way charts take it: repository, tag, digest. */
export interface ImageParts {
  /** As written, without tag or digest: "ghcr.io/acme/web", "127.0.0.1:5000/hello". */
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** Where each part goes in the chart's values (dotted paths); a part mapped to "" is not set. */
export interface ImageValuePaths {
  repository: string;
  tag: string;
  digest: string;
}

export const DEFAULT_IMAGE_VALUES: ImageValuePaths = {
  repository: 'image.repository',
  tag: 'image.tag',
  digest: 'image.digest',
};

const REPOSITORY =
  /^(?:[a-zA-Z0-9.-]+(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function splitImageRef(text: string, where = `Input 'image'`): ImageParts {
  const bad = (why: string): never => {
    throw new ConfigError(
      `${where}: expected an image reference such as "ghcr.io/acme/web@sha256:…" or "ghcr.io/acme/web:1.2.3" (${why}), got "${text}"`,
    );
  };
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) bad('the digest must be sha256: and 64 hex digits');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) bad(`invalid tag "${tag}"`);
  }
  if (!REPOSITORY.test(rest)) bad('invalid repository');
  if (!tag && !digest) bad('give a tag or, better, a digest');
  return { repository: rest, tag, digest };
}

/** The reference a registry resolves: by digest when there is one, else by tag. */
export function pinnedImageRef(image: ImageParts): string {
  return `${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`}`;
}

/** A dotted-path map of values ("image.tag") as a nested object helm reads from a values file. */
export function nestValues(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) {
      // Own keys only: a path through "__proto__" must not reach Object.prototype.
      const next = ownValue(node, key);
      const child = (next && typeof next === 'object' && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
      setOwn(node, key, child);
      node = child;
    }
    setOwn(node, keys[keys.length - 1] as string, value);
  }
  return root;
}

/**
 * The values that put `image` into the chart. A digest-pinned reference also sets the tag
 * when it has one (charts label with it), and clears nothing else.
 */
export function imageValues(image: ImageParts, paths: ImageValuePaths): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  if (paths.repository) flat[paths.repository] = image.repository;
  if (paths.tag && image.tag) flat[paths.tag] = image.tag;
  if (paths.digest) flat[paths.digest] = image.digest ?? '';
  return nestValues(flat);
}

/** Deep merge of values maps; later wins, lists are replaced (as helm does). */
export function mergeValues(...layers: Array<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const prev = ownValue(out, key);
      const bothMaps =
        prev &&
        value &&
        typeof prev === 'object' &&
        typeof value === 'object' &&
        !Array.isArray(prev) &&
        !Array.isArray(value);
      setOwn(
        out,
        key,
        bothMaps ? mergeValues(prev as Record<string, unknown>, value as Record<string, unknown>) : value,
      );
    }
  }
  return out;
}
