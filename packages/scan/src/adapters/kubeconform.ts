import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { ConfigError } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { kubeSchemasFromOpenApi, type OpenApiV2 } from '../kube-schemas';
import { escapeRegExp, parseToolJson, type Adapter, type ScanContext } from './adapter';

interface KubeconformResource {
  filename: string;
  kind: string;
  name: string;
  version: string;
  status: 'statusValid' | 'statusInvalid' | 'statusError' | 'statusSkipped' | 'statusEmpty' | string;
  msg: string;
  validationErrors?: Array<{ path: string; msg: string }> | null;
}

const isChart = (file: string) => /(^|\/)Chart\.yaml$/.test(file);

/**
 * kubeconform on each chart as helm renders it (`helm template` with the release's values files),
 * strictly, against JSON schemas made from the cluster's own OpenAPI v2 document — no download.
 * Every finding is an error, at the chart's template file (helm's `# Source:` comments).
 * Opt-in (never `auto`): it needs that document (`kube-openapi`) and helm on PATH.
 */
export const kubeconform: Adapter = {
  name: 'kubeconform',
  binary: 'kubeconform',
  category: 'kubeconform',
  informationUri: 'https://github.com/yannh/kubeconform',
  versionArgs: ['-v'],
  pinned: 'kubeconform',
  detect: () => false,
  async scan(context) {
    const { files, kube } = context;
    if (!kube?.openApi)
      throw new ConfigError(
        "Input 'kube-openapi': kubeconform needs the cluster's OpenAPI v2 document (kubectl get --raw /openapi/v2 > file)",
      );
    const charts = files.filter(isChart).map((f) => posix.dirname(f));
    if (!charts.length) return [];
    const work = await mkdtemp(join(tmpdir(), 'slipway-kubeconform-'));
    try {
      const schemas = join(work, 'schemas');
      await writeSchemas(kube.openApi, schemas);
      const findings: RawFinding[] = [];
      for (const chart of charts) findings.push(...(await checkChart(context, chart, join(work, 'rendered'), schemas)));
      return findings;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

async function writeSchemas(openApi: string, dir: string): Promise<void> {
  let document: OpenApiV2;
  try {
    document = parseToolJson<OpenApiV2>('the OpenAPI document', await readFile(openApi, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Input 'kube-openapi': cannot read ${openApi}: ${(error as Error).message}`);
  }
  let files;
  try {
    files = kubeSchemasFromOpenApi(document, { strict: true });
  } catch (error) {
    throw new ConfigError(`Input 'kube-openapi': ${openApi}: ${(error as Error).message}`);
  }
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.name), JSON.stringify(file.schema));
}

/** Renders one chart, writes each `# Source:` document under its template path, runs kubeconform on them. */
async function checkChart(context: ScanContext, chart: string, out: string, schemas: string): Promise<RawFinding[]> {
  const { root, binary, exec, env, signal, kube } = context;
  const values = (kube?.values ?? []).flatMap((file) => ['--values', file]);
  const rendered = await exec('helm', ['template', 'release', chart, ...values], {
    cwd: root,
    env,
    signal,
    ignoreExitCode: true,
  }).catch((error: unknown) => {
    if ((error as Error).name === 'CancelledError') throw error;
    throw new ConfigError(
      `kubeconform renders charts with helm, and no 'helm' runs from PATH (${(error as Error).message})`,
    );
  });
  if (rendered.exitCode !== 0)
    throw new ConfigError(`helm template ${chart} failed: ${rendered.stderr.trim().split('\n').pop()}`);
  const dir = join(out, chart.replace(/\//g, '__') || 'root');
  const sources = splitBySource(rendered.stdout);
  for (const [source, text] of sources) {
    await mkdir(dirname(join(dir, source)), { recursive: true });
    await writeFile(join(dir, source), text);
  }
  if (!sources.size) return [];
  const result = await exec(
    binary,
    [
      '-strict',
      '-summary=false',
      '-output',
      'json',
      '-schema-location',
      join(schemas, '{{ .ResourceKind }}{{ .KindSuffix }}.json'),
      '--',
      dir,
    ],
    { cwd: root, env, signal, ignoreExitCode: true },
  );
  // Exit 1: invalid resources were found (reported in the JSON); no JSON at all is the tool failing.
  if (result.exitCode > 1 || !result.stdout.trim())
    throw new Error(`kubeconform failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
  const findings = parseKubeconform(result.stdout, (file) => templatePath(chart, dir, file));
  return Promise.all(findings.map((f) => withLine(root, f)));
}

/** The line of the template that names the offending field (`replicas:`, `imagePullPolicyy:`), when there is one. */
async function withLine(root: string, { field, ...finding }: FieldFinding): Promise<RawFinding> {
  if (!field || !finding.file) return finding;
  const lines = await readFile(join(root, finding.file), 'utf8').then(
    (text) => text.split('\n'),
    () => [],
  );
  const pattern = new RegExp(`^\\s*(- )?${escapeRegExp(field)}:`);
  const line = lines.findIndex((l) => pattern.test(l)) + 1;
  return line > 0 ? { ...finding, line } : finding;
}

/** helm's output split at its `# Source: <chart>/templates/<file>` comments, documents of one template joined. */
export function splitBySource(manifest: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const document of manifest.split(/^---\s*$/m)) {
    const source = /^# Source: (.+)$/m.exec(document)?.[1]?.trim();
    if (!source || source.split('/').includes('..')) continue;
    sources.set(source, `${sources.get(source) ?? ''}---\n${document.replace(/^\n+/, '')}`);
  }
  return sources;
}

/** A rendered file back to the chart's template: `<chart name>/templates/x.yaml` → `<chart dir>/templates/x.yaml`. */
function templatePath(chart: string, dir: string, file: string): string {
  const source = file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
  const inside = source.split('/').slice(1).join('/');
  return chart === '.' ? inside : `${chart}/${inside}`;
}

/**
 * The validator's own causes, deepest first as it prints them in `msg` (" - at '/spec/replicas': got
 * string, want integer"); `validationErrors` holds only the top one ("/spec: validation failed").
 */
function leafErrors(r: KubeconformResource): Array<{ path: string; msg: string }> {
  const leaves = [...r.msg.matchAll(/- at '([^']*)': (.*?)(?=\s+- at '|$)/g)]
    .map((m) => ({ path: m[1] as string, msg: (m[2] as string).trim() }))
    .filter((e) => e.msg !== 'validation failed');
  return leaves.length ? leaves : (r.validationErrors ?? []);
}

/** A finding with the name of the field it is about, to find its line in the template. */
export type FieldFinding = RawFinding & { field?: string };

/** The field a validation error names: the one not allowed, else the last name in its path. */
function fieldOf(path: string, message: string): string | undefined {
  const extra = /additional properties '([^']+)'/.exec(message)?.[1];
  return (
    extra ??
    path
      .split('/')
      .filter((p) => p && !/^\d+$/.test(p))
      .pop()
  );
}

export function parseKubeconform(stdout: string, toFile: (rendered: string) => string): FieldFinding[] {
  const { resources } = parseToolJson<{ resources?: KubeconformResource[] }>('kubeconform', stdout);
  const findings: FieldFinding[] = [];
  for (const r of resources ?? []) {
    const what = `${r.kind || 'resource'}${r.name ? ` ${r.name}` : ''}`;
    const base = { level: 'error' as const, file: toFile(r.filename) };
    const errors = r.status === 'statusInvalid' ? leafErrors(r) : [];
    if (errors.length) {
      for (const e of errors) {
        const field = fieldOf(e.path, e.msg);
        findings.push({
          ...base,
          ruleId: 'invalid',
          message: `${what}: ${e.path || '/'}: ${e.msg}`,
          ...(field ? { field } : {}),
        });
      }
    } else if (r.status === 'statusInvalid' || r.status === 'statusError') {
      const missing = /could not find schema/i.test(r.msg);
      findings.push({
        ...base,
        ruleId: missing ? 'unknown-kind' : r.status === 'statusError' ? 'error' : 'invalid',
        ...(missing ? { field: 'kind' } : {}),
        message: missing
          ? `${what}: ${r.version} ${r.kind} is not served by the cluster (no schema in its OpenAPI document)`
          : `${what}: ${r.msg}`,
      });
    }
  }
  return findings;
}
