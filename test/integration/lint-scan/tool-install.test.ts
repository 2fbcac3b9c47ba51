import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, memoryLogger } from '@slipway/kit';
import { adapterNamed, resolveTool, runGate, TOOL_VERSIONS, type Adapter } from '@slipway/scan';
import { TestServer } from '../../support/test-server';

jest.setTimeout(60_000);

const version = TOOL_VERSIONS.actionlint.version;
const archive = `actionlint_${version}_linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}.tar.gz`;
const sums = `actionlint_${version}_checksums.txt`;
const actionlint = adapterNamed('actionlint') as Adapter;

/** A stand-in release: a tar.gz whose `actionlint` answers --version and reports no problems. */
function buildArchive(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-release-'));
  const script = join(dir, 'actionlint');
  writeFileSync(script, `#!/bin/sh\nif [ "$1" = --version ]; then echo v${version}; else echo '[]'; fi\n`);
  chmodSync(script, 0o755);
  writeFileSync(join(dir, 'LICENSE.txt'), 'MIT\n');
  execFileSync('tar', ['-czf', join(dir, archive), '-C', dir, 'actionlint', 'LICENSE.txt']);
  return readFileSync(join(dir, archive));
}

const bytes = buildArchive();
const sha = createHash('sha256').update(bytes).digest('hex');
let published = `${sha}  ${archive}\n${'0'.repeat(64)}  actionlint_${version}_darwin_amd64.tar.gz\n`;
const server = new TestServer();
beforeAll(async () => {
  await server
    .route(`/releases/v${version}/${archive}`, (_req, res) => res.writeHead(200).end(bytes))
    .route(`/releases/v${version}/${sums}`, (_req, res) => res.writeHead(200).end(published))
    .route(`/moved/${archive}`, (_req, res) =>
      res.writeHead(302, { location: `${server.url}/releases/v${version}/${archive}` }).end(),
    )
    .route(`/moved/${sums}`, (_req, res) =>
      res.writeHead(302, { location: `${server.url}/releases/v${version}/${sums}` }).end(),
    )
    .start();
});
afterAll(() => server.stop());

const options = (
  cacheDir: string,
  env: NodeJS.ProcessEnv = { PATH: '/nonexistent' },
  base = `/releases/v{version}`,
) => ({
  cacheDir,
  baseUrl: `${server.url}${base}`,
  repoRoot: cacheDir,
  env,
  exec,
  logger: memoryLogger(),
});

describe('scanner installation from a local file server', () => {
  it('downloads the pinned release, verifies its published SHA-256, unpacks it into the cache, then reuses it', async () => {
    published = `${sha}  ${archive}\n`;
    const cache = mkdtempSync(join(tmpdir(), 'slipway-tools-'));
    const before = server.requests.length;
    const tool = await resolveTool(actionlint, options(cache, { PATH: '/nonexistent' }, '/moved'));
    expect(tool).toEqual({
      path: join(cache, 'actionlint', version, process.arch, 'actionlint'),
      version,
      source: 'download',
    });
    expect(execFileSync(tool.path, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${version}`);
    expect(server.requests.length - before).toBe(4); // two redirects, the checksums, the archive
    const again = await resolveTool(actionlint, options(cache));
    expect(again.source).toBe('cache');
    expect(server.requests.length - before).toBe(4);
  });

  it('refuses an archive whose checksum does not match and leaves nothing in the cache', async () => {
    published = `${'ab'.repeat(32)}  ${archive}\n`;
    const cache = mkdtempSync(join(tmpdir(), 'slipway-tools-'));
    await expect(resolveTool(actionlint, options(cache))).rejects.toThrow(
      `actionlint: refusing ${archive}: SHA-256 ${sha} does not match the published ${'ab'.repeat(32)}`,
    );
    expect(existsSync(join(cache, 'actionlint', version))).toBe(false);
    published = `${sha}  ${archive}\n`;
  });

  it('refuses when the checksums file does not name the archive', async () => {
    published = `${sha}  something-else.tar.gz\n`;
    const cache = mkdtempSync(join(tmpdir(), 'slipway-tools-'));
    await expect(resolveTool(actionlint, options(cache))).rejects.toThrow(
      `the published checksums name no SHA-256 for ${archive}`,
    );
    published = `${sha}  ${archive}\n`;
  });

  it('uses a scanner already on PATH at a satisfying version without downloading; a too-old one is replaced', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'slipway-path-'));
    const fake = (v: string) => {
      writeFileSync(join(bin, 'actionlint'), `#!/bin/sh\necho v${v}\n`);
      chmodSync(join(bin, 'actionlint'), 0o755);
    };
    fake('1.7.99');
    const cache = mkdtempSync(join(tmpdir(), 'slipway-tools-'));
    const before = server.requests.length;
    expect(await resolveTool(actionlint, options(cache, { PATH: bin }))).toEqual({
      path: join(bin, 'actionlint'),
      version: '1.7.99',
      source: 'path',
    });
    expect(server.requests.length).toBe(before);
    fake('1.6.0');
    const replaced = await resolveTool(actionlint, options(cache, { PATH: bin }));
    expect(replaced.source).toBe('download');
    expect(server.requests.length).toBeGreaterThan(before);
  });

  it('missing: skip turns a scanner that is neither on PATH nor installable into a warning; fail stops', async () => {
    const root = mkdtempSync(join(tmpdir(), 'slipway-empty-'));
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
    const logger = memoryLogger();
    const common = {
      root,
      scanners: [adapterNamed('npm-audit') as Adapter],
      sarifFiles: [],
      failOn: 'error' as const,
      allow: [],
      cacheDir: join(root, '.tools'),
      sarifOutput: join(root, 'out.sarif'),
      now: 0,
      env: { PATH: '/nonexistent' },
      exec,
    };
    const result = await runGate({ ...common, missing: 'skip' }, logger);
    expect(result.passed).toBe(true);
    expect(result.runs[0]?.skipped).toContain("'npm' not found on PATH");
    expect(logger.lines).toContain(
      "warning: npm-audit: 'npm' not found on PATH; install it in an earlier step; skipped (missing: skip)",
    );
    await expect(runGate({ ...common, missing: 'fail' }, memoryLogger())).rejects.toThrow(
      "npm-audit: 'npm' not found on PATH",
    );
  });
});
