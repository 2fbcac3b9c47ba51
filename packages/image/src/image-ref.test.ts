import { describe, expect, it } from '@jest/globals';
import { parseImageRef } from './image-ref';

describe('parseImageRef', () => {
  it.each<[string, object]>([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', name: 'nginx' }],
    ['Acme/Shop', { registry: 'docker.io', repository: 'acme/shop', name: 'acme/shop' }],
    ['ghcr.io/Acme/Shop', { registry: 'ghcr.io', repository: 'acme/shop', name: 'ghcr.io/acme/shop' }],
    ['127.0.0.1:5000/shop', { registry: '127.0.0.1:5000', repository: 'shop', name: '127.0.0.1:5000/shop' }],
    ['localhost/a/b/c', { registry: 'localhost', repository: 'a/b/c', name: 'localhost/a/b/c' }],
    ['ghcr.io/acme/shop:1.2.3', { registry: 'ghcr.io', repository: 'acme/shop', tag: '1.2.3' }],
    [`ghcr.io/acme/shop@sha256:${'e'.repeat(64)}`, { digest: `sha256:${'e'.repeat(64)}` }],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text, `Input 'images'`)).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['ghcr.io/acme/-shop', 'invalid path component "-shop"'],
    ['ghcr.io/acme/shop!', 'invalid path component "shop!"'],
    ['ghcr.io/acme//shop', 'invalid path component ""'],
    ['ghcr.io/acme/shop:.bad', 'invalid tag ".bad"'],
    ['ghcr.io/acme/shop@sha256:abc', 'digest must be sha256: and 64 hex digits'],
    ['bad_host:99/x', 'invalid registry "bad_host:99"'],
  ])('rejects "%s" (%s)', (text, why) => {
    expect(() => parseImageRef(text, `Input 'images'`)).toThrow(
      `Input 'images': expected an image reference such as "ghcr.io/owner/app" (${why}), got "${text}"`,
    );
  });

  it('refuses a tag where tags come from the rules', () => {
    expect(() => parseImageRef('ghcr.io/acme/shop:1.0', `Input 'images'`, { allowTag: false })).toThrow(
      '(no tag here: tags come from the tag rules)',
    );
  });
});
