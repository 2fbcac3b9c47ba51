import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, type-only ones included. */
const IMPORTED = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every module specifier a TypeScript source names, in order, repeats kept. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORTED)].map(([, specifier = '']) => specifier);
}

/** Every `.ts` file below `dir` (none when it does not exist), node_modules left out. */
export function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export const readText = (path: string) => readFileSync(path, 'utf8');

/** The product's sources below `repoRoot` (actions, src, packages), relative to it: tests and the sandbox (never bundled) left out. */
export function productFiles(repoRoot: string): string[] {
  return ['actions', 'src', 'packages']
    .flatMap((dir) => sourceFiles(join(repoRoot, dir)))
    .map((file) => relative(repoRoot, file))
    .filter((file) => !file.endsWith('.test.ts') && !file.startsWith('packages/sandbox/'));
}
