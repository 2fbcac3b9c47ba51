import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
/** The root set while installs run, how many of them hold it, and what was there before. */
let held: { root: string; count: number; before: string | undefined } | undefined;

/**
 * tool-cache reads the cache's root from RUNNER_TOOL_CACHE at every call; a caller that names
 * another root (lint-scan's `tool-cache` input, a test) has it set for the call. Installs that run
 * at the same time share one root: the variable goes back only when the last of them is done
 * (restoring it when the first one finished unset it under the others), and a second root while
 * one is held is refused rather than swapped under a running install.
 */
export async function withCacheRoot<T>(root: string, body: () => T | Promise<T>): Promise<T> {
  if (held && held.root !== root) {
    throw new Error(
      `tool cache: ${root} asked for while installs run in ${held.root}; installs at the same time share one root`,
    );
  }
  const mine = (held ??= { root, count: 0, before: process.env['RUNNER_TOOL_CACHE'] });
  mine.count++;
  process.env['RUNNER_TOOL_CACHE'] = root;
  try {
    return await body();
  } finally {
    if (--mine.count === 0) {
      held = undefined;
      if (mine.before === undefined) delete process.env['RUNNER_TOOL_CACHE'];
      else process.env['RUNNER_TOOL_CACHE'] = mine.before;
    }
  }
}

/** The first file or link named `name` in `dir`, shallowest first (helm sits in linux-amd64/). */
export async function findBinary(dir: string, name: string): Promise<string | undefined> {
  let level = [dir];
  while (level.length) {
    const next: string[] = [];
    for (const folder of level) {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.name === name && !entry.isDirectory()) return path;
        if (entry.isDirectory()) next.push(path);
      }
    }
    level = next;
  }
  return undefined;
}
