import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestServer } from '../../../support/test-server';
import { ConfigError } from '../../../../packages/kit/src/errors';
import { memoryLogger } from '../../../../packages/kit/src/runner/logger';
import { installTool, type ToolRelease } from '../../../../packages/kit/src/tools/install-tool';
import { MANIFEST_FILE } from '../../../../packages/kit/src/tools/tool-manifest';

/** A tar.gz holding bin/<name>, a script that prints `says`. */
function archive(name: string, says: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-tool-archive-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', name), `#!/bin/sh\necho ${says}\n`);
  chmodSync(join(dir, 'bin', name), 0o755);
  execFileSync('tar', ['-czf', join(dir, 'out.tgz'), '-C', dir, 'bin']);
  return readFileSync(join(dir, 'out.tgz'));
}

const bytes = archive('demo', 'demo 1.2.3');
const sha = createHash('sha256').update(bytes).digest('hex');
const server = new TestServer();
beforeAll(async () => {
  await server
    .route('/demo-1.2.3.tgz', (_q, res) => res.writeHead(200).end(bytes))
    .route('/demo-1.2.3.tgz.sha256', (_q, res) => res.writeHead(200).end(`${sha}  demo-1.2.3.tgz\n`))
    .start();
});
afterAll(() => server.stop());

const release = (cacheRoot: string, over: Partial<ToolRelease> = {}): ToolRelease => ({
  tool: 'demo',
  version: '1.2.3',
  binary: 'demo',
  url: `${server.url}/demo-1.2.3.tgz`,
  sha256: sha,
  unpack: 'tar',
  cacheRoot,
  logger: memoryLogger(),
  ...over,
});
const root = () => mkdtempSync(join(tmpdir(), 'slipway-tool-cache-'));
const run = (path: string) => execFileSync(path, { encoding: 'utf8' }).trim();

describe('installTool on a local download server', () => {
  it('caches in the toolkit layout with its .complete marker and a manifest, then reuses it with no request', async () => {
    const cacheRoot = root();
    const first = await installTool(release(cacheRoot));
    const dir = join(cacheRoot, 'demo', '1.2.3', process.arch);
    expect(first).toEqual({ dir, path: join(dir, 'bin', 'demo'), version: '1.2.3', source: 'download' });
    expect(existsSync(`${dir}.complete`)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'))).toMatchObject({ download: sha });
    const before = server.requests.length;
    expect(await installTool(release(cacheRoot))).toEqual({ ...first, source: 'cache' });
    expect(server.requests.length).toBe(before);
    expect(run(first.path)).toBe('demo 1.2.3');
  });

  it('does not trust a cached copy it did not verify (another action cached it): downloads and verifies it', async () => {
    const cacheRoot = root();
    const dir = join(cacheRoot, 'demo', '1.2.3', process.arch);
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'bin', 'demo'), '#!/bin/sh\necho planted\n', { mode: 0o755 });
    writeFileSync(`${dir}.complete`, '');
    const logger = memoryLogger();
    const tool = await installTool(release(cacheRoot, { logger }));
    expect(tool.source).toBe('download');
    expect(run(tool.path)).toBe('demo 1.2.3');
    expect(logger.lines).toContain(
      `warning: demo 1.2.3 in the tool cache (${dir}) is refused: it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`,
    );
  });

  it('refuses a cached copy with a file gone, or from another download than the pin', async () => {
    const cacheRoot = root();
    const first = await installTool(release(cacheRoot));
    rmSync(first.path);
    const logger = memoryLogger();
    expect((await installTool(release(cacheRoot, { logger }))).source).toBe('download');
    expect(logger.lines.join('\n')).toContain('is refused: bin/demo is missing');
    const repinned = memoryLogger();
    const other = 'c'.repeat(64);
    await expect(installTool(release(cacheRoot, { sha256: other, logger: repinned }))).rejects.toThrow(
      `demo: refusing demo-1.2.3.tgz: SHA-256 ${sha} does not match the pinned ${other}`,
    );
    expect(repinned.lines.join('\n')).toContain(`it came from a download with SHA-256 ${sha}, pinned ${other}`);
  });

  it('a published checksum is fetched only when a download is needed', async () => {
    const cacheRoot = root();
    const published = release(cacheRoot, { sha256: { checksumsUrl: `${server.url}/demo-1.2.3.tgz.sha256` } });
    expect((await installTool(published)).source).toBe('download');
    expect(server.count('/demo-1.2.3.tgz.sha256')).toBeGreaterThan(0);
    const before = server.requests.length;
    expect((await installTool(published)).source).toBe('cache');
    expect(server.requests.length).toBe(before);
  });

  it('a 404 is a ConfigError naming the URL; nothing is cached', async () => {
    const cacheRoot = root();
    const attempt = installTool(release(cacheRoot, { url: `${server.url}/nothing-here.tgz` }));
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(`Download of ${server.url}/nothing-here.tgz answered HTTP 404`);
    expect(existsSync(join(cacheRoot, 'demo'))).toBe(false);
  });

  it('an in-place build that fails leaves neither the directory nor its marker', async () => {
    const cacheRoot = root();
    const attempt = installTool(
      release(cacheRoot, {
        inPlace: true,
        unpack: async (_file, dir) => {
          writeFileSync(join(dir, 'half'), '');
          throw new ConfigError('pip could not install it');
        },
      }),
    );
    await expect(attempt).rejects.toThrow('pip could not install it');
    expect(existsSync(join(cacheRoot, 'demo', '1.2.3', process.arch))).toBe(false);
    expect(existsSync(join(cacheRoot, 'demo', '1.2.3', `${process.arch}.complete`))).toBe(false);
  });
});
