import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, type Logger } from '@slipway/kit';
import { scanExtras, type Adapter, type Exec, type ImageScan, type KubeOptions } from './adapters/adapter';
import { detectScanners } from './adapters/index';
import type { AllowEntry } from './allow-list';
import { planAnnotations, type PlannedAnnotation } from './annotations';
import { formatBaseline } from './baseline';
import { parseUnifiedDiff, type ChangedLines } from './changed-lines';
import { countFindings, type Counts } from './counts';
import type { JudgedFinding, ToolRun } from './finding';
import { listFiles } from './list-files';
import { applyPolicy } from './policy';
import { runScanners } from './run-scan';
import { mergeSarif } from './sarif';
import type { Severity } from './severity';

export interface GateOptions {
  root: string;
  /** Chosen scanners, or 'auto' to detect them from the repository's files. */
  scanners: Adapter[] | 'auto';
  sarifFiles: string[];
  failOn: Severity;
  baseline?: Set<string>;
  /** Write every current finding's fingerprint here (and count them as baselined). */
  writeBaseline?: string;
  /** Base and head of a pull request when only changed lines count. */
  changedRange?: { base: string; head: string };
  /** Base commit of a pull request (history scans), whether or not only-changed is on. */
  baseSha?: string;
  allow: AllowEntry[];
  missing: 'skip' | 'fail';
  cacheDir: string;
  toolBaseUrl?: string;
  /** Index that pinned Python-packaged scanners (zizmor, semgrep wheels) are fetched from. */
  pythonIndexUrl?: string;
  /** Registry npm audit asks for advisories. */
  npmRegistry?: string;
  /** kubeconform's OpenAPI document, values files and helm. */
  kube?: KubeOptions;
  osvDatabase?: string;
  /** grype's image and database. */
  image?: ImageScan;
  sarifOutput: string;
  now: number;
  env: NodeJS.ProcessEnv;
  exec: Exec;
  signal?: AbortSignal;
}

export interface GateResult {
  runs: ToolRun[];
  findings: JudgedFinding[];
  passed: boolean;
  failing: number;
  counts: Counts;
  sarifPath: string;
  expiredAllows: AllowEntry[];
  annotations: PlannedAnnotation[];
}

/** Scanners → SARIF file → one policy → what to report. The caller turns the result into outputs. */
export async function runGate(options: GateOptions, logger: Logger): Promise<GateResult> {
  const files = await listFiles(options.root, options.exec);
  const adapters = options.scanners === 'auto' ? detectScanners(files) : options.scanners;
  logger.info(
    `Scanners: ${adapters.map((a) => a.name).join(', ') || 'none'}${options.scanners === 'auto' ? ' (detected)' : ''}`,
  );
  const runs = await runScanners(
    {
      root: options.root,
      adapters,
      files,
      sarifFiles: options.sarifFiles,
      missing: options.missing,
      install: {
        cacheDir: options.cacheDir,
        ...(options.toolBaseUrl ? { baseUrl: options.toolBaseUrl } : {}),
        ...(options.pythonIndexUrl ? { indexUrl: options.pythonIndexUrl } : {}),
      },
      ...scanExtras(options),
      env: options.env,
      exec: options.exec,
    },
    logger,
  );
  const all = runs.flatMap((r) => r.findings);
  let baseline = options.baseline;
  if (options.writeBaseline) {
    writeFile(options.writeBaseline, formatBaseline(all));
    logger.info(`Baseline of ${all.length} findings written to ${options.writeBaseline}`);
    baseline = new Set([...(baseline ?? []), ...all.map((f) => f.fingerprint)]);
  }
  const changedLines = options.changedRange
    ? await diffLines(options.root, options.changedRange, options.exec)
    : undefined;
  const policy = applyPolicy(all, {
    failOn: options.failOn,
    now: options.now,
    allow: options.allow,
    ...(baseline ? { baseline } : {}),
    ...(changedLines ? { changedLines } : {}),
  });
  for (const entry of policy.expiredAllows)
    logger.warning(`Allow entry expired on ${entry.expires} (${entry.reason}): its findings count again`);
  writeFile(options.sarifOutput, `${JSON.stringify(mergeSarif(runs), null, 2)}\n`);
  return {
    runs,
    findings: policy.findings,
    passed: policy.passed,
    failing: policy.failing,
    counts: countFindings(runs, policy.findings),
    sarifPath: options.sarifOutput,
    expiredAllows: policy.expiredAllows,
    annotations: planAnnotations(policy.findings),
  };
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}

/** Lines changed between the pull request's base and head (`git diff -U0`). */
async function diffLines(root: string, range: { base: string; head: string }, exec: Exec): Promise<ChangedLines> {
  const result = await exec(
    'git',
    ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', range.base, range.head, '--'],
    {
      cwd: root,
      ignoreExitCode: true,
    },
  );
  if (result.exitCode !== 0) {
    throw new ConfigError(
      `Input 'only-changed': cannot diff ${range.base.slice(0, 12)}..${range.head.slice(0, 12)} (${result.stderr.trim().split('\n')[0]}); check out with fetch-depth: 0`,
    );
  }
  return parseUnifiedDiff(result.stdout);
}
