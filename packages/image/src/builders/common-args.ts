import type { BuildRequest } from '../build-request';

/** Flags docker, buildx and buildah spell alike: file, tags, labels, build args, target. */
export function commonArgs(req: BuildRequest): string[] {
  const args = ['--file', req.file];
  for (const tag of req.tags) args.push('--tag', tag);
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  for (const [k, v] of Object.entries(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  if (req.target) args.push('--target', req.target);
  return args;
}
