import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runnerDirs } from '@slipway/kit';
import type { RawFinding } from '../finding';
import type { Level } from '../severity';
import { parseToolJson, type Adapter, type ScanContext } from './adapter';
import { renderCharts, templatePath, withLine, type FieldFinding, type RenderedChart } from './helm-render';

interface CheckovCheck {
  check_id: string;
  check_name: string;
  file_path: string;
  resource: string;
  severity?: string | null;
  guideline?: string | null;
  check_result?: { evaluated_keys?: string[] };
}

interface CheckovReport {
  check_type?: string;
  results?: { failed_checks?: CheckovCheck[]; parsing_errors?: string[] };
  /** Also the whole output when nothing was found to check. */
  summary?: { checkov_version?: string };
  checkov_version?: string;
}

/** Severities come only with a Prisma Cloud key; without one a failed check fails, as checkov's own exit code says. */
const LEVEL: Record<string, Level> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', INFO: 'note' };

/**
 * helm sets a release's namespace at install (`-n`), so a rendered chart names none and CKV_K8S_21
 * ("the default namespace should not be used") would fail every chart. Dropped from the report
 * rather than passed as `--skip-check`, which would replace the repository's own skip-check.
 */
const NOT_FOR_CHARTS = new Set(['CKV_K8S_21']);

/**
 * checkov's Kubernetes policies (security context, capabilities, resources, probes, image pinning,
 * service account tokens, network policies) on each chart as helm renders it with the release's
 * values files, the same rendering kubeconform checks; findings at the chart's template files, on
 * the line of the deepest key the check evaluated that the template has (else the `kind:` line).
 * The repository's `.checkov.yaml` applies (skip-check, check). Nothing is downloaded
 * (`--skip-download`). Opt-in (never `auto`): it needs helm on PATH.
 */
export const checkov: Adapter = {
  name: 'checkov',
  binary: 'checkov',
  category: 'checkov',
  informationUri: 'https://www.checkov.io',
  versionArgs: ['--version'],
  // `checkov --version` imports all of checkov (seconds); the report names the version.
  probeVersion: false,
  pinned: 'checkov',
  detect: () => false,
  async scan(context) {
    const work = await mkdtemp(join(runnerDirs(context.env).temp, 'slipway-checkov-'));
    try {
      const findings: RawFinding[] = [];
      for (const chart of await renderCharts(context, 'checkov', work))
        findings.push(...(await checkChart(context, chart)));
      return findings;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

async function checkChart(context: ScanContext, rendered: RenderedChart): Promise<RawFinding[]> {
  const { root, binary, exec, env, signal, reportVersion } = context;
  const args = [
    '--framework',
    'kubernetes',
    '--directory',
    rendered.dir,
    '--output',
    'json',
    '--quiet',
    '--skip-download',
  ];
  // cwd: the repository, whose .checkov.yaml checkov reads there.
  const result = await exec(binary, args, { cwd: root, env, signal, ignoreExitCode: true });
  // Exit 1: failed checks (in the JSON); anything else, or no JSON, is the tool failing.
  if (result.exitCode > 1 || !result.stdout.trim())
    throw new Error(`checkov failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
  const { findings, version } = parseCheckov(result.stdout, (file) => templatePath(rendered, file));
  if (version) reportVersion?.(version);
  return Promise.all(findings.map((f) => withLine(root, f)));
}

/** checkov's JSON report (one framework's object, or a list of them; a bare summary when nothing was found to check). */
export function parseCheckov(
  stdout: string,
  toFile: (rendered: string) => string,
): { findings: FieldFinding[]; version?: string } {
  const parsed = parseToolJson<CheckovReport | CheckovReport[]>('checkov', stdout);
  const reports = Array.isArray(parsed) ? parsed : [parsed];
  const unparsed = reports.flatMap((r) => r.results?.parsing_errors ?? []);
  if (unparsed.length) throw new Error(`checkov could not parse the rendered ${unparsed.map(toFile).join(', ')}`);
  const version = reports.map((r) => r.summary?.checkov_version ?? r.checkov_version).find(Boolean);
  const findings = reports.flatMap((r) =>
    (r.results?.failed_checks ?? [])
      .filter((c) => !NOT_FOR_CHARTS.has(c.check_id))
      .map((c) => {
        const [kind = 'kind', , name] = c.resource.split('.');
        const key = c.check_result?.evaluated_keys?.find((k) => k.includes('/'));
        const fieldPath = key ? key.split('/').filter((part) => part && !/^\[\d+\]$/.test(part)) : [];
        return {
          ruleId: c.check_id,
          ruleName: c.check_name,
          message: `${kind}${name ? ` ${name}` : ''}: ${c.check_name}`,
          level: LEVEL[c.severity ?? ''] ?? 'error',
          file: toFile(c.file_path),
          fieldPath: ['kind', ...fieldPath],
          ...(c.guideline ? { helpUri: c.guideline } : {}),
        };
      }),
  );
  return { findings, ...(version ? { version } : {}) };
}
