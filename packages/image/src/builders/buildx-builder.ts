import { readFileSync } from 'node:fs';
import { pushWithRetry } from '../push-with-retry';
import type { Builder } from './builder';
import { buildxArgs } from './buildx-args';

/** buildx builds and pushes every tag in one command, so with push the whole command is retried as a push. */
export const buildxBuilder: Builder = {
  env: {},
  async run({ req, registries, exec, env, logger, policy, signal }) {
    const run = () => exec('docker', buildxArgs(req), { env, logger, signal });
    if (!req.push) {
      await run();
      return { toolDigest: '', attempts: {}, pushMs: 0 };
    }
    const { attempts: n } = await pushWithRetry(registries.join(', '), 'Build and push', run, policy, logger);
    const attempts = Object.fromEntries(registries.map((r) => [r, n]));
    return { toolDigest: buildxDigest(req.metadataFile), attempts, pushMs: 0 };
  },
};

/** containerimage.digest from buildx's --metadata-file; "" when it wrote none. */
function buildxDigest(metadataFile: string): string {
  try {
    const meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
    return typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
  } catch {
    return '';
  }
}
