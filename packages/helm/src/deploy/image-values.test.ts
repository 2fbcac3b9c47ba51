import { describe, expect, it } from '@jest/globals';
import { DEFAULT_IMAGE_VALUES, imageValues, mergeValues, nestValues, splitImageRef } from './image-values';

const digest = `sha256:${'ab'.repeat(32)}`;

describe('splitImageRef', () => {
  it.each([
    ['ghcr.io/acme/web:1.2.3', { repository: 'ghcr.io/acme/web', tag: '1.2.3', digest: undefined }],
    [`ghcr.io/acme/web@${digest}`, { repository: 'ghcr.io/acme/web', tag: undefined, digest }],
    [`127.0.0.1:5000/hello:1.0.0@${digest}`, { repository: '127.0.0.1:5000/hello', tag: '1.0.0', digest }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27', digest: undefined }],
  ])('splits %s', (text, parts) => expect(splitImageRef(text)).toEqual(parts));
  it.each([
    ['ghcr.io/acme/web', /give a tag or, better, a digest/],
    ['ghcr.io/acme/web@sha256:abc', /the digest must be sha256: and 64 hex digits/],
    ['ghcr.io/Acme/web:1', /invalid repository/],
    ['web:-bad', /invalid tag "-bad"/],
  ])('refuses %s with one line naming the input', (text, why) => {
    expect(() => splitImageRef(text)).toThrow(why);
    expect(() => splitImageRef(text)).toThrow(/^Input 'image': expected an image reference/);
  });
});

describe('imageValues', () => {
  it('maps a digest-pinned reference into image.repository / image.digest by default', () => {
    expect(imageValues(splitImageRef(`r.io/web@${digest}`), DEFAULT_IMAGE_VALUES)).toEqual({
      image: { repository: 'r.io/web', digest },
    });
  });
  it('a tag-only reference clears a digest the chart may carry', () => {
    expect(imageValues(splitImageRef('r.io/web:2'), DEFAULT_IMAGE_VALUES)).toEqual({
      image: { repository: 'r.io/web', tag: '2', digest: '' },
    });
  });
  it('follows custom paths and skips parts mapped to nothing', () => {
    const values = imageValues(splitImageRef('r.io/web:2'), {
      repository: 'app.img.repo',
      tag: 'app.img.version',
      digest: '',
    });
    expect(values).toEqual({ app: { img: { repo: 'r.io/web', version: '2' } } });
  });
});

describe('nestValues and mergeValues', () => {
  it('nests dotted paths and merges maps deeply, later winning, lists replaced', () => {
    expect(nestValues({ 'a.b': 1, 'a.c': 2 })).toEqual({ a: { b: 1, c: 2 } });
    expect(mergeValues({ a: { b: 1, l: [1, 2] }, x: 1 }, { a: { c: 2, l: [3] } })).toEqual({
      a: { b: 1, c: 2, l: [3] },
      x: 1,
    });
  });
});

describe('values paths named after Object.prototype', () => {
  it('nest as own keys and never reach the global prototype', () => {
    const nested = nestValues({ '__proto__.polluted': 'yes', 'constructor.prototype.polluted': 'yes' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(nested)).toEqual(['__proto__', 'constructor']);
    const merged = mergeValues({ a: 1 }, JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
  });
});
