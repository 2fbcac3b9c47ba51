import { readFileSync } from 'node:fs';
import { ConfigError } from '@slipway/kit';
import type { RawFinding } from './finding';
import type { SarifLog, SarifRule } from './sarif';
import type { Level } from './severity';
import { relativePath } from './adapters/adapter';

/** One run of a SARIF file written by another tool, as raw findings. */
export interface ForeignRun {
  tool: string;
  category: string;
  version?: string;
  informationUri?: string;
  findings: RawFinding[];
}

const LEVELS = new Set(['error', 'warning', 'note']);

/** Reads SARIF files from other tools (input `sarif-files`); each run keeps its tool and category. */
export function readSarifFile(path: string, root: string): ForeignRun[] {
  const where = `Input 'sarif-files' (${path})`;
  let log: SarifLog;
  try {
    log = JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${where}: expected a readable SARIF 2.1.0 JSON file, got ${code ?? 'text that is not JSON'}`,
    );
  }
  if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs))
    throw new ConfigError(
      `${where}: expected a SARIF 2.1.0 log with "version": "2.1.0" and "runs", got something else`,
    );
  return log.runs.map((run) => {
    const driver = run.tool?.driver ?? { name: 'sarif' };
    const rules = new Map<string, SarifRule>((driver.rules ?? []).map((r) => [r.id, r]));
    const findings = (run.results ?? []).map((result): RawFinding => {
      const rule =
        (result.ruleId && rules.get(result.ruleId)) ||
        (result.ruleIndex !== undefined ? driver.rules?.[result.ruleIndex] : undefined);
      const ruleId = result.ruleId ?? rule?.id ?? 'unknown';
      const raw = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      const level: Level = LEVELS.has(raw) ? (raw as Level) : 'note';
      const score = Number(rule?.properties?.['security-severity']);
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri;
      return {
        ruleId,
        message: result.message?.text ?? result.message?.markdown ?? ruleId,
        level,
        ...(rule?.properties?.['security-severity'] !== undefined && Number.isFinite(score)
          ? { securitySeverity: score }
          : {}),
        ...(uri ? { file: relativePath(root, decodeURI(uri.replace(/^file:\/\//, ''))) } : {}),
        ...(location?.region?.startLine ? { line: location.region.startLine } : {}),
        ...(location?.region?.endLine ? { endLine: location.region.endLine } : {}),
        ...(location?.region?.startColumn ? { column: location.region.startColumn } : {}),
        ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
      };
    });
    const category = run.automationDetails?.id?.replace(/\/[^/]*$/, '') || driver.name;
    return {
      tool: driver.name,
      category,
      ...((driver.version ?? driver.semanticVersion) ? { version: driver.version ?? driver.semanticVersion } : {}),
      ...(driver.informationUri ? { informationUri: driver.informationUri } : {}),
      findings,
    };
  });
}
