import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, memoryLogger } from '@slipway/kit';
import { TestServer } from '../../support/test-server';
import { parseVersionSpec } from '../../../packages/helm/src/helm-version';
import { helmArchiveName, installHelm } from '../../../packages/helm/src/install-helm';
import { chooseHelm, resolveHelm } from '../../../packages/helm/src/resolve-helm';

/** The folder a release archive holds helm in: linux-amd64. */
const helmFolder = (version: string) =>
  helmArchiveName(version)
    .replace(/^helm-v[^-]+-/, '')
    .replace(/\.tar\.gz$/, '');
const archives = new Map<string, Buffer>();

/** A helm release archive as get.helm.sh publishes it, holding a script that prints `version` (the same bytes each time). */
function fakeArchive(version: string, reports = `v${version}`): Buffer {
  const known = archives.get(`${version} ${reports}`);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), 'slipway-helm-archive-'));
  const folder = helmFolder(version);
  mkdirSync(join(dir, folder));
  writeFileSync(join(dir, folder, 'helm'), `#!/bin/sh\nprintf '%s' '${reports}'\n`);
  chmodSync(join(dir, folder, 'helm'), 0o755);
  const archive = join(dir, 'out.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', dir, folder]);
  archives.set(`${version} ${reports}`, readFileSync(archive));
  return readFileSync(archive);
}

// Each case downloads, unpacks and hashes a release archive: seconds on a loaded 2-core machine.
jest.setTimeout(30_000);

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
    // Absolute: @actions/http-client cannot follow a relative Location.
    res.writeHead(302, { location: `${server.url}/${helmArchiveName('3.14.2')}.sha256sum` }).end(),
  );
  await server.start();
});
afterAll(() => server.stop());

const cache = () => mkdtempSync(join(tmpdir(), 'slipway-helm-cache-'));

describe('installHelm from a local file server', () => {
  it('downloads, verifies the published SHA-256, extracts and then reuses the cached copy', async () => {
    const cacheDir = cache();
    const logger = memoryLogger();
    const { path, source } = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger });
    expect(source).toBe('download');
    // The tool-cache layout azure/setup-helm uses: helm/<version>/<arch>, the archive's folder inside.
    expect(path).toBe(join(cacheDir, 'helm', '3.14.2', process.arch, helmFolder('3.14.2'), 'helm'));
    expect(existsSync(join(cacheDir, 'helm', '3.14.2', `${process.arch}.complete`))).toBe(true);
    expect(execFileSync(path, ['version']).toString()).toBe('v3.14.2');
    expect(logger.lines).toContain(`helm: verified SHA-256 ${sha(good)} of ${helmArchiveName('3.14.2')}`);
    const before = server.requests.length;
    const again = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger });
    expect(again).toMatchObject({ path, source: 'cache' });
    expect(server.requests.length).toBe(before);
  });

  it('refuses a cached helm whose binary was changed since it was verified, and downloads it again', async () => {
    const cacheDir = cache();
    const first = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger: memoryLogger() });
    writeFileSync(first.path, "#!/bin/sh\nprintf 'v3.14.2'; touch /tmp/slipway-pwned\n");
    const logger = memoryLogger();
    const before = server.count(`/${helmArchiveName('3.14.2')}`);
    const again = await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger });
    expect(again).toMatchObject({ path: first.path, source: 'download' });
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^warning: helm 3\\.14\\.2 in the tool cache \\(.*\\) is refused: ${helmFolder('3.14.2')}/helm has changed \\(SHA-256 [0-9a-f]{64}, recorded [0-9a-f]{64} at install\\)$`,
        ),
      ),
    );
    expect(server.count(`/${helmArchiveName('3.14.2')}`)).toBe(before + 1);
    expect(readFileSync(again.path, 'utf8')).not.toContain('pwned');
  });

  it('refuses an archive whose checksum does not match, and installs nothing', async () => {
    const cacheDir = cache();
    const attempt = installHelm({ version: '3.14.3', baseUrl: server.url, cacheDir, logger: memoryLogger() });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(
      `helm: refusing ${helmArchiveName('3.14.3')}: SHA-256 ${sha(fakeArchive('3.14.3'))} does not match the published ${sha(good)}`,
    );
    expect(existsSync(join(cacheDir, 'helm', '3.14.3'))).toBe(false);
    expect(server.count(`/${helmArchiveName('3.14.3')}`)).toBeGreaterThan(0);
  });

  it('follows a redirect for the checksum', async () => {
    // The archive is not under /redirect: the checksum is, through a 302.
    const attempt = installHelm({
      version: '3.14.2',
      baseUrl: `${server.url}/redirect`,
      cacheDir: cache(),
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toThrow(/answered HTTP 404/);
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

  it('a range takes the highest verified helm inside it from the tool cache, and names its folder for PATH', async () => {
    const cacheDir = cache();
    await installHelm({ version: '3.14.2', baseUrl: server.url, cacheDir, logger: memoryLogger() });
    const added: string[] = [];
    const before = server.requests.length;
    const helm = await resolveHelm({
      ...base,
      env: pathWithHelm('v4.0.1'),
      spec: parseVersionSpec('3'),
      cacheDir,
      onInstalled: (dir) => added.push(dir),
    });
    expect(helm).toMatchObject({ source: 'installed', version: { major: 3, minor: 14, patch: 2 } });
    expect(added).toEqual([join(cacheDir, 'helm', '3.14.2', process.arch, helmFolder('3.14.2'))]);
    expect(server.requests.length).toBe(before);
    // Never another major, nor another minor than asked.
    await expect(
      resolveHelm({ ...base, env: pathWithHelm('v4.0.1'), spec: parseVersionSpec('3.15'), cacheDir }),
    ).rejects.toThrow(
      /helm on PATH is v4\.0\.1, which does not satisfy "3\.15"; give an exact version such as "3\.15\.0" to install one \(the tool cache holds no verified helm 3\.15\.x\)/,
    );
  });

  it('one choice is resolved once: the verification render and the session share one install, one probe, one PATH entry', async () => {
    const env = pathWithHelm('v4.0.1');
    const choice = await chooseHelm({ spec: parseVersionSpec('3.14.2'), env, logger: memoryLogger() });
    expect(choice).toMatchObject({ use: 'install', exact: '3.14.2' });
    const added: string[] = [];
    const logger = memoryLogger();
    const options = { ...base, env, spec: parseVersionSpec('3.14.2'), downloadBaseUrl: server.url, cacheDir: cache() };
    const before = server.requests.length;
    const render = await resolveHelm({ ...options, choice, logger, onInstalled: (dir) => added.push(dir) });
    const session = await resolveHelm({ ...options, choice, logger, onInstalled: (dir) => added.push(dir) });
    expect(session).toBe(render);
    expect(added).toHaveLength(1);
    // The archive and its checksum, fetched once.
    expect(server.requests.length - before).toBe(2);
    expect(logger.lines.filter((l) => l.includes('installing helm v3.14.2'))).toHaveLength(1);
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
