import { basename, dirname } from 'node:path';
import type { Logger } from '../runner/logger';
import { findBinary, withCacheRoot } from './cache-root';
import { manifestProblem } from './tool-manifest';

export interface FindToolOptions {
  /** The tool's name in the cache: `<root>/<tool>/<version>/<arch>`. */
  tool: string;
  /** An exact version ("3.14.2") or a semver range ("3", "3.14.x"): the highest cached match. */
  versionSpec: string;
  /** The executable's file name, found at any depth of the cached directory. */
  binary: string;
  cacheRoot: string;
  /** Node's names (x64, arm64), as tool-cache uses; default process.arch. */
  arch?: string;
  /** The download's SHA-256 when it is pinned: a cached copy from another download is refused. */
  pinnedSha256?: string;
  logger: Logger;
}

export interface CachedTool {
  dir: string;
  path: string;
  version: string;
}

/**
 * tool-cache's `find` in the standard layout, then kit's check of the files against what was
 * recorded at install. A copy that fails it is refused with a warning (and undefined returned).
 */
export async function findCachedTool(options: FindToolOptions): Promise<CachedTool | undefined> {
  if (!options.cacheRoot) return undefined;
  // tool-cache loads only when a tool cache is searched (start-up of every action).
  const tc = await import('@actions/tool-cache');
  const dir = await withCacheRoot(options.cacheRoot, () =>
    tc.find(options.tool, options.versionSpec, options.arch ?? process.arch),
  );
  if (!dir) return undefined;
  const version = basename(dirname(dir));
  const problem = await manifestProblem(dir, options.pinnedSha256);
  const path = problem ? undefined : await findBinary(dir, options.binary);
  if (!path) {
    const why = problem ?? `it holds no '${options.binary}'`;
    options.logger.warning(`${options.tool} ${version} in the tool cache (${dir}) is refused: ${why}`);
    return undefined;
  }
  return { dir, path, version };
}
