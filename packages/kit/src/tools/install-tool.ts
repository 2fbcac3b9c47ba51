import { join } from 'node:path';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { ConfigError } from '../errors';
import type { Logger } from '../runner/logger';
import { runnerDirs } from '../runner/runner-dirs';
import { findBinary, withCacheRoot } from './cache-root';
import { checksumFor, sha256File } from './checksums';
import { downloadToolFile, downloadToolText } from './download-tool';
import { findCachedTool, type CachedTool } from './find-tool';
import { recordManifest } from './tool-manifest';

/** Fills `dir` from the verified download `file`. */
export type Unpack = (file: string, dir: string) => Promise<void>;

export interface ToolRelease {
  /** The tool's name in the cache: `<root>/<tool>/<version>/<arch>`. */
  tool: string;
  /** Exact: "3.14.2". */
  version: string;
  /** The executable's file name, found at any depth of the tool's directory. */
  binary: string;
  /** Or how to find it (an index page), asked only when a download is needed. */
  url: string | (() => Promise<string>);
  /**
   * The download's SHA-256: pinned here, or published in a checksums file (fetched only when a
   * download is needed; it names `url`'s file name).
   */
  sha256: string | { checksumsUrl: string };
  /** 'tar' and 'zip' archives are extracted with tool-cache; a function fills the directory itself. */
  unpack: 'tar' | 'zip' | Unpack;
  /**
   * Built where it is cached: `unpack` fills the final directory (a Python virtualenv names its
   * own path, so it cannot be copied there by `cacheDir`). Same layout and `.complete` marker.
   */
  inPlace?: boolean;
  cacheRoot: string;
  arch?: string;
  /** Names the tool in messages; default `tool`. */
  label?: string;
  logger: Logger;
  signal?: AbortSignal;
}

export interface InstalledTool extends CachedTool {
  source: 'cache' | 'download';
}

/**
 * One installer for every tool: the verified copy in the tool cache when there is one; else the
 * download (tool-cache's `downloadTool`), refused unless its SHA-256 is the pinned or published
 * one, extracted, recorded (see tool-manifest.ts) and cached with `cacheDir`.
 */
export async function installTool(release: ToolRelease): Promise<InstalledTool> {
  const arch = release.arch ?? process.arch;
  const label = release.label ?? release.tool;
  const pinned = typeof release.sha256 === 'string' ? release.sha256 : undefined;
  const cached = await findCachedTool({ ...release, versionSpec: release.version, arch, pinnedSha256: pinned });
  if (cached) {
    release.logger.info(`${label} ${cached.version} from the tool cache (${cached.dir}), files verified`);
    return { ...cached, source: 'cache' };
  }
  const work = await mkdtemp(join(runnerDirs().temp, `slipway-${release.tool}-`));
  try {
    const url = typeof release.url === 'string' ? release.url : await release.url();
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || release.tool);
    let expected = pinned;
    if (typeof release.sha256 !== 'string') {
      expected = checksumFor(await downloadToolText(release.sha256.checksumsUrl, release), name);
      if (!expected) throw new ConfigError(`${label}: the published checksums name no SHA-256 for ${name}`);
    }
    release.logger.info(`${label}: downloading ${release.version} from ${url}`);
    const file = await downloadToolFile(url, join(work, name), release);
    const actual = await sha256File(file);
    if (actual !== expected) {
      const source = pinned ? 'pinned' : 'published';
      throw new ConfigError(`${label}: refusing ${name}: SHA-256 ${actual} does not match the ${source} ${expected}`);
    }
    release.logger.info(`${label}: verified SHA-256 ${actual} of ${name}`);
    const dir = await withCacheRoot(release.cacheRoot, async () => {
      // tool-cache loads only when a tool is installed (start-up of every action).
      const tc = await import('@actions/tool-cache');
      if (release.inPlace) return buildInPlace(release, arch, file, actual);
      const unpacked = join(work, 'unpacked');
      await mkdir(unpacked);
      if (release.unpack === 'tar') await tc.extractTar(file, unpacked, 'x');
      else if (release.unpack === 'zip') await tc.extractZip(file, unpacked);
      else await release.unpack(file, unpacked);
      await recordManifest(unpacked, actual);
      return tc.cacheDir(unpacked, release.tool, release.version, arch);
    });
    const path = await findBinary(dir, release.binary);
    if (!path) throw new ConfigError(`${label}: ${name} holds no '${release.binary}'`);
    return { dir, path, version: release.version, source: 'download' };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The layout cacheDir writes (`<root>/<tool>/<version>/<arch>` then `<arch>.complete`), filled in place. */
async function buildInPlace(release: ToolRelease, arch: string, file: string, sha256: string): Promise<string> {
  const dir = join(release.cacheRoot, release.tool, release.version, arch);
  await rm(`${dir}.complete`, { force: true });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    if (typeof release.unpack !== 'function')
      throw new Error(`${release.tool}: an in-place install needs an unpack function`);
    await release.unpack(file, dir);
    await recordManifest(dir, sha256);
    await writeFile(`${dir}.complete`, '');
    return dir;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
