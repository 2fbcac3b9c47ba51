import type { RawFinding } from '../finding';
import { securityScore } from '../sarif';
import { levelOf } from '../severity';
import { inBatches, parseToolJson, relativePath, type Adapter } from './adapter';
import { isPython } from './python';

interface BanditResult {
  filename: string;
  test_id: string;
  test_name: string;
  issue_text: string;
  issue_severity: string;
  issue_confidence: string;
  line_number: number;
  line_range?: number[];
  col_offset?: number;
  more_info?: string;
}

const SEVERITY: Record<string, 'high' | 'medium' | 'low'> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

/** bandit: Python security checks; its HIGH/MEDIUM/LOW severity becomes the security severity, confidence in the message. */
export const bandit: Adapter = {
  name: 'bandit',
  binary: 'bandit',
  category: 'bandit',
  informationUri: 'https://bandit.readthedocs.io',
  versionArgs: ['--version'],
  pinned: 'bandit',
  detect: (files) => files.some(isPython),
  async scan({ root, files, binary, exec, env, signal, logger }) {
    return inBatches(files.filter(isPython), async (batch) => {
      // Exit code 1 means "found issues"; a file it cannot parse is listed under "errors".
      const result = await exec(binary, ['--format', 'json', '--quiet', '--', ...batch], {
        cwd: root,
        env,
        signal,
        ignoreExitCode: true,
      });
      if (result.exitCode > 1 || !result.stdout.trim())
        throw new Error(`bandit failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
      const report = parseToolJson<{ results: BanditResult[]; errors?: Array<{ filename: string; reason: string }> }>(
        'bandit',
        result.stdout,
      );
      for (const error of report.errors ?? [])
        logger.warning(`bandit could not check ${relativePath(root, error.filename)}: ${error.reason}`);
      return parseBandit(report.results, root);
    });
  },
};

export function parseBandit(results: BanditResult[], root: string): RawFinding[] {
  return results.map((r) => {
    const severity = SEVERITY[r.issue_severity.toUpperCase()] ?? 'medium';
    const lines = r.line_range ?? [];
    const endLine = lines.length ? Math.max(...lines) : undefined;
    return {
      ruleId: r.test_id,
      ruleName: r.test_name,
      message: `${r.issue_text} (confidence ${r.issue_confidence.toLowerCase()})`,
      level: levelOf(severity),
      securitySeverity: securityScore(severity),
      file: relativePath(root, r.filename),
      line: r.line_number,
      ...(endLine && endLine > r.line_number ? { endLine } : {}),
      ...(r.col_offset !== undefined ? { column: r.col_offset + 1 } : {}),
      ...(r.more_info ? { helpUri: r.more_info } : {}),
    };
  });
}
