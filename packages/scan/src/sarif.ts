import type { Finding, ToolRun } from './finding';
import { levelOf, scoreFromSeverity, type SecuritySeverity } from './severity';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'slipway/v1';

/* A minimal typing of the parts of SARIF 2.1.0 we write and read. */
export interface SarifLog {
  $schema?: string;
  version: '2.1.0';
  runs: SarifRun[];
}
export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails?: { id?: string };
  results?: SarifResult[];
}
export interface SarifDriver {
  name: string;
  version?: string;
  semanticVersion?: string;
  informationUri?: string;
  rules?: SarifRule[];
}
export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level?: string };
  properties?: { 'security-severity'?: string; tags?: string[]; [key: string]: unknown };
}
export interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: 'none' | 'note' | 'warning' | 'error';
  message: { text?: string; markdown?: string };
  locations?: Array<{
    physicalLocation?: {
      artifactLocation?: { uri?: string; uriBaseId?: string };
      region?: { startLine?: number; endLine?: number; startColumn?: number };
    };
  }>;
  partialFingerprints?: Record<string, string>;
  properties?: Record<string, unknown>;
}

/** One SARIF run per tool, with its category, rules, and a stable fingerprint on every result. */
export function toSarifRun(run: ToolRun): SarifRun {
  const rules = new Map<string, SarifRule>();
  for (const finding of run.findings) {
    if (rules.has(finding.ruleId)) continue;
    rules.set(finding.ruleId, sarifRule(finding));
  }
  const ruleIds = [...rules.keys()];
  return {
    tool: {
      driver: {
        name: run.tool,
        ...(run.version ? { version: run.version } : {}),
        ...(run.informationUri ? { informationUri: run.informationUri } : {}),
        rules: [...rules.values()],
      },
    },
    automationDetails: { id: `${run.category}/` },
    results: run.findings.map((finding) => sarifResult(finding, ruleIds.indexOf(finding.ruleId))),
  };
}

function sarifRule(finding: Finding): SarifRule {
  const rule: SarifRule = { id: finding.ruleId, shortDescription: { text: finding.ruleName ?? finding.ruleId } };
  if (finding.helpUri) rule.helpUri = finding.helpUri;
  if (finding.securitySeverity !== undefined) {
    rule.properties = { 'security-severity': finding.securitySeverity.toFixed(1), tags: ['security'] };
  }
  return rule;
}

function sarifResult(finding: Finding, ruleIndex: number): SarifResult {
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message || finding.ruleId },
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { severity: finding.severity },
  };
  if (finding.file) {
    const region =
      finding.line !== undefined
        ? {
            startLine: finding.line,
            ...(finding.endLine && finding.endLine >= finding.line ? { endLine: finding.endLine } : {}),
            ...(finding.column ? { startColumn: finding.column } : {}),
          }
        : undefined;
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
      },
    ];
  }
  return result;
}

/** The merged log written to the `sarif` output. */
export function mergeSarif(runs: ToolRun[]): SarifLog {
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: runs.filter((r) => !r.skipped).map(toSarifRun) };
}

/** Security severity for a rule written by an adapter that only knows a name. */
export function securityScore(name: SecuritySeverity): number {
  return scoreFromSeverity(name);
}

export { levelOf };
