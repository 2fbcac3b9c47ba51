import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { COSIGN_PIN, SYFT_PIN } from '@slipway/image';
import { TOOL_VERSIONS } from '@slipway/scan';
import { repoRoot } from './run-action';

/** Where scripts/install-scanners.sh caches the scanners, one versioned directory per tool. */
export const scannerCache = join(process.env['SLIPWAY_CACHE'] || join(homedir(), '.cache', 'slipway'), 'scanners');

/** The bin directories of the pinned scanners (those installed), plus the repository's node_modules/.bin (eslint). */
export function scannerBinDirs(): string[] {
  const dirs = Object.entries({ ...TOOL_VERSIONS, cosign: COSIGN_PIN, syft: SYFT_PIN })
    .map(([tool, pin]) => join(scannerCache, `${tool}-${pin.version}`, 'bin'))
    .filter((dir) => existsSync(dir));
  return [...dirs, join(repoRoot, 'node_modules', '.bin')];
}

/** PATH with the scanners first: what tests hand to the gate. */
export function scannerPath(): string {
  return [...scannerBinDirs(), process.env['PATH'] ?? ''].join(delimiter);
}

/** cosign as scripts/install-scanners.sh builds it (the signing tests need it; CI installs it). */
export const cosignBinary = join(scannerCache, `cosign-${COSIGN_PIN.version}`, 'bin', 'cosign');
/** syft likewise (the SBOM attestation). */
export const syftBinary = join(scannerCache, `syft-${SYFT_PIN.version}`, 'bin', 'syft');

/** True when scripts/install-scanners.sh has installed this pinned scanner (withScanners in with-scanners.ts gates tests on it). */
export function hasScanner(tool: keyof typeof TOOL_VERSIONS): boolean {
  return existsSync(join(scannerCache, `${tool}-${TOOL_VERSIONS[tool].version}`, 'bin', tool));
}

/** A fake GitHub token, assembled here so that no token-shaped string is committed in the fixtures. */
export const FAKE_GITHUB_TOKEN = ['ghp', 'R8nKx2Lq7VzT4mWp9YbC3dFh6JsA1eGu5NoQ'].join('_');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Slipway Test', '-c', 'user.email=test@slipway.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

/**
 * Copies test/fixtures/scan/<name> into a fresh git repository with one commit (placeholders
 * filled) and returns its path and a helper to commit more.
 */
export function fixtureRepo(name: string): { root: string; commit: (message: string) => string; git: typeof git } {
  const root = mkdtempSync(join(tmpdir(), `slipway-scan-${name}-`));
  cpSync(join(repoRoot, 'test', 'fixtures', 'scan', name), root, { recursive: true });
  fill(root);
  git(root, 'init', '-q', '-b', 'main');
  const commit = (message: string) => {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '--allow-empty', '-m', message);
    return git(root, 'rev-parse', 'HEAD');
  };
  commit('fixture');
  return { root, commit, git };
}

function fill(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fill(path);
    else if (readFileSync(path, 'utf8').includes('__FAKE_GITHUB_TOKEN__'))
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__FAKE_GITHUB_TOKEN__', FAKE_GITHUB_TOKEN));
  }
}
