import type { BuildRequest } from '../build-request';
import { commonArgs } from './common-args';

/**
 * `docker build …` with the classic builder (no BuildKit): no secrets, annotations or cache export.
 * With `labelledFile` (a copy of the Dockerfile ending in one LABEL line, see label-dockerfile.ts)
 * that file is built instead and no --label flag is passed: the classic builder adds one step per
 * --label flag. The context stays the user's.
 */
export function dockerBuildArgs(req: BuildRequest, labelledFile?: string): string[] {
  const args = ['build', ...commonArgs(labelledFile ? { ...req, file: labelledFile, labels: {} } : req)];
  if (req.platforms.length) args.push('--platform', req.platforms.join(','));
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  args.push('--iidfile', req.iidFile, req.context);
  return args;
}

export function dockerPushArgs(ref: string): string[] {
  return ['push', ref];
}
