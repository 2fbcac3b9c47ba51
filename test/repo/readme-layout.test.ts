import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('the READMEs', () => {
  it('every package has one, titled with its name', () => {
    const missing = folders('packages').filter((name) => {
      const path = join(root, 'packages', name, 'README.md');
      return !existsSync(path) || !readFileSync(path, 'utf8').startsWith(`# @slipway/${name}\n`);
    });
    expect(missing).toEqual([]);
  });

  it("the root README's Layout names every folder of test/ and every top-level folder", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Layout\n');
    expect(start).toBeGreaterThan(-1);
    const rest = readme.slice(start + 1);
    const end = rest.indexOf('\n## ');
    const section = end === -1 ? rest : rest.slice(0, end);
    const named = (path: string) =>
      new RegExp(`^\\s{4}(?:\\S+, )?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[/ ,]`, 'm');
    const unnamed = [
      ...folders('test').map((name) => `test/${name}`),
      ...['actions', 'packages', 'dist', 'scripts', 'src'],
    ].filter((path) => !named(path).test(section));
    expect(unnamed).toEqual([]);
  });
});
