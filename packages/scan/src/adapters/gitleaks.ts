import type { RawFinding } from '../finding';
import { securityScore } from '../sarif';
import { parseToolJson, relativePath, type Adapter, type ScanContext } from './adapter';

interface GitleaksFinding {
  RuleID: string;
  Description: string;
  File: string;
  StartLine: number;
  EndLine: number;
  StartColumn: number;
  Commit?: string;
}

/** gitleaks: every secret is critical. The working tree always; on a pull request also the commits since its base. */
export const gitleaks: Adapter = {
  name: 'gitleaks',
  binary: 'gitleaks',
  category: 'gitleaks',
  informationUri: 'https://github.com/gitleaks/gitleaks',
  versionArgs: ['version'],
  pinned: 'gitleaks',
  detect: () => true,
  async scan(context) {
    const tree = await runGitleaks(context, ['dir', '.']);
    if (!context.baseSha) return tree;
    const history = await runGitleaks(context, ['git', `--log-opts=${context.baseSha}..HEAD`, '.']);
    // A secret both in the tree and in a commit is one finding.
    const seen = new Set(tree.map((f) => `${f.ruleId}\0${f.file}\0${f.line}`));
    return [...tree, ...history.filter((f) => !seen.has(`${f.ruleId}\0${f.file}\0${f.line}`))];
  },
};

async function runGitleaks({ root, binary, exec, env, signal }: ScanContext, mode: string[]): Promise<RawFinding[]> {
  const args = [
    ...mode,
    '--report-format',
    'json',
    '--report-path',
    '-',
    '--redact',
    '--no-banner',
    '--exit-code',
    '0',
  ];
  const result = await exec(binary, args, { cwd: root, env, signal, ignoreExitCode: true });
  if (result.exitCode !== 0)
    throw new Error(`gitleaks failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
  return parseGitleaks(result.stdout, root);
}

export function parseGitleaks(stdout: string, root: string): RawFinding[] {
  const findings = parseToolJson<GitleaksFinding[] | null>('gitleaks', stdout.trim() || '[]') ?? [];
  return findings.map((f) => ({
    ruleId: f.RuleID,
    ruleName: f.Description,
    message: `Secret (${f.RuleID}) committed${f.Commit ? ` in ${f.Commit.slice(0, 12)}` : ''}: ${f.Description}`,
    level: 'error',
    securitySeverity: securityScore('critical'),
    file: relativePath(root, f.File),
    line: f.StartLine,
    endLine: f.EndLine,
    column: f.StartColumn,
  }));
}
