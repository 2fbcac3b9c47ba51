import type { ExecResult } from '@slipway/kit';
import type { BuildRequest } from '../build-request';
import { pushWithRetry } from '../push-with-retry';
import type { Builder } from './builder';

/** How a builder that builds first and then pushes each tag (docker, buildah) spells its commands. */
export interface BuildThenPushTool {
  file: string;
  env: Record<string, string>;
  buildArgs(req: BuildRequest, work: string): string[];
  pushArgs(ref: string, work: string): string[];
  /** The digest one push reported, "" when it reported none. */
  pushedDigest(result: ExecResult, work: string): string;
}

/** One build, then each tag pushed with retries; the first digest a push reports is the tool's. */
export function buildThenPush(tool: BuildThenPushTool): Builder {
  return {
    env: tool.env,
    async run({ req, images, work, exec, env, logger, policy, signal, now }) {
      await exec(tool.file, tool.buildArgs(req, work), { env, logger, signal });
      const attempts: Record<string, number> = {};
      let toolDigest = '';
      if (!req.push) return { toolDigest, attempts, pushMs: 0 };
      const pushStarted = now();
      for (const ref of req.tags) {
        const registry = images.find((i) => ref.startsWith(`${i.name}:`))?.registry ?? '';
        const { value, attempts: n } = await pushWithRetry(
          registry,
          `Push of ${ref}`,
          // The push gets what is left of the deadline: a hung push must not outlive it.
          (_attempt, remainingMs) =>
            exec(tool.file, tool.pushArgs(ref, work), { env, logger, signal, timeoutMs: remainingMs }),
          policy,
          logger,
        );
        attempts[registry] = Math.max(attempts[registry] ?? 0, n);
        const reported = tool.pushedDigest(value, work);
        if (reported && !toolDigest) toolDigest = reported;
      }
      return { toolDigest, attempts, pushMs: now() - pushStarted };
    },
  };
}
