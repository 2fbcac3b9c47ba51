import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage, type Logger } from '@slipway/kit';
import { scanExtras, type Adapter, type Exec, type ScanExtras } from './adapters/adapter';
import type { Finding, ToolRun } from './finding';
import { fingerprintFindings, type LineSource } from './fingerprint';
import { readSarifFile } from './sarif-files';
import { resolveTool, ToolMissingError, type InstallOptions } from './tool-install';

export interface ScanOptions extends ScanExtras {
  root: string;
  adapters: Adapter[];
  files: string[];
  sarifFiles: string[];
  /** What to do when a scanner is missing and cannot be installed. */
  missing: 'skip' | 'fail';
  install: Omit<InstallOptions, 'repoRoot' | 'exec' | 'logger' | 'env' | 'signal'>;
  env: NodeJS.ProcessEnv;
  exec: Exec;
}

/** Runs each scanner in turn and joins the foreign SARIF files: one ToolRun per tool. */
export async function runScanners(options: ScanOptions, logger: Logger): Promise<ToolRun[]> {
  const lines = lineSource(options.root);
  const runs: ToolRun[] = [];
  for (const adapter of options.adapters) {
    runs.push(await logger.group(`Scanner: ${adapter.name}`, () => runOne(adapter, options, lines, logger)));
  }
  for (const path of options.sarifFiles) {
    for (const foreign of readSarifFile(path, options.root)) {
      const findings = await fingerprintFindings(foreign.tool, foreign.findings, lines);
      runs.push({ ...foreign, findings });
    }
  }
  return runs;
}

async function runOne(adapter: Adapter, options: ScanOptions, lines: LineSource, logger: Logger): Promise<ToolRun> {
  const base = { tool: adapter.name, category: adapter.category, informationUri: adapter.informationUri };
  let tool;
  try {
    tool = await resolveTool(adapter, {
      ...options.install,
      repoRoot: options.root,
      exec: options.exec,
      logger,
      env: options.env,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (!(error instanceof ToolMissingError) || options.missing === 'fail') throw error;
    logger.warning(`${errorMessage(error)}; skipped (missing: skip)`);
    return { ...base, findings: [], skipped: errorMessage(error) };
  }
  logger.info(`${adapter.name} ${tool.version ?? ''} from ${tool.path} (${tool.source})`.replace('  ', ' '));
  let version = tool.version;
  const raw = await adapter.scan({
    reportVersion: (reported) => (version = reported),
    root: options.root,
    files: options.files,
    binary: tool.path,
    exec: options.exec,
    logger,
    env: options.env,
    ...scanExtras(options),
  });
  const findings: Finding[] = await fingerprintFindings(adapter.name, raw, lines);
  logger.info(`${adapter.name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
  return { ...base, ...(version ? { version } : {}), findings };
}

function lineSource(root: string): LineSource {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(root, file), 'utf8').split('\n'));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}
