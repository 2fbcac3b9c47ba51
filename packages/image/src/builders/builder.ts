import type { Logger } from '@slipway/kit';
import type { BuildRequest } from '../build-request';
import type { ImageRef } from '../image-ref';
import type { RetryPolicy } from '../push-with-retry';
import type { Exec } from './select-builder';

/** One build as every builder gets it: the request, the images it goes to, and the tools to run it with. */
export interface BuildJob {
  req: BuildRequest;
  images: ImageRef[];
  /** The images' registries, each once, in order. */
  registries: string[];
  /** The build's private work dir (0700, removed afterwards). */
  work: string;
  exec: Exec;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  policy: RetryPolicy;
  signal?: AbortSignal;
  now: () => number;
}

export interface BuildReport {
  /** The digest the tool itself reported, "" when none; the registry's read-back wins over it. */
  toolDigest: string;
  /** Attempts each registry's push took. */
  attempts: Record<string, number>;
  /** Time spent pushing after the build; 0 where one command builds and pushes. */
  pushMs: number;
}

/** What one builder (buildx, docker, buildah) does; BUILDERS holds one per kind. */
export interface Builder {
  /** Variables the tool needs on top of the runner's; set before the build and kept for signing. */
  readonly env: Readonly<Record<string, string>>;
  /** Builds and, when the request says push, pushes every tag with retries. */
  run(job: BuildJob): Promise<BuildReport>;
}
