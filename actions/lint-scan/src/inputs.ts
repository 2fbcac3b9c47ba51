import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, inputError, InputReader, maskSecret, runnerDirs } from '@slipway/kit';
import {
  adapterNamed,
  parseAllowList,
  parseBaseline,
  SCANNER_NAMES,
  SEVERITIES,
  type Adapter,
  type AllowEntry,
  type ImageScan,
  type KubeOptions,
  type Severity,
} from '@slipway/scan';
import type { UploadTarget } from '@slipway/github';

export interface ScanInputs {
  root: string;
  scanners: Adapter[] | 'auto';
  failOn: Severity;
  baseline?: Set<string>;
  writeBaseline?: string;
  onlyChanged: boolean;
  baseSha?: string;
  allow: AllowEntry[];
  sarifFiles: string[];
  sarifOutput: string;
  missing: 'skip' | 'fail';
  toolBaseUrl?: string;
  pythonIndexUrl?: string;
  npmRegistry?: string;
  /** kubeconform's OpenAPI document and the release's values files. */
  kube?: KubeOptions;
  /** osv-scanner's local OSV database directory. */
  osvDatabase?: string;
  /** grype's image (by digest) and local database. */
  image?: ImageScan;
  cacheDir: string;
  /** Where to upload the SARIF, when `upload` is true. */
  upload?: UploadTarget;
}

/** An image by digest, as build-push's image-ref output gives it. */
const DIGEST_REF = /^[^\s@]+@sha256:[a-f0-9]{64}$/;

/** A revision for `git diff`: starts with a word character, so git never reads it as an option. */
const BASE_REF = /^\w[\w./-]*$/;

function isKind(path: string, kind: 'file' | 'directory'): boolean {
  try {
    const stat = statSync(path);
    return kind === 'file' ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}

/** Every input read once, typed and validated, before any scanner runs. */
export async function readInputs(reader: InputReader, env: NodeJS.ProcessEnv = process.env): Promise<ScanInputs> {
  const root = reader.path('path', { default: '.' });
  if (!isKind(root, 'directory')) throw inputError('path', 'an existing directory to scan', reader.raw('path') ?? root);
  const scanners = readScanners(reader);
  const failOn = reader.enum('fail-on', SEVERITIES, { default: 'error' });
  const baselinePath = reader.path('baseline');
  const writeBaseline = reader.path('write-baseline');
  const onlyChanged = reader.bool('only-changed', { default: false });
  const baseSha =
    reader.string('base-sha', { pattern: BASE_REF, expected: 'a commit SHA or ref' }) ?? pullRequestBase(env);
  const allowText = reader.raw('allow');
  const allow = allowText ? parseAllowList(await reader.yaml('allow'), `Input 'allow'`) : [];
  const sarifFiles = reader.list('sarif-files').map((p) => {
    const file = reader.inside('sarif-files', resolve(root, p));
    if (!isKind(file, 'file')) throw inputError('sarif-files', `existing SARIF files (relative to '${root}')`, p);
    return file;
  });
  const { temp: runnerTemp, toolCache } = runnerDirs(env);
  // The report may go to RUNNER_TEMP (its default) as well as the workspace.
  const sarifOutput = reader.path('sarif-output', {
    default: join(runnerTemp, 'lint-scan.sarif'),
    alsoInside: [runnerTemp],
  });
  const missing = reader.enum('missing', ['skip', 'fail'] as const, { default: 'fail' });
  const toolBaseUrl = reader.url('tool-base-url', { protocols: ['https:', 'http:'] })?.href;
  const pythonIndexUrl = reader.url('python-index-url', { protocols: ['https:', 'http:'] })?.href;
  const npmRegistry = reader.url('npm-registry', { protocols: ['https:', 'http:'] })?.href;
  const kube = readKube(reader, root);
  // A database fetched by an earlier step may sit in RUNNER_TEMP or the tool cache as well as the workspace.
  const osvDatabase = reader.path('osv-database', { alsoInside: [runnerTemp, toolCache] });
  if (osvDatabase && !isKind(osvDatabase, 'directory'))
    throw inputError('osv-database', 'an existing directory (holding osv-scalibr/<ecosystem>/all.zip)', osvDatabase);
  const image = readImage(reader, [runnerTemp, toolCache]);
  // The runner's tool cache, laid out as tool-cache lays it out (<tool>/<version>/<arch>), shared with other actions.
  const cacheDir = resolve(reader.string('tool-cache') ?? toolCache);
  const upload = readUpload(reader, env);
  const baseline = baselinePath ? readBaseline(baselinePath, !!writeBaseline) : undefined;
  return {
    root,
    scanners,
    failOn,
    ...(baseline ? { baseline } : {}),
    ...(writeBaseline ? { writeBaseline: resolve(writeBaseline) } : {}),
    onlyChanged,
    ...(baseSha ? { baseSha } : {}),
    allow,
    sarifFiles,
    sarifOutput,
    missing,
    ...(toolBaseUrl ? { toolBaseUrl: decodeURI(toolBaseUrl) } : {}),
    ...(pythonIndexUrl ? { pythonIndexUrl } : {}),
    ...(npmRegistry ? { npmRegistry } : {}),
    ...(kube ? { kube } : {}),
    ...(osvDatabase ? { osvDatabase } : {}),
    ...(image ? { image } : {}),
    cacheDir,
    ...(upload ? { upload } : {}),
  };
}

/** grype's image by digest and its database (a file or directory in the workspace, RUNNER_TEMP or the tool cache). */
function readImage(reader: InputReader, alsoInside: string[]): ImageScan | undefined {
  const ref = reader.string('image-ref', {
    pattern: DIGEST_REF,
    expected: "an image by digest, repo@sha256:<64 hex digits> (build-push's image-ref output)",
  });
  // A mirror's archive URL (grype downloads it; `?checksum=sha256:…` pins it), else a local path.
  const database = /^https?:\/\//i.test(reader.raw('grype-database') ?? '')
    ? reader.url('grype-database', { protocols: ['https:', 'http:'] })?.href
    : reader.path('grype-database', { alsoInside });
  const ignoreUnfixed = reader.bool('ignore-unfixed', { default: false });
  if (database && !/^https?:/.test(database) && !isKind(database, 'file') && !isKind(database, 'directory'))
    throw inputError(
      'grype-database',
      'an existing grype database (vulnerability.db, its archive or directory)',
      database,
    );
  if (!ref && !database) return undefined;
  return { ...(ref ? { ref } : {}), ...(database ? { database } : {}), ignoreUnfixed };
}

/** Files inside the repository (relative to path) that kubeconform reads. */
function readKube(reader: InputReader, root: string): KubeOptions | undefined {
  const file = (input: string, value: string) => {
    const path = reader.inside(input, resolve(root, value));
    if (!isKind(path, 'file')) throw inputError(input, `existing files (relative to '${root}')`, value);
    return path;
  };
  const openApi = reader.string('kube-openapi');
  const values = reader.list('helm-values').map((v) => file('helm-values', v));
  if (!openApi && !values.length) return undefined;
  return { ...(openApi ? { openApi: file('kube-openapi', openApi) } : {}), values };
}

function readUpload(reader: InputReader, env: NodeJS.ProcessEnv): UploadTarget | undefined {
  const wanted = reader.bool('upload', { default: false });
  const token = reader.secret('token', { token: true });
  if (token) maskSecret(token);
  if (!wanted) return undefined;
  if (!token)
    throw inputError('token', 'a token with security-events: write (the input is required with upload: true)');
  const [repository, commitSha, ref] = [env['GITHUB_REPOSITORY'], env['GITHUB_SHA'], env['GITHUB_REF']];
  if (!repository || !commitSha || !ref)
    throw new ConfigError(
      `Input 'upload': expected a workflow run (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF set), got none`,
    );
  return { apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com', repository, commitSha, ref, token };
}

function readScanners(reader: InputReader): Adapter[] | 'auto' {
  const expected = `"auto" or a list of ${SCANNER_NAMES.join(', ')}`;
  const names = reader.list('scanners');
  if (!names.length) throw inputError('scanners', `${expected} (the input is required)`);
  if (names.length === 1 && names[0] === 'auto') return 'auto';
  return names.map((name) => {
    const adapter = adapterNamed(name);
    if (!adapter) throw inputError('scanners', expected, name);
    return adapter;
  });
}

function readBaseline(path: string, mayBeMissing: boolean): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (code === 'ENOENT' && mayBeMissing) return undefined;
    throw new ConfigError(`Input 'baseline': expected a readable baseline JSON file, got "${path}" (${code})`);
  }
  return parseBaseline(text, `Input 'baseline' (${path})`);
}

/** The pull request's base commit from the event payload, when the run is for a pull request. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { base?: { sha?: string } } };
    const sha = event.pull_request?.base?.sha;
    // It goes to `git diff` as a revision: only what a ref may be, never an option.
    return typeof sha === 'string' && BASE_REF.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
