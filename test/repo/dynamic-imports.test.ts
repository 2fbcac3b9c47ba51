import { describe, expect, it } from '@jest/globals';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { productFiles, readText } from '../support/source-imports';

const repoRoot = new URL('../../', import.meta.url).pathname;

const DYNAMIC = /(?<!typeof\s)(?<!:\s)\bimport\(\s*'([^']+)'\s*\)/;
const isComment = (line: string) => /^\s*(\/\/|\*|\/\*)/.test(line) || /\*\/\s*$/.test(line);

/** Each dynamic import, and whether a comment stands above its statement. */
function dynamicImports(file: string): Array<{ where: string; specifier: string; commented: boolean }> {
  const lines = readText(join(repoRoot, file)).split('\n');
  const found: Array<{ where: string; specifier: string; commented: boolean }> = [];
  lines.forEach((line, index) => {
    const specifier = DYNAMIC.exec(line)?.[1];
    if (!specifier) return;
    let start = index;
    // Up to the statement's first line (through a destructuring's lines, a function's signature,
    // and the dynamic imports of a run of them), then the line above it.
    const continues = (above: string) =>
      above.trim() !== '' && !isComment(above) && (!/[;}]\s*$/.test(above) || DYNAMIC.test(above));
    while (start > 0 && continues(lines[start - 1] ?? '')) start--;
    found.push({
      where: `${file}:${index + 1}`,
      specifier,
      commented: isComment(lines[start - 1] ?? '') || /\/\/ /.test(line),
    });
  });
  return found;
}

/**
 * Dynamic imports only where they buy start-up (a heavy package loaded once inputs are good, or
 * only on the path that needs it), each saying so in a short comment; a Node built-in is imported
 * statically.
 */
describe('dynamic imports', () => {
  const all = productFiles(repoRoot).flatMap(dynamicImports);

  it('finds the dynamic imports (the check reads the sources it means to)', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('each one says why in a comment above its statement', () => {
    expect(all.filter((i) => !i.commented).map((i) => i.where)).toEqual([]);
  });

  it('none of a Node built-in (they cost nothing to import statically)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect(all.filter((i) => builtins.has(i.specifier)).map((i) => i.where)).toEqual([]);
  });
});
