import { RegistryClient, statusOf } from '@slipway/image';
import { ConfigError, errorMessage, type Logger } from '@slipway/kit';
import { pinnedImageRef, type ImageParts } from './image-values';

export type ImageCheck = 'found' | 'unverified';

/** registry host and repository path of a reference (Docker Hub for a bare name). */
export function registryOf(repository: string): { host: string; path: string } {
  const first = repository.split('/')[0] as string;
  if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return { host: first, path: repository.slice(first.length + 1) };
  }
  return { host: 'registry-1.docker.io', path: repository.includes('/') ? repository : `library/${repository}` };
}

/**
 * HEADs the image's manifest in its registry through the one OCI registry client (its anonymous
 * token flow when the registry asks, plain HTTP for a loopback registry as docker does, the
 * runner's proxy). A 404 fails: deploying it could never become ready. A registry that wants
 * credentials we do not have is reported as unverified, not as missing.
 */
export async function checkImageExists(
  image: ImageParts,
  options: { logger: Logger; signal?: AbortSignal; timeoutMs?: number },
): Promise<ImageCheck> {
  const { host, path } = registryOf(image.repository);
  const reference = image.digest ?? image.tag ?? 'latest';
  const shown = pinnedImageRef(image);
  const client = new RegistryClient(host, { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 });
  let found;
  try {
    found = await client.headManifest(path, reference);
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403)
      options.logger.warning(`Cannot verify that ${shown} exists: ${host} wants credentials (${status})`);
    else options.logger.warning(`Cannot verify that ${shown} exists: ${errorMessage(error)}`);
    return 'unverified';
  }
  if (!found) throw new ConfigError(`Input 'image': ${shown} does not exist in ${host} (manifest HEAD answered 404)`);
  options.logger.info(`Image ${shown} exists in ${host}`);
  return 'found';
}
