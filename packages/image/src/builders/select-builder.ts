import { ConfigError, type exec as execFn } from '@slipway/kit';
import type { BuilderKind, BuildRequest } from '../build-request';
import { buildahCacheRepository } from './buildah-cache';

export type Exec = typeof execFn;

async function works(exec: Exec, file: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const result = await exec(file, args, { env, ignoreExitCode: true, timeoutMs: 30_000 });
    return result.exitCode === 0;
  } catch {
    return false;
  }
}

const PROBES: Record<BuilderKind, [string, string[]]> = {
  buildx: ['docker', ['buildx', 'version']],
  docker: ['docker', ['version', '--format', '{{.Server.Version}}']],
  buildah: ['buildah', ['--version']],
};

/**
 * `auto` picks buildx where present (GitHub-hosted runners), else the docker engine, else buildah.
 * A named builder must be there; an error says what was probed.
 */
export async function selectBuilder(
  choice: BuilderKind | 'auto',
  exec: Exec,
  env: NodeJS.ProcessEnv,
): Promise<BuilderKind> {
  const order: BuilderKind[] = choice === 'auto' ? ['buildx', 'docker', 'buildah'] : [choice];
  for (const kind of order) {
    const [file, args] = PROBES[kind];
    if (await works(exec, file, args, env)) return kind;
  }
  const tried = order.map((k) => `${PROBES[k][0]} ${PROBES[k][1].join(' ')}`).join(', ');
  throw new ConfigError(
    `Input 'builder': expected ${choice === 'auto' ? 'one of buildx, docker or buildah' : choice} to be available on the runner (tried: ${tried})`,
  );
}

/** What a build asks of its builder; build-push's inputs check an explicit builder with it, before any probe. */
export type BuilderNeeds = Pick<
  BuildRequest,
  'provenance' | 'sbom' | 'platforms' | 'cacheFrom' | 'cacheTo' | 'load' | 'annotationLevels'
> & {
  secrets: readonly unknown[];
};

/** What the chosen builder cannot do is a ConfigError naming the input, before anything is built. */
export function checkBuilderSupport(kind: BuilderKind, req: BuilderNeeds): void {
  const no = (input: string, what: string): never => {
    throw new ConfigError(
      `Input '${input}': ${what} needs builder buildx${input === 'secrets' || input === 'cache-to' ? ' or buildah' : ''} (the ${kind} builder was selected)`,
    );
  };
  if (kind === 'buildx') return;
  if (req.provenance !== undefined) no('provenance', 'a provenance attestation');
  if (req.sbom !== undefined) no('sbom', 'an SBOM attestation');
  if (req.platforms.length > 1) no('platforms', 'a multi-platform build');
  const levels = req.annotationLevels?.filter((l) => l !== 'manifest') ?? [];
  if (levels.length)
    throw new ConfigError(
      `DOCKER_METADATA_ANNOTATIONS_LEVELS: ${levels.join(', ')} annotations need builder buildx (the ${kind} builder was selected)`,
    );
  if (kind === 'docker') {
    if (req.secrets.length) no('secrets', 'a build secret');
    if (req.cacheTo.length) no('cache-to', 'a cache export');
  }
  if (kind === 'buildah') {
    if (req.load)
      throw new ConfigError(
        `Input 'load': loading into the docker engine needs builder buildx or docker (buildah was selected)`,
      );
    for (const c of req.cacheFrom) buildahCacheRepository('cache-from', c);
    for (const c of req.cacheTo) buildahCacheRepository('cache-to', c);
  }
}
