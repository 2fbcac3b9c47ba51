export { ConfigError, TransientError, CancelledError, errorMessage, isConfigError } from './errors';
export { parseDurationMs, formatDuration } from './duration';
export { parseYamlText } from './yaml-text';
export { InputReader } from './inputs/input-reader';
export { inputError, shownValue } from './inputs/input-error';
export { containedPath, realPathOf } from './inputs/workspace-path';
export { envInputSource, mapInputSource, inputEnvName, type InputSource } from './inputs/input-source';
export { setOutput, saveState, getState, outputText, type OutputValue } from './runner/outputs';
export { maskSecret, derivedForms, redact } from './runner/mask';
export { SummaryBuilder, escapeMarkdown, summariesWritten, SUMMARY_LIMIT_BYTES } from './runner/summary';
export { runnerLogger, memoryLogger, isDebug, type Logger, type Annotation } from './runner/logger';
export { issueCommand, setCommandWriter, escapeData } from './runner/workflow-command';
export { exportVariable } from './runner/export-variable';
export { addPath } from './runner/add-path';
export { runnerDirs, type RunnerDirs } from './runner/runner-dirs';
export { getIDToken } from './runner/id-token';
export { signalOnTermination, throwIfAborted, abortReason } from './runner/cancellation';
export { exec, ExecError, type ExecOptions, type ExecResult } from './exec';
export { retry, backoffDelay, parseRetryAfter, type RetryOptions, type RetryInfo } from './retry';
export { sleep } from './sleep';
export {
  parseSemver,
  semverVersion,
  versionInText,
  compareVersions,
  isVersionRange,
  satisfiesRange,
  type SemVer,
} from './version';
export { runAction, runMainOrPost, reportFailure, PHASE_STATE } from './entry';
export { mapConcurrent } from './map-concurrent';
export { githubOctokit, type GitHubOctokit, type GitHubOctokitOptions } from './github/octokit';
export { installTool, type ToolRelease, type InstalledTool, type Unpack } from './tools/install-tool';
export { findCachedTool, type FindToolOptions, type CachedTool } from './tools/find-tool';
export { checksumFor } from './tools/checksums';
export { goPlatform } from './tools/go-platform';
export { downloadToolText } from './tools/download-tool';
export { TOOL_DOWNLOAD_POLICY } from './tools/download-policy';
export {
  httpRequest,
  HTTP_TIMEOUT_MS,
  HTTP_MAX_BODY_BYTES,
  type HttpRequestOptions,
  type HttpResponse,
} from './http/http-request';
export { HTTP_RETRY } from './http/retry-policy';
export { isTransientStatus, networkError, ProxyRefusedError, HttpTimeoutError } from './http/network-error';
export { proxyRouteFor, type ProxyRoute } from './http/proxy-route';
export { curlProxyFor } from './http/curl-proxy';
export { bypassesProxy, type NoProxyDialect } from './http/no-proxy';
export { refuseOptionLike } from './inputs/option-like';
export { ownValue, setOwn } from './own-value';
