import { describe, expect, it } from '@jest/globals';
import { parseImageList } from './image-list';

const names = (text: string) => {
  const list = parseImageList(text);
  return { on: list.images.map((i) => i.name), off: list.disabled.map((i) => i.name) };
};

describe("parseImageList: metadata-action's images input", () => {
  it('bare names, one a line, or the older comma-separated line', () => {
    expect(names('name/app\nghcr.io/name/app')).toEqual({ on: ['name/app', 'ghcr.io/name/app'], off: [] });
    expect(names('name/app,ghcr.io/name/app')).toEqual({ on: ['name/app', 'ghcr.io/name/app'], off: [] });
  });

  it('name= and enable= attributes; a bare first field is the name; comments skipped', () => {
    expect(names('name=name/foo\n# no\nghcr.io/user/app,enable=false\nname=quay.io/a/b,enable=true')).toEqual({
      on: ['name/foo', 'quay.io/a/b'],
      off: ['ghcr.io/user/app'],
    });
  });

  it('empty: no image (tags are computed bare)', () => {
    expect(parseImageList('')).toEqual({ images: [], disabled: [], names: [] });
    expect(parseImageList(undefined).images).toEqual([]);
  });

  it.each<[string, string]>([
    [
      'ghcr.io/a/b,enable=maybe',
      `Input 'images': expected enable=true or enable=false, got "ghcr.io/a/b,enable=maybe"`,
    ],
    [
      'ghcr.io/a/b,push=false',
      `Input 'images': expected image attributes name= and enable= (unknown 'push'), got "ghcr.io/a/b,push=false"`,
    ],
    [
      'enable=false',
      `Input 'images': expected an image name on each line, such as "ghcr.io/owner/app,enable=true", got "enable=false"`,
    ],
    ['ghcr.io/a/b:1.0,enable=true', `Input 'images'`],
  ])('%s is refused in one line naming the input', (text, message) => {
    expect(() => parseImageList(text)).toThrow(message);
  });
});
