import type { RawFinding } from '../finding';
import type { Level } from '../severity';
import { inBatches, parseToolJson, relativePath, type Adapter } from './adapter';

interface ShellcheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

const LEVEL: Record<ShellcheckComment['level'], Level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};
const isShell = (file: string) => /\.(sh|bash)$/.test(file);

/** shellcheck: error → error, warning → warning, info and style → note. */
export const shellcheck: Adapter = {
  name: 'shellcheck',
  binary: 'shellcheck',
  category: 'shellcheck',
  informationUri: 'https://www.shellcheck.net',
  versionArgs: ['--version'],
  pinned: 'shellcheck',
  detect: (files) => files.some(isShell),
  async scan({ root, files, binary, exec, env, signal }) {
    // Bounded batches keep the argv under the system limit on large repositories.
    return inBatches(files.filter(isShell), async (batch) => {
      const result = await exec(binary, ['--format=json1', '--external-sources', '--', ...batch], {
        cwd: root,
        env,
        signal,
        ignoreExitCode: true,
      });
      if (result.exitCode > 1) throw new Error(`shellcheck failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
      return parseShellcheck(result.stdout, root);
    });
  },
};

export function parseShellcheck(stdout: string, root: string): RawFinding[] {
  const { comments } = parseToolJson<{ comments: ShellcheckComment[] }>(
    'shellcheck',
    stdout.trim() || '{"comments":[]}',
  );
  return comments.map((c) => ({
    ruleId: `SC${c.code}`,
    message: c.message,
    level: LEVEL[c.level] ?? 'warning',
    file: relativePath(root, c.file),
    line: c.line,
    endLine: c.endLine,
    column: c.column,
    helpUri: `https://www.shellcheck.net/wiki/SC${c.code}`,
  }));
}
