import type { exec as kitExec, Logger } from '@slipway/kit';
import type { RawFinding } from '../finding';
import type { PinnedTool } from '../tool-versions';

export type Exec = typeof kitExec;

/** What grype scans: a built image by digest, against a local database. */
export interface ImageScan {
  /** repo@sha256:…, pulled from its registry. */
  ref?: string;
  /** A grype database: vulnerability.db, its archive, or the directory holding it. */
  database?: string;
  /** Leave out vulnerabilities that no released version fixes. */
  ignoreUnfixed: boolean;
}

export interface KubeOptions {
  openApi?: string;
  values?: string[];
}

/** What an adapter gets to run its tool on one repository. */
export interface ScanContext {
  /** Repository root; every finding path is relative to it. */
  root: string;
  /** Files of the repository (git ls-files, or a walk), relative, with '/'. */
  files: string[];
  /** Path of the tool's binary, as resolved by the installer. */
  binary: string;
  exec: Exec;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Base commit of a pull request, for history scans. */
  baseSha?: string;
  /** kubeconform: the cluster's OpenAPI v2 document and the release's values files (absolute paths). */
  kube?: KubeOptions;
  /** osv-scanner's local OSV database: the directory holding osv-scanner/<ecosystem>/all.zip. */
  osvDatabase?: string;
  /** grype: the image and its database. */
  image?: ImageScan;
  /** Registry asked for dependency advisories (npm audit's `--registry`); else the tool's own configuration. */
  npmRegistry?: string;
  signal?: AbortSignal;
  /** Tools that print their version with their findings report it here (no separate probe). */
  reportVersion?: (version: string) => void;
}

/** What a scanner may be given beside the repository, each only when the run has it. */
export type ScanExtras = Pick<ScanContext, 'baseSha' | 'npmRegistry' | 'kube' | 'osvDatabase' | 'image' | 'signal'>;
const EXTRAS = ['baseSha', 'npmRegistry', 'kube', 'osvDatabase', 'image', 'signal'] as const;

/** The extras `options` hold, without the unset ones (an adapter tells "not given" by absence). */
export function scanExtras(options: ScanExtras): ScanExtras {
  return Object.fromEntries(EXTRAS.filter((key) => options[key]).map((key) => [key, options[key]])) as ScanExtras;
}

/** One scanner: how to find it, whether a repository needs it, and command line → findings. */
export interface Adapter {
  name: string;
  /** Program name looked up on PATH. */
  binary: string;
  /** SARIF run category. */
  category: string;
  informationUri: string;
  /** Arguments that print the version (the first x.y.z in the output is taken). */
  versionArgs: string[];
  /** False when probing the version costs much (semgrep: seconds); the scan output then reports it. */
  probeVersion?: boolean;
  /** The pin that the installer downloads when the tool is missing; none → must be on PATH. */
  pinned?: PinnedTool;
  /** Does the repository hold anything this scanner checks? */
  detect(files: string[]): boolean;
  scan(context: ScanContext): Promise<RawFinding[]>;
}

export function relativePath(root: string, path: string): string {
  const normal = path.replace(/\\/g, '/');
  const base = root.replace(/\\/g, '/').replace(/\/$/, '');
  const relative = normal.startsWith(`${base}/`) ? normal.slice(base.length + 1) : normal;
  return relative.replace(/^\.\//, '');
}

/** Parses a tool's JSON output, naming the tool when it is not JSON. */
export function parseToolJson<T>(tool: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${tool} printed output that is not JSON: ${text.slice(0, 200)}`);
  }
}

/** Runs a tool over files in bounded batches, so that the argv stays under the system limit on large repositories. */
export async function inBatches<T>(files: string[], run: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < files.length; i += 200) out.push(...(await run(files.slice(i, i + 200))));
  return out;
}

/** Text matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const isWorkflow = (file: string) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
