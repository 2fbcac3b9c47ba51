import { join } from 'node:path';
import { buildahBuildArgs, buildahPushArgs } from './buildah-args';
import { buildThenPush } from './build-then-push';
import { readIfExists } from './read-if-exists';

// buildah writes the pushed manifest's digest to --digestfile; each push overwrites it.
const digestFile = (work: string) => join(work, 'digest');

/** buildah: daemonless, the image built into containers-storage, then pushed to `docker://ref`. */
export const buildahBuilder = buildThenPush({
  file: 'buildah',
  env: {},
  buildArgs: (req) => buildahBuildArgs(req),
  pushArgs: (ref, work) => buildahPushArgs(ref, digestFile(work)),
  pushedDigest: (_result, work) => readIfExists(digestFile(work)),
});
