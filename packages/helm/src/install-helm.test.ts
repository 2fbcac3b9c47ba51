import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, memoryLogger } from '@slipway/kit';
import { TestServer } from '../../../test/support/test-server';
import { parseVersionSpec } from './helm-version';
import { helmArchiveName, installHelm, parseChecksumFile } from './install-helm';
import { resolveHelm } from './resolve-helm';

/** A helm release archive as get.helm.sh publishes it, holding a script that prints `version`. */
function fakeArchive(version: string, reports = `v${version}`): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-helm-archive-'));
  const folder = helmArchiveName(version)
    .replace(/^helm-v[^-]+-/, '')
    .replace(/\.tar\.gz$/, '');
  mkdirSync(join(dir, folder));
  writeFileSync(join(dir, folder, 'helm'), `#!/bin/sh\nprintf '%s' '${reports}'\n`);
  chmodSync(join(dir, folder, 'helm'), 0o755);
  const archive = join(dir, 'out.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', dir, folder]);
  return readFileSync(archive);
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const good = fakeArchive('3.14.2');
const liar = fakeArchive('3.15.0', 'v4.0.0');
const server = new TestServer();
beforeAll(async () => {
  const serve = (version: string, bytes: Buffer, published = sha(bytes)) => {
    const name = helmArchiveName(version);
    server
      .route(`/${name}`, (_q, res) => res.writeHead(200).end(bytes))
      .route(`/${name}.sha256sum`, (_q, res) => res.writeHead(200).end(`${published}  ${name}\n`));
  };
  serve('3.14.2', good);
  serve('3.14.3', fakeArchive('3.14.3'), sha(good));
  serve('3.15.0', liar);
  server.route(`/redirect/${helmArchiveName('3.14.2')}.sha256sum`, (_q, res) =>
    res.writeHead(302, { location: `/${helmArchiveName('3.14.2')}.sha256sum` }).end(),
  );
  await server.start();
});
afterAll(() => server.stop());

const cache = () => mkdtempSync(join(tmpdir(), 'slipway-helm-cache-'));

describe('parseChecksumFile', () => {
  it('reads the hash of a .sha256sum or .sha256 file', () => {
    const hash = 'a'.repeat(64);
    expect(parseChecksumFile(`${hash}  helm-v3.14.2-linux-amd64.tar.gz\n`)).toBe(hash);
    expect(parseChecksumFile(`${hash.toUpperCase()}\n`)).toBe(hash);
    expect(parseChecksumFile('<html>not found</html>')).toBeUndefined();
  });
});

describe('installHelm from a local file server', () => {
  it('downloads, verifies the published SHA-256, extracts and then reuses the cached copy', async () => {
    const cacheDir = cache();
    const logger = memoryLogger();
    const path = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger });
    expect(execFileSync(path, ['version']).toString()).toBe('v3.14.2');
    expect(logger.lines.join('\n')).toContain(`Verified sha256 ${sha(good)}`);
    const downloads = server.count(`/${helmArchiveName('3.14.2')}`);
    const again = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger });
    expect(again).toBe(path);
    expect(server.count(`/${helmArchiveName('3.14.2')}`)).toBe(downloads);
  });

  it('refuses an archive whose checksum does not match, and installs nothing', async () => {
    const cacheDir = cache();
    const attempt = installHelm({ version: '3.14.3', baseUrl: server.url, cacheDir, logger: memoryLogger() });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/Checksum mismatch .*published sha256 [0-9a-f]{64}, downloaded [0-9a-f]{64}/);
    expect(existsSync(join(cacheDir, 'helm', '3.14.3'))).toBe(false);
  });

  it('follows a redirect for the checksum', async () => {
    // The archive is not under /redirect: the checksum is, through a 302.
    const attempt = installHelm({
      version: '3.14.2',
      baseUrl: `${server.url}/redirect`,
      cacheDir: cache(),
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toThrow(/answered 404/);
    expect(server.requests.some((r) => r.url === `/${helmArchiveName('3.14.2')}.sha256sum`)).toBe(true);
  });
});

describe('resolveHelm', () => {
  /** A PATH holding only a helm that reports `version`. */
  function pathWithHelm(version: string): NodeJS.ProcessEnv {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-path-'));
    writeFileSync(join(dir, 'helm'), `#!/bin/sh\nprintf '%s' '${version}'\n`);
    chmodSync(join(dir, 'helm'), 0o755);
    return { PATH: `${dir}:/usr/bin:/bin` };
  }
  const base = { downloadBaseUrl: '', cacheDir: '', logger: memoryLogger() };

  it('uses helm on PATH when it satisfies the spec', async () => {
    const env = pathWithHelm('v3.14.9');
    const helm = await resolveHelm({ ...base, env, spec: parseVersionSpec('3.14') });
    expect(helm).toMatchObject({ source: 'path', version: { major: 3, minor: 14, patch: 9 } });
  });

  it('with no spec uses whatever helm is on PATH', async () => {
    const helm = await resolveHelm({ ...base, env: pathWithHelm('v4.3'), spec: undefined });
    expect(helm.version.major).toBe(4);
  });

  it('never crosses a major: a v4 on PATH does not satisfy "3", and a range cannot be downloaded', async () => {
    const attempt = resolveHelm({ ...base, env: pathWithHelm('v4.0.1'), spec: parseVersionSpec('3') });
    await expect(attempt).rejects.toThrow(
      /Input 'helm-version': helm on PATH is v4.0.1, which does not satisfy "3"; give an exact version/,
    );
  });

  it("names where the spec was set: the root action's slipway.yml, not an input it does not have", async () => {
    const attempt = resolveHelm({
      ...base,
      env: pathWithHelm('v4.0.1'),
      spec: parseVersionSpec('3'),
      specSource: 'slipway.yml helm.version',
    });
    await expect(attempt).rejects.toThrow(
      /^slipway\.yml helm\.version: helm on PATH is v4\.0\.1, which does not satisfy "3"/,
    );
  });

  it('installs the exact version asked for when PATH has another', async () => {
    const helm = await resolveHelm({
      ...base,
      env: pathWithHelm('v4.0.1'),
      spec: parseVersionSpec('3.14.2'),
      downloadBaseUrl: server.url,
      cacheDir: cache(),
    });
    expect(helm).toMatchObject({ source: 'installed', version: { major: 3, minor: 14, patch: 2 } });
  });

  it('refuses a download that reports another version than it was named', async () => {
    const attempt = resolveHelm({
      ...base,
      env: { PATH: '/nonexistent' },
      spec: parseVersionSpec('3.15.0'),
      downloadBaseUrl: server.url,
      cacheDir: cache(),
    });
    await expect(attempt).rejects.toThrow(/reports v4.0.0, not v3.15.0: refusing to use it/);
  });
});
