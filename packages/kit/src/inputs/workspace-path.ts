import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { inputError } from './input-error';

/**
 * The real path of `path`, symlinks followed, even when its last parts do not exist yet (a file
 * an action is about to write): the nearest existing ancestor is resolved and the rest appended.
 */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * A path from input `name`, resolved from the working directory, that must lie inside one of
 * `roots` once symlinks are followed (`../../etc/passwd`, `/etc/passwd` and a link out of the
 * workspace are refused alike). With no roots (no GITHUB_WORKSPACE: a test or a script), any path.
 */
export function containedPath(name: string, raw: string, roots: readonly (string | undefined)[]): string {
  const real = realPathOf(raw);
  const allowed = roots.filter((r): r is string => !!r).map(realPathOf);
  if (!allowed.length || allowed.some((root) => isInside(real, root))) return real;
  const where = allowed.length === 1 ? `the workspace (${allowed[0]})` : `one of ${allowed.join(', ')}`;
  throw inputError(name, `a path inside ${where}, symlinks followed`, raw);
}
