import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM script shared with scripts/build-dist.mjs, without types
import { nccArgs } from '../../scripts/ncc-args.mjs';

/** The @actions/core that packages/kit resolves (Node looks in kit's node_modules first, then the root's). */
function kitsCore(root: string): string {
  const found = [join(root, 'packages', 'kit', 'node_modules'), join(root, 'node_modules')]
    .map((dir) => join(dir, '@actions', 'core'))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new Error('@actions/core is not installed: run npm ci');
  const wanted = (
    JSON.parse(readFileSync(join(root, 'packages', 'kit', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies['@actions/core'];
  const version = (JSON.parse(readFileSync(join(found, 'package.json'), 'utf8')) as { version: string }).version;
  if (version !== wanted) throw new Error(`@actions/core ${version} found, kit declares ${wanted}: run npm ci`);
  return realpathSync(found);
}

/**
 * Bundles test/bench/fixtures/core-floor (one input read with @actions/core) with ncc, as the
 * actions are bundled, against the very @actions/core kit uses; returns the bundle's path.
 */
export function buildCoreFloor(root: string, node: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-core-floor-'));
  copyFileSync(join(root, 'test', 'bench', 'fixtures', 'core-floor', 'index.ts'), join(dir, 'index.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'esnext', target: 'es2022', moduleResolution: 'bundler' },
      files: ['index.ts'],
    }),
  );
  // An ES module, as the actions are (the repository's package.json says so for them).
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  mkdirSync(join(dir, 'node_modules', '@actions'), { recursive: true });
  symlinkSync(kitsCore(root), join(dir, 'node_modules', '@actions', 'core'));
  const out = join(dir, 'out');
  const ncc = join(root, 'node_modules', '.bin', 'ncc');
  const result = spawnSync(ncc, nccArgs(join(dir, 'index.ts'), out) as string[], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('ncc could not bundle the @actions/core floor');
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  const bundle = join(out, 'index.js');
  // Measured only if it does what the actions do in the bench: stop on the missing input.
  const check = spawnSync(node, [bundle], { encoding: 'utf8', env: {} });
  if (check.status !== 1 || !check.stdout.startsWith('::error::Input required and not supplied: name'))
    throw new Error(`the @actions/core floor does not stop on its input: ${check.stdout}${check.stderr}`);
  return bundle;
}
