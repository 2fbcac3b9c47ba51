import type { RawFinding } from '../finding';
import type { Level } from '../severity';
import { parseToolJson, relativePath, type Adapter } from './adapter';

interface SemgrepResult {
  check_id: string;
  path: string;
  start: { line: number; col: number };
  end: { line: number };
  extra: { message: string; severity: string; metadata?: Record<string, unknown> };
}

const LEVEL: Record<string, Level> = {
  ERROR: 'error',
  WARNING: 'warning',
  INFO: 'note',
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
};
/** Only the repository's own rules: a config file or directory at its root; never the registry. */
export const SEMGREP_CONFIGS = ['.semgrep.yml', '.semgrep.yaml', '.semgrep/'];

const configOf = (files: string[]) =>
  SEMGREP_CONFIGS.filter((c) => (c.endsWith('/') ? files.some((f) => f.startsWith(c)) : files.includes(c)));

/** semgrep with the repository's rules: ERROR → error, WARNING → warning, INFO → note; metadata `security-severity` kept. */
export const semgrep: Adapter = {
  name: 'semgrep',
  binary: 'semgrep',
  category: 'semgrep',
  informationUri: 'https://semgrep.dev',
  // Without the flag, --version asks semgrep.dev for the latest release (a minute-long timeout offline).
  versionArgs: ['--version', '--disable-version-check'],
  // Its JSON carries the version; a separate probe would start the Python runtime once more.
  probeVersion: false,
  pinned: 'semgrep',
  detect: (files) => configOf(files).length > 0,
  async scan({ root, files, binary, exec, env, signal, reportVersion }) {
    const configs = configOf(files);
    if (!configs.length) return [];
    const args = ['scan', '--json', '--metrics=off', '--disable-version-check', '--quiet'];
    for (const config of configs) args.push('--config', config);
    const result = await exec(binary, [...args, '.'], {
      cwd: root,
      env: { ...env, SEMGREP_SEND_METRICS: 'off', SEMGREP_ENABLE_VERSION_CHECK: '0' },
      signal,
      ignoreExitCode: true,
    });
    if (result.exitCode > 1)
      throw new Error(`semgrep failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
    const version = /"version"\s*:\s*"([\d.]+)"/.exec(result.stdout)?.[1];
    if (version) reportVersion?.(version);
    return parseSemgrep(result.stdout, root);
  },
};

export function parseSemgrep(stdout: string, root: string): RawFinding[] {
  const { results } = parseToolJson<{ results: SemgrepResult[] }>('semgrep', stdout.trim() || '{"results":[]}');
  return results.map((r) => {
    // Rules are named by their id; semgrep prefixes it with the config's directory path.
    const ruleId = r.check_id.split('.').pop() ?? r.check_id;
    const score = Number(r.extra.metadata?.['security-severity']);
    return {
      ruleId,
      message: r.extra.message.trim(),
      level: LEVEL[r.extra.severity.toUpperCase()] ?? 'warning',
      ...(Number.isFinite(score) && r.extra.metadata?.['security-severity'] !== undefined
        ? { securitySeverity: score }
        : {}),
      file: relativePath(root, r.path),
      line: r.start.line,
      endLine: r.end.line,
      column: r.start.col,
    };
  });
}
