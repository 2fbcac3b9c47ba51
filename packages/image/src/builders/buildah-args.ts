import type { BuildRequest } from '../build-request';
import { buildahCacheRepository } from './buildah-cache';
import { commonArgs } from './common-args';

/** `buildah build …` (daemonless; the image lands in containers-storage). */
export function buildahBuildArgs(req: BuildRequest): string[] {
  const args = ['build', ...commonArgs(req)];
  for (const [k, v] of Object.entries(req.annotations)) args.push('--annotation', `${k}=${v}`);
  for (const s of req.secrets) args.push('--secret', `id=${s.id},src=${s.file}`);
  if (req.platforms.length) args.push('--platform', req.platforms.join(','));
  if (req.cacheFrom.length || req.cacheTo.length) args.push('--layers');
  // buildx's `type=registry,ref=X` lines, as buildah takes them: the bare repository X.
  for (const c of req.cacheFrom) args.push('--cache-from', buildahCacheRepository('cache-from', c));
  for (const c of req.cacheTo) args.push('--cache-to', buildahCacheRepository('cache-to', c));
  args.push('--iidfile', req.iidFile, req.context);
  return args;
}

/** `buildah push` of a local image to `docker://ref`, the manifest digest written to a file. */
export function buildahPushArgs(ref: string, digestFile: string): string[] {
  return ['push', '--digestfile', digestFile, ref, `docker://${ref}`];
}
