// Rebuilds every bundle from the working tree into a temporary folder and fails when the
// committed dist/ differs, naming each file that differs (as codeql-action's check does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fresh = mkdtempSync(join(tmpdir(), 'slipway-dist-'));
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-dist.mjs'), '--out', fresh], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('check:dist: the build failed');
  process.exit(1);
}

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

const committed = join(root, 'dist');
const want = new Set(files(fresh).map((f) => relative(fresh, f)));
let have = new Set();
try {
  have = new Set(files(committed).map((f) => relative(committed, f)));
} catch {
  // no dist/ at all: every file is missing
}
const problems = [];
for (const file of want) {
  if (!have.has(file)) problems.push(`missing: dist/${file}`);
  else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
    problems.push(`stale: dist/${file}`);
}
for (const file of have) if (!want.has(file)) problems.push(`not built from source (remove it): dist/${file}`);
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error(
    `check:dist: dist/ does not match a build of the source. Run "npm run build" and commit dist/.\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check:dist: dist/ matches the source (${want.size} files)`);
