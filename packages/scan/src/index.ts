export type { Adapter, ScanContext, Exec, ImageScan, KubeOptions } from './adapters/adapter';
export { ADAPTERS, SCANNER_NAMES, adapterNamed, detectScanners } from './adapters/index';
export { parseActionlint } from './adapters/actionlint';
export { parseZizmor } from './adapters/zizmor';
export { parseShellcheck } from './adapters/shellcheck';
export { parseGitleaks } from './adapters/gitleaks';
export { parseSemgrep } from './adapters/semgrep';
export { parseEslint } from './adapters/eslint';
export { parseNpmAudit } from './adapters/npm-audit';
export { parseRuff } from './adapters/ruff';
export { parseBandit } from './adapters/bandit';
export { parseHadolint } from './adapters/hadolint';
export { parseOsvScanner } from './adapters/osv-scanner';
export { parseGrype } from './adapters/grype';
export { parseKubeconform } from './adapters/kubeconform';
export { splitBySource } from './adapters/helm-render';
export { parseCheckov } from './adapters/checkov';
export { kubeSchemasFromOpenApi, type KubeSchemaFile, type OpenApiV2 } from './kube-schemas';
export type { RawFinding, Finding, JudgedFinding, ToolRun, Verdict } from './finding';
export {
  SEVERITIES,
  meetsThreshold,
  severityFromScore,
  effectiveSeverity,
  type Severity,
  type Level,
} from './severity';
export { fingerprintFindings } from './fingerprint';
export { mergeSarif, toSarifRun, FINGERPRINT_KEY, type SarifLog } from './sarif';
export { readSarifFile } from './sarif-files';
export { parseBaseline, formatBaseline } from './baseline';
export { parseAllowList, allowMatches, type AllowEntry } from './allow-list';
export { parseUnifiedDiff, isOnChangedLine, type ChangedLines } from './changed-lines';
export { applyPolicy, type Policy, type PolicyResult } from './policy';
export { planAnnotations, ANNOTATIONS_PER_TYPE, type PlannedAnnotation } from './annotations';
export { countFindings, type Counts } from './counts';
export { scanSummary } from './scan-summary';
export { resolveTool, fillTemplate, ToolMissingError, type InstallOptions, type ResolvedTool } from './tool-install';
export { TOOL_VERSIONS, type PinnedTool, type ToolPin } from './tool-versions';
export { runGate, type GateOptions, type GateResult } from './gate';
