import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { ConfigError } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { escapeRegExp, type ScanContext } from './adapter';

/** The chart directories of a repository (each holding a Chart.yaml), relative. */
export const chartDirs = (files: string[]) =>
  files.filter((file) => /(^|\/)Chart\.yaml$/.test(file)).map((file) => posix.dirname(file));

/** One chart as helm rendered it: each `# Source:` template's documents in a file of their own under `dir`. */
export interface RenderedChart {
  chart: string;
  dir: string;
}

/**
 * Renders each chart with the release's values files (`helm template release <chart> --values …`,
 * as helm-deploy installs it) into `out`, one directory per chart; charts that render nothing are
 * left out. `tool` names the scanner in the error when no helm runs.
 */
export async function renderCharts(context: ScanContext, tool: string, out: string): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const chart of chartDirs(context.files)) {
    const dir = join(out, chart.replace(/\//g, '__') || 'root');
    if (await renderChart(context, tool, chart, dir)) rendered.push({ chart, dir });
  }
  return rendered;
}

async function renderChart(context: ScanContext, tool: string, chart: string, dir: string): Promise<boolean> {
  const { root, exec, env, signal, kube } = context;
  const values = (kube?.values ?? []).flatMap((file) => ['--values', file]);
  const rendered = await exec('helm', ['template', 'release', chart, ...values], {
    cwd: root,
    env,
    signal,
    ignoreExitCode: true,
  }).catch((error: unknown) => {
    if ((error as Error).name === 'CancelledError') throw error;
    throw new ConfigError(
      `${tool} renders charts with helm, and no 'helm' runs from PATH (${(error as Error).message})`,
    );
  });
  if (rendered.exitCode !== 0)
    throw new ConfigError(`helm template ${chart} failed: ${rendered.stderr.trim().split('\n').pop()}`);
  const sources = splitBySource(rendered.stdout);
  for (const [source, text] of sources) {
    await mkdir(dirname(join(dir, source)), { recursive: true });
    await writeFile(join(dir, source), text);
  }
  return sources.size > 0;
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

/** A rendered file back to the chart's template: `<dir>/<chart name>/templates/x.yaml` → `<chart dir>/templates/x.yaml`. */
export function templatePath({ chart, dir }: RenderedChart, file: string): string {
  const source = file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file.replace(/^\//, '');
  const inside = source.split('/').slice(1).join('/');
  return chart === '.' ? inside : `${chart}/${inside}`;
}

/** A finding with the names of the fields it is about, to find its line in the template. */
export type FieldFinding = RawFinding & {
  /** One field name, matched anywhere in the template. */
  field?: string;
  /** Or a path of field names, matched in order down the template: the line of the deepest one there. */
  fieldPath?: string[];
};

/** The template line that names the finding's field (`replicas:`, `imagePullPolicyy:`), when there is one. */
export async function withLine(root: string, { field, fieldPath, ...finding }: FieldFinding): Promise<RawFinding> {
  if ((!field && !fieldPath?.length) || !finding.file) return finding;
  const lines = await readFile(join(root, finding.file), 'utf8').then(
    (text) => text.split('\n'),
    () => [],
  );
  const at = (name: string, from: number) => {
    const pattern = new RegExp(`^\\s*(- )?${escapeRegExp(name)}:`);
    const index = lines.findIndex((l, i) => i >= from && pattern.test(l));
    return index + 1;
  };
  let line = field ? at(field, 0) : 0;
  for (const name of fieldPath ?? []) {
    const next = at(name, line);
    if (!next) break;
    line = next;
  }
  return line > 0 ? { ...finding, line } : finding;
}
