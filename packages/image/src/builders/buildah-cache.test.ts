import { describe, expect, it } from '@jest/globals';
import { buildahCacheRepository } from './buildah-cache';

describe('buildahCacheRepository: buildx cache specs in the form buildah takes', () => {
  it.each([
    ['type=registry,ref=ghcr.io/acme/shop-cache', 'ghcr.io/acme/shop-cache'],
    ['type=registry,ref=ghcr.io/acme/shop-cache,mode=max', 'ghcr.io/acme/shop-cache'],
    ['mode=min, type=registry, ref=127.0.0.1:5000/Acme/cache', '127.0.0.1:5000/acme/cache'],
    // buildx's shorthand: a bare reference is a registry cache.
    ['ghcr.io/acme/shop-cache', 'ghcr.io/acme/shop-cache'],
  ])('%s → %s', (spec, repository) => {
    expect(buildahCacheRepository('cache-to', spec)).toBe(repository);
  });

  it.each([
    'type=local,dest=/tmp/cache',
    'type=gha',
    'type=inline',
    'ref=ghcr.io/acme/shop-cache',
    'type=registry',
    'type=registry,ref=ghcr.io/acme/shop:buildcache',
    'ghcr.io/acme/shop:buildcache',
    `a.io/b@sha256:${'a'.repeat(64)}`,
    'type=registry,ref=ghcr.io/acme/shop-cache,mode=all',
    'type=registry,ref=ghcr.io/acme/shop-cache,compression=zstd',
    'type=registry,ref=ghcr.io/acme/a,ref=ghcr.io/acme/b',
    'type=registry,,ref=ghcr.io/acme/shop-cache',
  ])('refuses %s in one line naming the input', (spec) => {
    let message = '';
    try {
      buildahCacheRepository('cache-from', spec);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `Input 'cache-from': expected with builder buildah a registry cache repository without a tag, as type=registry,ref=ghcr.io/acme/shop-cache[,mode=max] or ghcr.io/acme/shop-cache (buildah tags each cached step itself; other cache types need buildx), got "${spec}"`,
    );
  });

  it('an invalid repository is refused with the reference grammar', () => {
    expect(() => buildahCacheRepository('cache-to', 'type=registry,ref=ghcr.io/Acme Shop')).toThrow(
      /^Input 'cache-to': expected an image reference/,
    );
  });
});
