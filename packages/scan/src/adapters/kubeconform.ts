import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, runnerDirs } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { kubeSchemasFromOpenApi, type OpenApiV2 } from '../kube-schemas';
import { parseToolJson, type Adapter, type ScanContext } from './adapter';
import { renderCharts, templatePath, withLine, type FieldFinding, type RenderedChart } from './helm-render';

interface KubeconformResource {
  filename: string;
  kind: string;
  name: string;
  version: string;
  status: 'statusValid' | 'statusInvalid' | 'statusError' | 'statusSkipped' | 'statusEmpty' | string;
  msg: string;
  validationErrors?: Array<{ path: string; msg: string }> | null;
}

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
    const { kube } = context;
    if (!kube?.openApi)
      throw new ConfigError(
        "Input 'kube-openapi': kubeconform needs the cluster's OpenAPI v2 document (kubectl get --raw /openapi/v2 > file)",
      );
    const work = await mkdtemp(join(runnerDirs(context.env).temp, 'slipway-kubeconform-'));
    try {
      const schemas = join(work, 'schemas');
      await writeSchemas(kube.openApi, schemas);
      const charts = await renderCharts(context, 'kubeconform', join(work, 'rendered'));
      const findings: RawFinding[] = [];
      for (const chart of charts) findings.push(...(await checkChart(context, chart, schemas)));
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

/** kubeconform on one rendered chart, its findings at the chart's template files. */
async function checkChart(context: ScanContext, rendered: RenderedChart, schemas: string): Promise<RawFinding[]> {
  const { root, binary, exec, env, signal } = context;
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
      rendered.dir,
    ],
    { cwd: root, env, signal, ignoreExitCode: true },
  );
  // Exit 1: invalid resources were found (reported in the JSON); no JSON at all is the tool failing.
  if (result.exitCode > 1 || !result.stdout.trim())
    throw new Error(`kubeconform failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
  const findings = parseKubeconform(result.stdout, (file) => templatePath(rendered, file));
  return Promise.all(findings.map((f) => withLine(root, f)));
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
