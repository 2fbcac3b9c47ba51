import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Exec } from './adapters/adapter';

const SKIP = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist']);

/** The repository's files, relative with '/': tracked and untracked-but-not-ignored in git, else a walk. */
export async function listFiles(root: string, exec: Exec): Promise<string[]> {
  const git = await exec('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    ignoreExitCode: true,
  }).catch(() => undefined);
  if (git && git.exitCode === 0) return git.stdout.split('\0').filter(Boolean).sort();
  return walk(root, '').sort();
}

function walk(root: string, prefix: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) files.push(...walk(root, relative));
    } else if (entry.isFile()) files.push(relative);
  }
  return files;
}
