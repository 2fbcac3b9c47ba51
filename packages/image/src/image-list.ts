import { ConfigError, setOwn } from '@slipway/kit';
import { parseImageRef, type ImageRef } from './image-ref';
import { splitCsv } from './tag-rules';

export interface ImageList {
  /** The enabled images, in input order. */
  images: ImageRef[];
  /** Images turned off with enable=false (their names still checked). */
  disabled: ImageRef[];
  /** Every name as written, enabled or not. */
  names: string[];
}

/**
 * Parses the `images` input as docker/metadata-action reads it: one image a line, either a bare
 * name or `name=<image>,enable=<true|false>` attributes (`ghcr.io/user/app,enable=false`); a single
 * line of bare names separated by commas is the older CSV form. Empty is allowed: no image.
 */
export function parseImageList(text: string | undefined, input = 'images'): ImageList {
  const lines = (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const entries: Array<{ name: string; enable: boolean }> = [];
  const only = lines.length === 1 ? splitCsv(lines[0] as string).filter(Boolean) : [];
  // A loop, not push(...spread): a 1 MiB input of names would overflow the call stack.
  if (only.length && only.every((f) => !f.includes('='))) for (const name of only) entries.push({ name, enable: true });
  else
    for (const line of lines) {
      const fail = (why: string): never => {
        throw new ConfigError(`Input '${input}': expected ${why}, got "${line}"`);
      };
      const attrs: Record<string, string> = {};
      for (const field of splitCsv(line).filter(Boolean)) {
        const eq = field.indexOf('=');
        const [key, value] =
          eq < 0 ? ['name', field] : [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()];
        if (key !== 'name' && key !== 'enable') fail(`image attributes name= and enable= (unknown '${key}')`);
        if (Object.hasOwn(attrs, key)) fail(`each attribute once (repeated '${key}')`);
        setOwn(attrs, key, value);
      }
      if (!attrs['name']) fail('an image name on each line, such as "ghcr.io/owner/app,enable=true"');
      if (attrs['enable'] !== undefined && !['true', 'false'].includes(attrs['enable']))
        fail('enable=true or enable=false');
      entries.push({ name: attrs['name'] as string, enable: attrs['enable'] !== 'false' });
    }
  const list: ImageList = { images: [], disabled: [], names: entries.map((e) => e.name) };
  for (const entry of entries)
    (entry.enable ? list.images : list.disabled).push(
      parseImageRef(entry.name, `Input '${input}'`, { allowTag: false }),
    );
  return list;
}
