import { inputError } from '@slipway/kit';
import { parseImageRef } from '../image-ref';

const EXPECTED =
  'with builder buildah a registry cache repository without a tag, as type=registry,ref=ghcr.io/acme/shop-cache[,mode=max] or ghcr.io/acme/shop-cache (buildah tags each cached step itself; other cache types need buildx)';

/**
 * buildx's cache spec (docker/build-push-action's `cache-from`/`cache-to` lines) in buildah's
 * form: `type=registry,ref=X[,mode=min|max]`, or buildx's shorthand `X`, becomes the bare
 * repository `X` that `buildah build --cache-from/--cache-to` takes. buildah pushes every step
 * (what buildx calls mode=max), so mode is accepted and changes nothing. Anything else (a local
 * or gha cache, a tag in the ref, another attribute) is a ConfigError naming the input.
 */
export function buildahCacheRepository(input: 'cache-from' | 'cache-to', spec: string): string {
  const refuse = () => inputError(input, EXPECTED, spec);
  let ref = spec;
  if (spec.includes('=')) {
    const fields: Record<string, string> = {};
    for (const field of spec.split(',')) {
      const eq = field.indexOf('=');
      const key = field.slice(0, Math.max(eq, 0)).trim();
      if (!key || Object.hasOwn(fields, key)) throw refuse();
      fields[key] = field.slice(eq + 1).trim();
    }
    const { type, ref: named, mode = 'max', ...rest } = fields;
    if (type !== 'registry' || !named || !['min', 'max'].includes(mode) || Object.keys(rest).length) throw refuse();
    ref = named;
  }
  const parsed = parseImageRef(ref, `Input '${input}'`);
  if (parsed.tag !== undefined || parsed.digest !== undefined) throw refuse();
  return parsed.name;
}
