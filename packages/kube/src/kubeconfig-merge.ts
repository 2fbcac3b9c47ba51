import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve, delimiter } from 'node:path';
import { ConfigError, parseYamlText } from '@slipway/kit';

/** One kubeconfig file as read: relative paths in it resolve against its folder. */
export interface KubeconfigFile {
  path: string;
  text: string;
}

type Dict = Record<string, unknown>;
type Named = { name?: unknown; [key: string]: unknown };

/** Per section, the fields that name files (kubectl's ResolveLocalPaths). */
const FILE_FIELDS: Record<string, { field: string; keys: string[] }> = {
  clusters: { field: 'cluster', keys: ['certificate-authority'] },
  users: { field: 'user', keys: ['client-certificate', 'client-key', 'tokenFile'] },
};
const SECTIONS = ['clusters', 'users', 'contexts'] as const;

/**
 * Merges kubeconfig files as kubectl merges KUBECONFIG: the first file to define a cluster,
 * user or context of a name wins it whole, current-context comes from the first file that sets
 * one, and every relative path is made absolute against its own file's folder first. Returns
 * the merged kubeconfig as YAML.
 */
export async function mergeKubeconfigs(files: readonly KubeconfigFile[]): Promise<string> {
  const merged: Record<(typeof SECTIONS)[number], Named[]> = { clusters: [], users: [], contexts: [] };
  let current: string | undefined;
  let preferences: unknown;
  for (const file of files) {
    const doc = await parseYamlText(file.text, file.path);
    if (doc === null || doc === undefined) continue; // an empty file, as kubectl allows
    if (typeof doc !== 'object' || Array.isArray(doc))
      throw new ConfigError(`${file.path}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
    const config = doc as Dict;
    const absolute = (path: unknown) =>
      typeof path === 'string' && path && !isAbsolute(path) ? resolve(dirname(file.path), path) : path;
    for (const section of SECTIONS) {
      const items = Array.isArray(config[section]) ? (config[section] as Named[]) : [];
      for (const item of items) {
        if (!item || typeof item !== 'object' || merged[section].some((m) => m.name === item.name)) continue;
        merged[section].push(withAbsolutePaths(section, item, absolute));
      }
    }
    const named = config['current-context'];
    if (current === undefined && typeof named === 'string' && named) current = named;
    preferences ??= config['preferences'];
  }
  // yaml (about 50 ms to load bundled, measured) only when kubeconfigs are merged.
  const { stringify } = await import('yaml');
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    ...(preferences === undefined ? {} : { preferences }),
    ...merged,
    ...(current === undefined ? {} : { 'current-context': current }),
  });
}

function withAbsolutePaths(section: string, item: Named, absolute: (path: unknown) => unknown): Named {
  const spec = FILE_FIELDS[section];
  const inner = spec ? item[spec.field] : undefined;
  if (!spec || !inner || typeof inner !== 'object') return item;
  const copy: Dict = { ...(inner as Dict) };
  for (const key of spec.keys) if (key in copy) copy[key] = absolute(copy[key]);
  const exec = copy['exec'] as Dict | undefined;
  // An exec command with a slash is a path (relative to its file); any other is looked up on PATH.
  if (exec && typeof exec === 'object' && String(exec['command'] ?? '').includes('/'))
    copy['exec'] = { ...exec, command: absolute(exec['command']) };
  return { ...item, [spec.field]: copy };
}

/**
 * The files a KUBECONFIG value names, read in order, as kubectl reads them: ':'-separated,
 * empty entries and repeats skipped, files that do not exist skipped.
 */
export async function readKubeconfigFiles(value: string): Promise<KubeconfigFile[]> {
  const paths = [...new Set(value.split(delimiter).filter(Boolean))];
  const files: KubeconfigFile[] = [];
  for (const path of paths) {
    try {
      files.push({ path: resolve(path), text: await readFile(path, 'utf8') });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new ConfigError(`KUBECONFIG: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }
  if (!files.length) throw new ConfigError(`KUBECONFIG names no file that exists (${paths.join(', ') || 'empty'})`);
  return files;
}

/**
 * The kubeconfig a KUBECONFIG value stands for, as one text: a single file as it is (relative
 * paths resolve against `baseDir`, its folder), several merged (their paths made absolute).
 */
export async function loadKubeconfigEnv(value: string): Promise<{ text: string; baseDir: string }> {
  const files = await readKubeconfigFiles(value);
  const [first] = files;
  if (files.length === 1 && first) return { text: first.text, baseDir: dirname(first.path) };
  return { text: await mergeKubeconfigs(files), baseDir: process.cwd() };
}
