// Builds one ncc bundle per action: actions/<name>/src/index.ts → dist/<name>/index.js (+ licenses.txt).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2] ? join(process.argv[2]) : join(root, 'dist');
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'src', 'index.ts')),
);
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(out, { recursive: true, force: true });
for (const name of actions.sort()) {
  const entry = join(root, 'actions', name, 'src', 'index.ts');
  const target = join(out, name);
  const result = spawnSync(
    ncc,
    ['build', entry, '-o', target, '--license', 'licenses.txt', '--minify', '--quiet', '--target', 'es2022'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error(`build failed for actions/${name}`);
    process.exit(1);
  }
  console.log(`dist/${name}/index.js`);
}
// The bundles are ES modules; say so beside them so Node never guesses from the repository root.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
