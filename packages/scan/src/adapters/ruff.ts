import type { RawFinding } from '../finding';
import type { Level } from '../severity';
import { inBatches, parseToolJson, relativePath, type Adapter } from './adapter';
import { isPython } from './python';

interface RuffDiagnostic {
  code: string | null;
  name?: string;
  message: string;
  filename: string;
  location: { row: number; column: number } | null;
  end_location: { row: number } | null;
  severity?: string;
  url: string | null;
}

const LEVEL: Record<string, Level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * ruff: the lint (`ruff check`) and the format check (`ruff format --check`, rule `unformatted`),
 * with the repository's own ruff configuration; ruff's severity kept (error, warning, info → note).
 */
export const ruff: Adapter = {
  name: 'ruff',
  binary: 'ruff',
  category: 'ruff',
  informationUri: 'https://docs.astral.sh/ruff',
  versionArgs: ['--version'],
  pinned: 'ruff',
  detect: (files) => files.some(isPython),
  async scan({ root, files, binary, exec, env, signal }) {
    // --force-exclude: the configuration's excludes hold for files named on the command line too.
    const common = ['--no-cache', '--force-exclude', '--output-format', 'json'];
    const run = async (args: string[], batch: string[]) => {
      // check --exit-zero: 0 with findings; format --check: 1 when a file would be reformatted.
      const result = await exec(binary, [...args, ...common, '--', ...batch], {
        cwd: root,
        env,
        signal,
        ignoreExitCode: true,
      });
      if (result.exitCode > 1)
        throw new Error(`ruff ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
      return parseRuff(result.stdout, root);
    };
    return inBatches(files.filter(isPython), async (batch) => [
      ...(await run(['check', '--exit-zero'], batch)),
      ...(await run(['format', '--check'], batch)),
    ]);
  },
};

export function parseRuff(stdout: string, root: string): RawFinding[] {
  const diagnostics = parseToolJson<RuffDiagnostic[]>('ruff', stdout.trim() || '[]');
  return diagnostics.map((d) => {
    // A file ruff cannot parse has no rule code: it is reported as a syntax error.
    const ruleId = d.code ?? 'syntax-error';
    return {
      ruleId,
      ...(d.name ? { ruleName: d.name } : {}),
      message: d.message,
      level: LEVEL[d.severity ?? 'error'] ?? 'error',
      file: relativePath(root, d.filename),
      ...(d.location ? { line: d.location.row, column: d.location.column } : {}),
      ...(d.end_location ? { endLine: d.end_location.row } : {}),
      ...(d.url ? { helpUri: d.url } : {}),
    };
  });
}
