import type { BuildRequest } from '../build-request';
import { commonArgs } from './common-args';

/** `docker buildx build …`: one command builds, and with push=true pushes every tag. */
export function buildxArgs(req: BuildRequest): string[] {
  const args = ['buildx', 'build', ...commonArgs(req)];
  const levels = req.annotationLevels?.filter((l) => l !== 'manifest').length ? req.annotationLevels : [''];
  for (const level of levels)
    for (const [k, v] of Object.entries(req.annotations))
      args.push('--annotation', `${level ? `${level}:` : ''}${k}=${v}`);
  for (const s of req.secrets) args.push('--secret', `id=${s.id},src=${s.file}`);
  if (req.platforms.length) args.push('--platform', req.platforms.join(','));
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  for (const c of req.cacheTo) args.push('--cache-to', c);
  if (req.provenance !== undefined) args.push(`--provenance=${req.provenance}`);
  if (req.sbom !== undefined) args.push(`--sbom=${req.sbom}`);
  args.push('--iidfile', req.iidFile, '--metadata-file', req.metadataFile);
  if (req.push) args.push('--push');
  if (req.load) args.push('--load');
  args.push(req.context);
  return args;
}
