import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildRequest } from '../build-request';
import { buildThenPush } from './build-then-push';
import { dockerBuildArgs, dockerPushArgs } from './docker-args';
import { appendLabelLine, canAppendLabels } from './label-dockerfile';

/** The classic docker builder; BuildKit is buildx's kind, so an engine that defaults to it is told not to. */
export const dockerBuilder = buildThenPush({
  file: 'docker',
  env: { DOCKER_BUILDKIT: '0' },
  buildArgs: (req, work) => dockerBuildArgs(req, labelledDockerfile(req, work)),
  pushArgs: (ref) => dockerPushArgs(ref),
  // `docker push` prints the manifest digest on its last line: "<tag>: digest: sha256:… size: …".
  pushedDigest: (result) => /digest: (sha256:[a-f0-9]{64})/.exec(result.stdout)?.[1] ?? '',
});

/**
 * A copy of the Dockerfile in the build's private work dir (removed afterwards) ending in one LABEL
 * line with every label; undefined when the labels stay --label flags (a target stage, see canAppendLabels).
 */
function labelledDockerfile(req: BuildRequest, work: string): string | undefined {
  if (!canAppendLabels(req)) return undefined;
  const file = join(work, 'Dockerfile');
  writeFileSync(file, appendLabelLine(readFileSync(req.file), req.labels), { mode: 0o600 });
  return file;
}
