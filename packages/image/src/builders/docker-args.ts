import type { BuildRequest } from '../build-request';
import { commonArgs } from './common-args';

/** `docker build …` with the classic builder (no BuildKit): no secrets, annotations or cache export. */
export function dockerBuildArgs(req: BuildRequest): string[] {
  const args = ['build', ...commonArgs(req)];
  if (req.platforms.length) args.push('--platform', req.platforms.join(','));
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  args.push('--iidfile', req.iidFile, req.context);
  return args;
}

export function dockerPushArgs(ref: string): string[] {
  return ['push', ref];
}
