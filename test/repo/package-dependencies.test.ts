import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importsOf, sourceFiles } from '../support/source-imports';

const root = new URL('../../', import.meta.url).pathname;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Every package a workspace package imports that its package.json does not declare: sources
 * need `dependencies`, tests may use `devDependencies` (or the root's, from which tests run).
 */
export function undeclaredImports(packagesDir: string, rootDevDependencies: Record<string, string>): string[] {
  const found: string[] = [];
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
    const forTests = new Set([
      ...runtime,
      ...Object.keys(manifest.devDependencies ?? {}),
      ...Object.keys(rootDevDependencies),
    ]);
    for (const file of sourceFiles(join(dir, 'src'))) {
      const isTest = /\.test\.ts$/.test(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        const dependency = packageName(specifier);
        if (dependency === manifest.name) continue;
        if ((isTest ? forTests : runtime).has(dependency)) continue;
        found.push(
          `${relative(packagesDir, file)} imports ${dependency}, not in ${name}/package.json ${isTest ? 'devDependencies' : 'dependencies'}`,
        );
      }
    }
  }
  return [...new Set(found)];
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const rootManifest = read(join(root, 'package.json'));

describe('package.json dependencies', () => {
  it('declare every package each workspace package imports (yaml, @slipway/*, the toolkit)', () => {
    expect(undeclaredImports(join(root, 'packages'), rootManifest.devDependencies ?? {})).toEqual([]);
  });

  it('name workspace packages as "*" or their version, and everything else at an exact version', () => {
    const workspaces = new Map(
      readdirSync(join(root, 'packages')).map((name) => {
        const m = read(join(root, 'packages', name, 'package.json'));
        return [m.name, m.version] as const;
      }),
    );
    const wrong: string[] = [];
    for (const name of readdirSync(join(root, 'packages'))) {
      for (const [dep, range] of Object.entries(
        read(join(root, 'packages', name, 'package.json')).dependencies ?? {},
      )) {
        const ok = workspaces.has(dep) ? range === '*' || range === workspaces.get(dep) : /^\d+\.\d+\.\d+$/.test(range);
        if (!ok) wrong.push(`${name}: ${dep}@${range}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are checked: an undeclared import in a source or a test is named, declared ones are not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-deps-'));
    try {
      mkdirSync(join(dir, 'a', 'src'), { recursive: true });
      writeFileSync(
        join(dir, 'a', 'package.json'),
        JSON.stringify({
          name: '@slipway/a',
          dependencies: { '@slipway/kit': '*' },
          devDependencies: { fixture: '1.0.0' },
        }),
      );
      writeFileSync(
        join(dir, 'a', 'src', 'x.ts'),
        [
          "import { readFileSync } from 'node:fs';",
          "import { join } from 'path';",
          "import { InputReader } from '@slipway/kit';",
          "import type { Doc } from 'yaml';",
          "import './y';",
          "const lazy = () => import('@slipway/kube');",
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'a', 'src', 'x.test.ts'),
        "import { it } from '@jest/globals';\nimport { f } from 'fixture';\nimport { g } from '@slipway/helm';\n",
      );
      expect(undeclaredImports(dir, { '@jest/globals': '30.0.0' })).toEqual([
        'a/src/x.test.ts imports @slipway/helm, not in a/package.json devDependencies',
        'a/src/x.ts imports yaml, not in a/package.json dependencies',
        'a/src/x.ts imports @slipway/kube, not in a/package.json dependencies',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
