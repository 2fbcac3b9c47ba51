import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
/**
 * tool-cache reads the cache's root from RUNNER_TOOL_CACHE at every call; a caller that names
 * another root (lint-scan's `tool-cache` input, a test) has it set for the call. Installs that run
 * at the same time must share one root.
 */
export async function withCacheRoot<T>(root: string, body: () => T | Promise<T>): Promise<T> {
  const before = process.env['RUNNER_TOOL_CACHE'];
  process.env['RUNNER_TOOL_CACHE'] = root;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env['RUNNER_TOOL_CACHE'];
    else process.env['RUNNER_TOOL_CACHE'] = before;
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
