// Builds one ncc bundle per action: actions/<name>/src/index.ts → dist/<name>/index.js (+ licenses.txt),
// and the root action (action.yml, one-step delivery): src/index.ts → dist/slipway/index.js.
// Usage: node scripts/build-dist.mjs [--out DIR] [action …]   (no action names: all of them)
// Types are checked once for the whole repository by `npm run typecheck`; the bundler only transpiles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nccArgs } from './ncc-args.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? resolve(args[outAt + 1]) : join(root, 'dist');
const only = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
/** The root action's bundle name; its source is the repository's src/. */
const ROOT_ACTION = 'slipway';
const entryOf = (name) =>
  name === ROOT_ACTION ? join(root, 'src', 'index.ts') : join(root, 'actions', name, 'src', 'index.ts');
const all = [
  ...readdirSync(join(root, 'actions')).filter((name) => existsSync(entryOf(name))),
  ...(existsSync(entryOf(ROOT_ACTION)) ? [ROOT_ACTION] : []),
];
const unknown = only.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`build: no action named ${unknown.join(', ')} (have: ${all.join(', ')})`);
  process.exit(1);
}
const actions = only.length ? only : all;
const ncc = join(root, 'node_modules', '.bin', 'ncc');

mkdirSync(out, { recursive: true });
if (!only.length) {
  // A full build leaves nothing behind from actions that no longer exist.
  for (const entry of readdirSync(out, { withFileTypes: true })) {
    if (entry.isDirectory() && !all.includes(entry.name))
      rmSync(join(out, entry.name), { recursive: true, force: true });
  }
}
for (const name of actions.sort()) {
  const entry = entryOf(name);
  const target = join(out, name);
  rmSync(target, { recursive: true, force: true });
  const result = spawnSync(ncc, nccArgs(entry, target), { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed for ${entry}`);
    process.exit(1);
  }
  console.log(`dist/${name}/index.js`);
}
// The bundles are ES modules; say so beside them so Node never guesses from the repository root.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
