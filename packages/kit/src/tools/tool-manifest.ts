import { join, relative } from 'node:path';
import { lstat, readdir, readlink, writeFile, readFile } from 'node:fs/promises';
import { sha256File } from './checksums';

/**
 * What kit records beside a tool it caches, so that a later job can tell the files are still the
 * ones it verified: the SHA-256 of the download they came from and of every file (a symbolic link
 * by its target). tool-cache's `.complete` marker only says the copy finished.
 */
export const MANIFEST_FILE = '.slipway-sha256.json';

interface Manifest {
  download: string;
  files: Record<string, string>;
}

type Entry = [path: string, digest: string];

async function listFiles(root: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (rel === MANIFEST_FILE) continue;
      const stat = await lstat(path);
      if (stat.isSymbolicLink()) entries.push([rel, `link:${await readlink(path)}`]);
      else if (stat.isDirectory()) await walk(path);
      else if (stat.isFile()) entries.push([rel, await sha256File(path)]);
    }
  };
  await walk(root);
  return entries;
}

/** Writes the manifest of `dir`'s files, before the directory is cached. */
export async function recordManifest(dir: string, downloadSha256: string): Promise<void> {
  const manifest: Manifest = { download: downloadSha256, files: Object.fromEntries(await listFiles(dir)) };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * Why the cached `dir` cannot be trusted, or undefined when every recorded file is unchanged (and,
 * when the download's digest is pinned, it came from that download). Files added since (a
 * Python cache) are not judged: only what was verified at install is run.
 */
export async function manifestProblem(dir: string, pinnedDownload?: string): Promise<string | undefined> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return `it has no ${MANIFEST_FILE} (not installed and verified by Slipway)`;
  }
  if (pinnedDownload && manifest.download !== pinnedDownload)
    return `it came from a download with SHA-256 ${manifest.download}, pinned ${pinnedDownload}`;
  for (const [file, recorded] of Object.entries(manifest.files ?? {})) {
    const path = join(dir, file);
    let actual: string;
    try {
      actual = (await lstat(path)).isSymbolicLink() ? `link:${await readlink(path)}` : await sha256File(path);
    } catch {
      return `${file} is missing`;
    }
    if (actual !== recorded) return `${file} has changed (SHA-256 ${actual}, recorded ${recorded} at install)`;
  }
  return undefined;
}
