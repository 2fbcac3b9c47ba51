import type { RawFinding } from '../finding';
import { parseToolJson, relativePath, type Adapter } from './adapter';

interface EslintFile {
  filePath: string;
  messages: Array<{
    ruleId: string | null;
    severity: 1 | 2;
    message: string;
    line?: number;
    endLine?: number;
    column?: number;
    fatal?: boolean;
  }>;
}

const CONFIG = /^(eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.eslintrc(\.(js|cjs|json|ya?ml))?)$/;

/** eslint, only when the repository has a config: severity 2 → error, 1 → warning. */
export const eslint: Adapter = {
  name: 'eslint',
  binary: 'eslint',
  category: 'eslint',
  informationUri: 'https://eslint.org',
  versionArgs: ['--version'],
  detect: (files) => files.some((f) => CONFIG.test(f)),
  async scan({ root, binary, exec, env, signal }) {
    // Exit 1: lint problems; 2: a configuration or internal error.
    const result = await exec(binary, ['--format', 'json', '--no-warn-ignored', '.'], {
      cwd: root,
      env,
      signal,
      ignoreExitCode: true,
    });
    if (result.exitCode > 1)
      throw new Error(`eslint failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n')[0]}`);
    return parseEslint(result.stdout, root);
  },
};

export function parseEslint(stdout: string, root: string): RawFinding[] {
  const files = parseToolJson<EslintFile[]>('eslint', stdout.trim() || '[]');
  return files.flatMap((file) =>
    file.messages.map((m) => ({
      ruleId: m.ruleId ?? (m.fatal ? 'parse-error' : 'eslint'),
      message: m.message,
      level: m.severity === 2 ? ('error' as const) : ('warning' as const),
      file: relativePath(root, file.filePath),
      ...(m.line ? { line: m.line } : {}),
      ...(m.endLine ? { endLine: m.endLine } : {}),
      ...(m.column ? { column: m.column } : {}),
      ...(m.ruleId ? { helpUri: `https://eslint.org/docs/latest/rules/${m.ruleId}` } : {}),
    })),
  );
}
